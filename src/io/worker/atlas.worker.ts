/**
 * The atlas worker: reads a file the page cannot trust by its hash (a user's file, a
 * format 1 file, a file whose hash does not match), validates it with the schema off
 * the main thread, sends the page the core as JSON bytes (transferred, not cloned:
 * the page parses it once) and keeps a format 1 file's detail to answer requests.
 */
import type { ArticleDetail } from '../../domain/schema';
import { fetchBytes, type FileBytes } from '../fetchJson';
import { problemOf } from '../problems';
import { isToWorker, type FileSource, type FromWorker } from './protocol';
import { readAtlasFile } from './readAtlasFile';

let held = new Map<string, ArticleDetail>();

function send(message: FromWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

async function bytesOf(file: string, source: FileSource): Promise<FileBytes> {
  switch (source.kind) {
    case 'url':
      return fetchBytes(source.url, file);
    case 'bytes':
      return { bytes: new Uint8Array(source.bytes), text: null };
    case 'blob':
      return { bytes: new Uint8Array(await source.blob.arrayBuffer()), text: null };
  }
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isToWorker(request)) return;
  if (request.type === 'details') {
    const details = request.ids.flatMap((id) => held.get(id) ?? []);
    send({ type: 'details', seq: request.seq, details });
    return;
  }
  bytesOf(request.file, request.source)
    .then((input) => readAtlasFile(request.file, input))
    .then(({ core, trusted, details }) => {
      held = new Map((details ?? []).map((d) => [d.id, d]));
      send({ type: 'opened', seq: request.seq, core, trusted, detailInWorker: details !== null });
    })
    .catch((error: unknown) =>
      send({ type: 'failed', seq: request.seq, problem: problemOf(error) }),
    );
});
