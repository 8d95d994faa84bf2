/**
 * Under `npm run dev` only (`apply: 'serve'`): the authoring view's "write into data/".
 * One narrow endpoint, `POST /__atlas/articles` with `{ id, raw, yaml }` as JSON from the
 * page's own origin, answered by `devSaveArticle.ts` (loaded by the dev server on the first
 * request, so the pipeline is not part of the Vite config): `data/raw/<id>.txt` and
 * `data/annotations/<id>.yaml`, written only when `npm run data`'s build accepts them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import type { Answer, saveArticle } from './devSaveArticle';

type Save = typeof saveArticle;

// The check loads the whole pipeline: the dev server loads it (as it loads the app) on the
// first request, so it is not part of the Vite config's own imports.
const isSave = (f: unknown): f is Save => typeof f === 'function';

/** The endpoint (the page's `src/author/devSave.ts` posts here). */
export const DEV_SAVE_PATH = '/__atlas/articles';

const MAX_BODY = 6 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, answer: Answer): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(answer));
}

/** The dev server plugin; absent from every build. */
export function devSavePlugin(root = process.cwd()): Plugin {
  return {
    name: 'atlas-dev-save',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(DEV_SAVE_PATH, (req, res) => {
        const origin = req.headers.origin;
        const sameOrigin = origin === undefined || new URL(origin).host === req.headers.host;
        const json = (req.headers['content-type'] ?? '').startsWith('application/json');
        if (req.method !== 'POST' || !sameOrigin || !json) {
          send(res, 403, { ok: false, detail: 'only same-origin JSON POSTs' });
          return;
        }
        readBody(req).then(
          (text) => {
            let body: unknown;
            try {
              body = JSON.parse(text);
            } catch {
              send(res, 400, { ok: false, detail: 'not JSON' });
              return;
            }
            server.ssrLoadModule('/scripts/devSaveArticle.ts').then(
              (mod: Record<string, unknown>) => {
                const save = mod.saveArticle;
                if (!isSave(save)) throw new Error('scripts/devSaveArticle.ts has no saveArticle');
                const { status, answer } = save(root, body);
                send(res, status, answer);
              },
              (error: unknown) => send(res, 500, { ok: false, detail: String(error) }),
            );
          },
          (error: unknown) => send(res, 413, { ok: false, detail: String(error) }),
        );
      });
    },
  };
}
