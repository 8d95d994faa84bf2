/**
 * The atlas worker: reads a file the page cannot trust by its hash (a user's file, a
 * format 1 file, a file whose hash does not match), validates it with the schema off
 * the main thread, sends the page the core as JSON text (the page parses it once), then
 * the records' typed columns (`domain/recordColumns.ts`, transferred, not copied: the
 * page would spend about 180 ms building them at 10,000 articles), and keeps a format 1
 * file's detail to answer requests.
 */
import type { AtlasCoreFile } from '../../domain/compiledSchema';
import { buildIndex } from '../../domain/atlasIndex';
import { buildColumns, columnBuffers } from '../../domain/recordColumns';
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

/** The columns of the index the page builds from the same core (the same code, the same order). */
function sendColumns(seq: number, core: string, records: AtlasCoreFile | null): void {
  try {
    const { dataDate, regions, sectors, articles, events, figures } =
      records ?? (JSON.parse(core) as AtlasCoreFile);
    const built = buildColumns(
      buildIndex({ dataDate, regions, sectors, articles, events, figures }),
    );
    send({ type: 'columns', seq, columns: built }, columnBuffers(built));
  } catch {
    // The page builds them itself.
    send({ type: 'columns', seq, columns: null });
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
  const { seq } = request;
  bytesOf(request.file, request.source)
    .then((input) => readAtlasFile(request.file, input))
    .then(({ core, records, trusted, details }) => {
      held = new Map((details ?? []).map((d) => [d.id, d]));
      send({ type: 'opened', seq, core, trusted, detailInWorker: details !== null });
      sendColumns(seq, core, records);
    })
    .catch((error: unknown) => send({ type: 'failed', seq, problem: problemOf(error) }));
});
