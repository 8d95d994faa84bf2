/**
 * Writing drafts: `data/annotations/<id>.draft.yaml` (and the article text as
 * `data/raw/<id>.txt` when it came from elsewhere, so `npm run data -- --include-drafts`
 * can check the quotes), each written atomically (a temporary file, then a rename), never
 * over a curated annotation.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { AnnotationSource } from '../../src/domain/schema';

/** The YAML text of a draft, with a header that says what it is. */
export function draftYaml(annotation: AnnotationSource, from: string): string {
  const header = [
    `# DRAFT written by \`npm run ingest\` from ${from}: unreviewed, machine-extracted.`,
    '# Review every item (see extraction.review), translate the [untranslated] fields, then save it',
    `# as ${annotation.id}.yaml with status: curated and without the extraction block.`,
  ].join('\n');
  return `${header}\n${stringify(annotation, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

/** Writes `content` to `path` atomically: other readers see the old file or the new one, never a part. */
export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } finally {
    if (existsSync(tmp)) rmSync(tmp);
  }
}

/** The paths a draft of `id` goes to under `root`. */
export function draftPaths(root: string, id: string) {
  return {
    curated: join(root, 'data/annotations', `${id}.yaml`),
    draft: join(root, 'data/annotations', `${id}.draft.yaml`),
    raw: join(root, 'data/raw', `${id}.txt`),
  };
}

/**
 * Why the draft of `id` cannot be written, or null: a curated annotation exists, or
 * `data/raw/<id>.txt` holds another text than the one the draft quotes.
 */
export function refusal(
  root: string,
  id: string,
  text: string,
  rel: (p: string) => string,
): string | null {
  const paths = draftPaths(root, id);
  if (existsSync(paths.curated)) {
    return `${rel(paths.curated)} is curated; refusing to write a draft beside it (use --json to see the draft)`;
  }
  if (existsSync(paths.raw) && readFileSync(paths.raw, 'utf8') !== text) {
    return `${rel(paths.raw)} already holds another text for article ${id}; rename the input file`;
  }
  return null;
}
