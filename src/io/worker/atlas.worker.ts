/**
 * The atlas worker: reads a large atlas (its core's pack) and any file the page cannot
 * trust by its hash (a user's file, a format 1 file, a file whose hash does not match),
 * validating those with the schema off the main thread; sends the page the core packed
 * (`packedJson.ts`: the page unpacks it in less than half the time `JSON.parse` would
 * take, with far less garbage), then
 * the records' typed columns (`domain/recordColumns.ts`, transferred, not copied: the
 * page would spend about 180 ms building them at 10,000 articles), and answers the
 * page's requests for articles' detail (`heldDetail.ts`).
 */
import { buildIndex } from '../../domain/atlasIndex';
import { buildColumns, columnBuffers } from '../../domain/recordColumns';
import { fetchBytes, type FileBytes } from '../fetchJson';
import { problemOf } from '../problems';
import { isTrustedCore } from '../trust';
import { copyPacked, packedBuffers } from '../packedJson';
import { unpackJson } from '../unpackJson';
import { heldDetail, NO_DETAIL } from './heldDetail';
import { isToWorker, type FileSource, type FromWorker } from './protocol';
import { readAtlasFile, type SiblingReader } from './readAtlasFile';

let held = NO_DETAIL;

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

/** Reads the files next to the core (its pack), where the core has a URL. */
function siblingsOf(source: FileSource): SiblingReader | null {
  const url = source.kind === 'blob' ? null : source.url;
  return url === null ? null : (path) => fetchBytes(new URL(path, url).href, path);
}

/** The columns of the index the page builds from the same core (the same code, the same order). */
function sendColumns(seq: number, core: unknown): void {
  try {
    if (!isTrustedCore(core)) throw new TypeError('no core file');
    const { dataDate, regions, sectors, articles, events, figures } = core;
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
    held
      .details(request.ids)
      .then((details) => send({ type: 'details', seq: request.seq, details }))
      .catch((error: unknown) =>
        send({ type: 'failed', seq: request.seq, problem: problemOf(error) }),
      );
    return;
  }
  const { seq } = request;
  bytesOf(request.file, request.source)
    .then((input) => readAtlasFile(request.file, input, siblingsOf(request.source)))
    .then(({ core, trusted, details }) => {
      // The page gets the buffers; the columns and the detail's index are built from a copy.
      const copy = unpackJson(copyPacked(core));
      held = heldDetail(request.file, request.source, copy, details);
      send({ type: 'opened', seq, core, trusted, detail: held.held }, packedBuffers(core));
      sendColumns(seq, copy);
    })
    .catch((error: unknown) => send({ type: 'failed', seq, problem: problemOf(error) }));
});
