import { beforeAll, describe, expect, it } from 'vitest';
import { FullAtlasSchema, type FullAtlas, type Region } from '../../src/domain/schema';
import { readCompiled } from '../atlas/readCompiled';
import { synthBase } from '../synth';
import { PAIRINGS } from './pairingScheme';
import { shapeStats } from './shapeStats';
import { realisticAtlas } from './synthRealistic';
import { countyPoolFor, synthesize } from './synthShapes';

// The real gazetteer and the real national county list: the shape is about real places.
const base: FullAtlas = synthBase(readCompiled('public/data/atlas.json').full);
let counties: Region[] = [];
let atlas: FullAtlas;

beforeAll(() => {
  counties = countyPoolFor(base);
  atlas = realisticAtlas(base, { seed: 1, articles: 3000 }, counties).atlas;
});

function provinceOf(regions: ReadonlyMap<string, Region>, id: string): string {
  const parent = regions.get(id)?.parent;
  return parent ? provinceOf(regions, parent) : id;
}

describe('realisticAtlas', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const small = (seed: number) => realisticAtlas(base, { seed, articles: 400 }, counties).atlas;
    const one = small(1);
    expect(small(1)).toEqual(one);
    expect(small(2).events).not.toEqual(one.events);
  });

  it('writes n articles, 3n events and 5n figures, valid under the app schema', () => {
    expect([atlas.articles.length, atlas.events.length, atlas.figures.length]).toEqual([
      3000, 9000, 15000,
    ]);
    expect(FullAtlasSchema.safeParse(atlas).success).toBe(true);
    expect(new Set(atlas.regions.map((r) => r.id)).size).toBe(atlas.regions.length);
  });

  it('puts most events on the busiest tenth of the links', () => {
    const shape = shapeStats(atlas);
    expect(shape.links).toBeGreaterThan(1000);
    expect(shape.topDecileShare).toBeGreaterThan(0.5);
    // The uniform stress case is the contrast: its events are spread out.
    const uniform = synthesize(base, { seed: 1, articles: 3000, shape: 'uniform' });
    expect(uniform.stats.shapeStats.topDecileShare).toBeLessThan(0.3);
  });

  it('grows year on year: every four-year block has more events than the one before', () => {
    const byYear = shapeStats(atlas).eventsByYear;
    const block = (from: number) =>
      [0, 1, 2, 3].reduce((sum, k) => sum + (byYear[String(from + k)] ?? 0), 0);
    const blocks = [2010, 2014, 2018, 2022].map(block);
    for (let i = 1; i < blocks.length; i++) {
      expect(blocks[i], `block ${i}`).toBeGreaterThan(blocks[i - 1] ?? Infinity);
    }
    expect(blocks.reduce((a, b) => a + b, 0)).toBe(atlas.events.length);
    expect(blocks[3]).toBeGreaterThan(2 * (blocks[0] ?? Infinity));
  });

  it('links counties inside the paired provinces, and adds those counties with their points', () => {
    const regions = new Map(atlas.regions.map((r) => [r.id, r]));
    const paired = new Set(PAIRINGS.map((p) => [p.east, p.west].sort().join('~')));
    const countyLinks = atlas.events.filter((e) => {
      const [a = '', b = ''] = e.parties;
      const provinces = [provinceOf(regions, a), provinceOf(regions, b)].sort().join('~');
      return paired.has(provinces) && [a, b].some((id) => regions.get(id)?.level === 'county');
    });
    expect(new Set(countyLinks.map((e) => [...e.parties].sort().join('~'))).size).toBeGreaterThan(
      200,
    );
    const added = atlas.regions.slice(base.regions.length);
    expect(added.length).toBeGreaterThan(100);
    const named = new Set(atlas.events.flatMap((e) => e.parties));
    for (const r of added) {
      expect(r.level).toBe('county');
      expect(named.has(r.id)).toBe(true);
      expect(regions.has(r.parent ?? '')).toBe(true);
      // Inside China's extent.
      expect(r.point[0]).toBeGreaterThan(73);
      expect(r.point[0]).toBeLessThan(136);
      expect(r.point[1]).toBeGreaterThan(18);
      expect(r.point[1]).toBeLessThan(54);
    }
  });

  it('links the real pairs: Zhejiang–Sichuan and Chengdu–Chongqing carry events, never nested regions', () => {
    const keys = new Set(atlas.events.map((e) => [...e.parties].sort().join('~')));
    expect(keys.has('sichuan~zhejiang')).toBe(true);
    expect(keys.has('chengdu~chongqing')).toBe(true);
    const regions = new Map(atlas.regions.map((r) => [r.id, r]));
    for (const e of atlas.events) {
      const [a = '', b = ''] = e.parties;
      expect(provinceOf(regions, a) === b || provinceOf(regions, b) === a, `${a}~${b}`).toBe(false);
      expect(regions.get(a)?.parent === b || regions.get(b)?.parent === a, `${a}~${b}`).toBe(false);
    }
  });
});
