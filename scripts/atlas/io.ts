/**
 * The pipeline's only contact with the disk: reading the sources, and comparing or
 * writing the generated files (a file is written only when its content changed).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  ARTICLES_DIR,
  DETAIL_DIR,
  POINTS_PATH,
  type OutputFile,
  type SourceFile,
  type Sources,
} from './types';

function read(root: string, path: string): SourceFile {
  return { path, text: readFileSync(join(root, path), 'utf8') };
}

function list(root: string, dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir))
    .filter(keep)
    .sort()
    .map((name) => `${dir}/${name}`);
}

/** Reads every source under `root`; drafts (`*.draft.yaml`) only when asked. */
export function readSources(root: string, includeDrafts: boolean): Sources {
  const isDraft = (n: string): boolean => /\.draft\.ya?ml$/.test(n);
  const annotations = list(
    root,
    'data/annotations',
    (n) => /\.ya?ml$/.test(n) && (includeDrafts || !isDraft(n)),
  );
  const raw = new Map(
    list(root, 'data/raw', (n) => n.endsWith('.txt')).map((p) => [
      p.slice('data/raw/'.length, -'.txt'.length),
      read(root, p),
    ]),
  );
  return {
    regions: read(root, 'data/regions.yaml'),
    sectors: read(root, 'data/sectors.yaml'),
    points: existsSync(join(root, POINTS_PATH)) ? read(root, POINTS_PATH) : null,
    annotations: annotations.map((p) => read(root, p)),
    raw,
  };
}

/** How the generated files on disk differ from a fresh build. */
export interface Drift {
  changed: string[];
  missing: string[];
  stale: string[];
}

/** Compares outputs with the disk: changed or missing files, and article or detail files no build owns. */
export function compareOutputs(root: string, outputs: readonly OutputFile[]): Drift {
  const drift: Drift = { changed: [], missing: [], stale: [] };
  for (const o of outputs) {
    const path = join(root, o.path);
    if (!existsSync(path)) drift.missing.push(o.path);
    else if (!readFileSync(path).equals(Buffer.from(o.content))) drift.changed.push(o.path);
  }
  const owned = new Set(outputs.map((o) => o.path));
  drift.stale = [ARTICLES_DIR, DETAIL_DIR]
    .flatMap((dir) => list(root, dir, (n) => n.endsWith('.json')))
    // A pack left from a core that has since become small.
    .concat(list(root, dirname(DETAIL_DIR), (n) => n.endsWith('.pack')))
    .filter((p) => !owned.has(p));
  return drift;
}

/** Writes changed and missing files and deletes stale article and detail files; returns what it touched. */
export function applyOutputs(root: string, outputs: readonly OutputFile[]): Drift {
  const drift = compareOutputs(root, outputs);
  const touch = new Set([...drift.changed, ...drift.missing]);
  for (const o of outputs) {
    if (!touch.has(o.path)) continue;
    mkdirSync(dirname(join(root, o.path)), { recursive: true });
    writeFileSync(join(root, o.path), o.content);
  }
  for (const p of drift.stale) rmSync(join(root, p));
  return drift;
}
