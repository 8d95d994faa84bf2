/**
 * The ingest Web Worker: drafts articles off the main thread with the same code as
 * `npm run ingest` (`ingest.ts`), and checks an annotation with the rules of
 * `npm run data` (`check/`). The gazetteer data is loaded once, on the first request,
 * from the source the page names, and validated with its schema.
 */
import type { Lexicon } from '../domain/extract/lexicon';
import { normalizeArticle } from '../domain/text/normalize';
import { checkAnnotation } from './check';
import { regionsNamed } from './check/named';
import type { Gazetteer } from './gazetteer';
import { GazetteerSchema, lexiconOf } from './gazetteer';
import { draftArticle } from './ingest';
import type { GazetteerSource, WorkerRequest, WorkerResponse } from './protocol';

let loaded: Promise<{ gazetteer: Gazetteer; lexicon: Lexicon }> | null = null;

async function load(source: GazetteerSource) {
  const text =
    'text' in source
      ? source.text
      : await fetch(source.url).then((r) => {
          if (!r.ok) throw new Error(`${source.url} answered HTTP ${r.status}`);
          return r.text();
        });
  const parsed = GazetteerSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(`gazetteer: ${parsed.error.issues[0]?.message ?? 'invalid'}; run npm run data`);
  return { gazetteer: parsed.data, lexicon: lexiconOf(parsed.data) };
}

function post(message: WorkerResponse): void {
  postMessage(message);
}

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  loaded ??= load(request.source);
  loaded.then(
    ({ gazetteer, lexicon }) => {
      if (request.kind === 'gazetteer') {
        post({ id: request.id, kind: 'gazetteer', gazetteer });
        return;
      }
      try {
        if (request.kind === 'check') {
          const clean = normalizeArticle(request.text).clean;
          const { problems } = checkAnnotation(request.annotation, request.stem, {
            regions: lexicon.regions,
            sectorIds: new Set(lexicon.sectors.map((s) => s.id)),
            clean,
            named: regionsNamed(clean, lexicon),
            rawPath: `data/raw/${request.stem}.txt`,
          });
          post({ id: request.id, kind: 'check', problems });
          return;
        }
        const result = draftArticle(request.input, request.articleId, lexicon);
        post({ id: request.id, kind: 'draft', result });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        post({ id: request.id, kind: 'failed', failure: { reason: 'draft-failed', detail } });
      }
    },
    (error: unknown) => {
      loaded = null;
      post({
        id: request.id,
        kind: 'failed',
        failure: {
          reason: 'gazetteer-unavailable',
          detail: error instanceof Error ? error.message : String(error),
        },
      });
    },
  );
});
