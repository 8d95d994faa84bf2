/**
 * The check and the write behind the dev server's "write into data/" (see `devSave.ts`):
 * the article is checked by `npm run data`'s own build (the repository's sources plus this
 * article) and written only when that build finds nothing wrong with it; an existing
 * annotation, or another text under the same raw path, is never overwritten.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '../src/domain/zod';
import { buildAtlas } from './atlas/build';
import { readSources } from './atlas/io';
import { writeAtomic } from './ingest/output';

const RequestSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,80}$/u)),
  raw: z.string().check(z.minLength(1), z.maxLength(5 * 1024 * 1024)),
  yaml: z.string().check(z.minLength(1), z.maxLength(1024 * 1024)),
});

/** What the page is told. */
export type Answer = { ok: true; files: string[] } | { ok: false; detail: string };

/** Checks and writes one article under `root`; the answer the page shows. */
export function saveArticle(root: string, body: unknown): { status: number; answer: Answer } {
  const parsed = RequestSchema.safeParse(body);
  if (!parsed.success) return { status: 400, answer: { ok: false, detail: 'bad request' } };
  const { id, raw, yaml } = parsed.data;
  const files = { raw: `data/raw/${id}.txt`, yaml: `data/annotations/${id}.yaml` };
  if (existsSync(join(root, files.yaml)))
    return { status: 409, answer: { ok: false, detail: `${files.yaml} already exists` } };
  const rawPath = join(root, files.raw);
  if (existsSync(rawPath) && readFileSync(rawPath, 'utf8') !== raw)
    return { status: 409, answer: { ok: false, detail: `${files.raw} holds another text` } };
  const sources = readSources(root, false);
  const built = buildAtlas({
    ...sources,
    annotations: [...sources.annotations, { path: files.yaml, text: yaml }],
    raw: new Map([...sources.raw, [id, { path: files.raw, text: raw }]]),
  });
  if (!built.ok) {
    const mine = built.problems.filter((p) => p.includes(files.yaml) || p.includes(files.raw));
    if (mine.length > 0) return { status: 422, answer: { ok: false, detail: mine.join('\n') } };
  }
  writeAtomic(rawPath, raw);
  writeAtomic(join(root, files.yaml), yaml);
  return { status: 200, answer: { ok: true, files: [files.raw, files.yaml] } };
}
