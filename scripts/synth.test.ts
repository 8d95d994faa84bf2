import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AtlasCoreFileSchema } from '../src/domain/compiledSchema';
import { FullAtlasSchema, type Atlas, type FullAtlas, type Region } from '../src/domain/schema';
import { readCompiled } from './atlas/readCompiled';
import { REGIONS } from '../src/testing/fixtures';
import { synthAtlas } from './bench/synthAtlas';
import { copySynthAtlas, writeSynthAtlas } from './synth';

function prefecture(i: number, parent: string): Region {
  return {
    id: `pref-${parent}-${i}`,
    code: String(510100 + i),
    name: { zh: `第${i}市`, en: `City ${i}` },
    shortNames: [],
    level: 'prefecture',
    parent,
    point: [100 + i / 10, 30],
    hasPolygon: false,
  };
}

/** A base atlas with `n` prefectures under each of Sichuan and Zhejiang. */
function baseAtlas(n: number): FullAtlas {
  return {
    version: 1,
    dataDate: '2024-05-17',
    regions: [
      ...REGIONS,
      ...Array.from({ length: n }, (_, i) => prefecture(i, 'sichuan')),
      ...Array.from({ length: n }, (_, i) => prefecture(i, 'zhejiang')),
    ],
    sectors: [
      { id: 'tourism', name: { zh: '旅游', en: 'Tourism' } },
      { id: 'electronics', name: { zh: '电子信息', en: 'Electronics' } },
      { id: 'energy', name: { zh: '能源', en: 'Energy' } },
    ],
    articles: [],
    events: [],
    figures: [],
  };
}

function linkKeys(atlas: Atlas): Set<string> {
  return new Set(atlas.events.map((e) => [...e.parties].sort().join('~')));
}

describe('synthAtlas', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const base = baseAtlas(10);
    const one = synthAtlas(base, { seed: 7, articles: 40 });
    expect(synthAtlas(base, { seed: 7, articles: 40 })).toEqual(one);
    expect(synthAtlas(base, { seed: 8, articles: 40 }).atlas).not.toEqual(one.atlas);
  });

  it('writes 3 events, 5 figures and 2 distinct links per article, valid under the app schema', () => {
    const { atlas, stats } = synthAtlas(baseAtlas(10), { seed: 1, articles: 30 });
    expect(FullAtlasSchema.safeParse(atlas).success).toBe(true);
    expect([atlas.articles.length, atlas.events.length, atlas.figures.length]).toEqual([
      30, 90, 150,
    ]);
    expect(linkKeys(atlas).size).toBe(60);
    expect(stats).toMatchObject({
      articles: 30,
      events: 90,
      figures: 150,
      links: 60,
      warnings: [],
    });
    expect(new Set(atlas.articles.map((a) => a.id)).size).toBe(30);
  });

  it('links prefecture-level regions only when there are enough of them, never nested ones', () => {
    const base = baseAtlas(10);
    const levels = new Map(base.regions.map((r) => [r.id, r.level]));
    const { atlas } = synthAtlas(base, { seed: 3, articles: 20 });
    for (const e of atlas.events) {
      expect(e.parties.map((p) => levels.get(p))).toEqual(['prefecture', 'prefecture']);
    }
  });

  it('widens the party pool, and says so, when the gazetteer has too few prefectures', () => {
    const base = baseAtlas(1);
    const { atlas, stats } = synthAtlas(base, { seed: 1, articles: 20 });
    expect(stats.prefectures).toBe(3);
    expect(stats.warnings.join(' ')).toMatch(/only 3 prefecture-level regions/);
    expect(stats.partyPool).toBeGreaterThan(3);
    const parents = new Map(base.regions.map((r) => [r.id, r.parent]));
    for (const e of atlas.events) {
      const [a = '', b = ''] = e.parties;
      expect(parents.get(a) === b || parents.get(b) === a).toBe(false);
    }
    expect(FullAtlasSchema.safeParse(atlas).success).toBe(true);
  });
});

describe('writeSynthAtlas', () => {
  it('writes the compiled format the app loads: a sealed core and its detail files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'synth-'));
    try {
      const base = join(dir, 'atlas.json');
      const out = join(dir, 'nested', 'synthetic.json');
      await writeFile(base, JSON.stringify(baseAtlas(4)));
      const result = await writeSynthAtlas({ seed: 2, articles: 12, base, out });
      const core = AtlasCoreFileSchema.parse(JSON.parse(await readFile(out, 'utf8')));
      expect(core.detail.files.map((f) => f.path)).toEqual(['synthetic.detail/000.json']);
      expect(core.texts).toBeNull();
      expect(core.events[0]).not.toHaveProperty('quote');
      // Read back with hashes checked: every record has its quote again.
      const written = readCompiled(out).full;
      expect(written.articles).toHaveLength(12);
      expect(written.events.every((e) => e.quote.length >= 4)).toBe(true);
      expect(result.bytes).toBeGreaterThan(1000);
      expect(result.totalBytes).toBeGreaterThan(result.bytes);
      // A copy (what the benchmark serves) reads back the same.
      await copySynthAtlas(out, join(dir, 'served', 'copy.json'));
      expect(readCompiled(join(dir, 'served', 'copy.json')).full).toEqual(written);
      expect(written.dataDate).toBe(
        written.articles
          .map((a) => a.published)
          .sort()
          .at(-1),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses a base file that is not an atlas', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'synth-'));
    try {
      const base = join(dir, 'atlas.json');
      await writeFile(base, '{"version": 2}');
      await expect(
        writeSynthAtlas({ seed: 1, articles: 1, base, out: join(dir, 'o.json') }),
      ).rejects.toThrow(/atlas\.json does not match the atlas schema/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
