import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { annotationA, annotationB, makeSources } from './fixtures';
import { applyOutputs, compareOutputs, readSources } from './io';

let root = '';

/** Writes the valid fixture to a temporary repository. */
function writeFixture(): void {
  const s = makeSources();
  const files: [string, string][] = [
    [s.regions.path, s.regions.text],
    [s.sectors.path, s.sectors.text],
    [s.points?.path ?? '', s.points?.text ?? ''],
    ...s.annotations.map((a): [string, string] => [a.path, a.text]),
    ...[...s.raw.values()].map((r): [string, string] => [r.path, r.text]),
  ];
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function cli(...args: string[]): { status: number | null; out: string } {
  const tsx = resolve('node_modules/tsx/dist/cli.mjs');
  const r = spawnSync(process.execPath, [tsx, resolve('scripts/buildAtlas.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'atlas-'));
  writeFixture();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readSources', () => {
  it('ignores drafts unless asked', () => {
    writeFileSync(
      join(root, 'data/annotations/002_c.draft.yaml'),
      stringify({ ...annotationB(), id: '002_c' }),
    );
    expect(readSources(root, false).annotations.map((a) => a.path)).toEqual([
      'data/annotations/000_a.yaml',
      'data/annotations/001_b.yaml',
    ]);
    expect(readSources(root, true).annotations.map((a) => a.path)).toContain(
      'data/annotations/002_c.draft.yaml',
    );
  });
});

describe('applyOutputs and compareOutputs', () => {
  it('writes only changed files and removes article files nobody owns', () => {
    const atlas = { path: 'public/data/atlas.json', content: '{}\n' };
    const article = { path: 'public/data/articles/000_a.json', content: '{"id":"000_a"}\n' };
    const outputs = [atlas, article];
    applyOutputs(root, outputs);
    const stale = join(root, 'public/data/articles/old.json');
    writeFileSync(stale, '{}\n');
    const before = statSync(join(root, 'public/data/atlas.json')).mtimeMs;
    expect(compareOutputs(root, outputs)).toEqual({
      changed: [],
      missing: [],
      stale: ['public/data/articles/old.json'],
    });

    const drift = applyOutputs(root, [atlas, { ...article, content: '{"id":"000_a","x":1}\n' }]);
    expect(drift.changed).toEqual(['public/data/articles/000_a.json']);
    expect(existsSync(stale)).toBe(false);
    expect(statSync(join(root, 'public/data/atlas.json')).mtimeMs).toBe(before);
  });
});

describe('npm run data (CLI)', () => {
  it('builds, reports up to date, and detects a stale atlas', () => {
    const built = cli();
    expect(built.status).toBe(0);
    expect(built.out).toMatch(/2 articles, 3 events, 1 figures, 4 regions/);
    expect(cli('--check')).toMatchObject({
      status: 0,
      out: expect.stringContaining('atlas up to date'),
    });

    writeFileSync(join(root, 'public/data/articles/gone.json'), '{}\n');
    const a = annotationA();
    a.summary = { zh: '改过的摘要。', en: 'Changed.' };
    writeFileSync(join(root, 'data/annotations/000_a.yaml'), stringify(a));
    const check = cli('--check');
    expect(check.status).toBe(1);
    expect(check.out).toContain('stale: public/data/atlas.json');
    expect(check.out).toContain('no longer generated: public/data/articles/gone.json');
    expect(check.out).toContain('run npm run data');
  }, 30_000);

  it('exits 1 and writes nothing when a source is wrong', () => {
    const a = annotationA();
    a.events[0] = { ...a.events[0], parties: ['sichuan', 'mars'] };
    writeFileSync(join(root, 'data/annotations/000_a.yaml'), stringify(a));
    const r = cli();
    expect(r.status).toBe(1);
    expect(r.out).toContain(
      'data/annotations/000_a.yaml › events[0] (id "forum") › parties[1]: unknown region "mars"',
    );
    expect(existsSync(join(root, 'public/data'))).toBe(false);
    expect(readFileSync(join(root, 'data/annotations/000_a.yaml'), 'utf8')).toContain('mars');
  }, 30_000);
});
