/**
 * The layer rules of `eslint.config.js` fire: for every folder of DESIGN.md's table, an
 * import from a folder it may not use is an error and one from a folder it may use is not;
 * MapLibre is refused outside src/map/; an import cycle (type-only too) is found.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { importCycles } from './cycles';
import { LAYERS } from './layers.js';

const eslint = new ESLint({ cwd: process.cwd() });

/** A real file of each folder to import (the rule resolves imports to files). */
const TARGETS: Record<string, string> = {
  domain: 'domain/schema',
  testing: 'testing/fixtures',
  ingest: 'ingest/decode',
  mapmodel: 'mapmodel/camera',
  state: 'state/store',
  io: 'io/inline',
  i18n: 'i18n/messages',
  ui: 'ui/Dialog',
  svgmap: 'svgmap/viewStore',
  map: 'map/camera',
  app: 'app/mapControl',
  a11y: 'a11y/describe',
  author: 'author/AuthorView',
  controls: 'controls/Filters',
  embed: 'embed/protocol',
  explore: 'explore/Search',
  export: 'export/tables',
  panel: 'panel/Panel',
  present: 'present/steps',
};

async function errors(folder: string, code: string, name = 'lint-fixture.ts'): Promise<string[]> {
  const filePath = join(process.cwd(), 'src', folder, name);
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? '');
}

describe('layer boundaries', () => {
  for (const [folder, forbidden] of LAYERS) {
    it(`${folder}/ may not import ${forbidden.join(', ')}`, async () => {
      for (const from of forbidden) {
        const target = TARGETS[from];
        if (!target) throw new Error(`no fixture target for ${from}`);
        const found = await errors(folder, `export * from '../${target}';\n`);
        expect(found, `${folder} → ${from}`).toContain('import-x/no-restricted-paths');
      }
      const allowed = await errors(folder, `export type { RegionId } from '../domain/schema';\n`);
      expect(allowed).not.toContain('import-x/no-restricted-paths');
    }, 60_000);
  }

  it('refuses maplibre-gl outside src/map/, and allows it there', async () => {
    const code = `export { Map } from 'maplibre-gl';\n`;
    expect(await errors('svgmap', code)).toContain('no-restricted-imports');
    expect(await errors('export', code)).toContain('no-restricted-imports');
    expect(await errors('map', code)).not.toContain('no-restricted-imports');
  });

  it('refuses React in the pure layers', async () => {
    const code = `export { useState } from 'react';\n`;
    for (const folder of ['domain', 'ingest', 'mapmodel']) {
      expect(await errors(folder, code)).toContain('no-restricted-imports');
    }
  });
});

describe('import cycles', () => {
  const dir = join(tmpdir(), `lint-cycle-${process.pid}`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are found, type-only ones included, and a tree without one passes', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.ts'), `import type { B } from './b';\nexport type A = B[];\n`);
    writeFileSync(join(dir, 'b.ts'), `import type { A } from './a';\nexport type B = A | null;\n`);
    writeFileSync(join(dir, 'c.ts'), `import type { A } from './a';\nexport type C = A;\n`);
    const cycles = await importCycles(['*.ts'], dir);
    expect(cycles).toHaveLength(1);
    expect([...(cycles[0] ?? [])].sort()).toEqual(['a.ts', 'b.ts']);
    expect(await importCycles(['src/**/*.ts', 'src/**/*.tsx'])).toEqual([]);
  });
});
