/**
 * Sanity checks of the committed label points against the real boundary dataset (read
 * from node_modules, no network). The seats of government below come from GEO.md and
 * are used only here, as a check: coordinates are never typed into the build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RegionSource } from '../../src/domain/schema';
import type { TiandituFiles } from './dataset';
import { datasetNames, unitParts } from './dataset';
import { readGazetteer } from './gazetteer';
import type { LonLat, PolygonRings } from './geometry';
import { pointInMultiPolygon } from './geometry';
import { PointsFileSchema } from './points';
import { ROOT, readTianditu } from './sources';
import { LEVEL_FILE, validateGazetteer } from './validate';

const SEATS: Record<string, LonLat> = {
  chengdu: [104.0632, 30.6619],
  zigong: [104.7708, 29.3556],
  aba: [102.2197, 31.902],
  rongchang: [105.5907, 29.4066],
  shangli: [113.7898, 27.8836],
  nanbu: [106.0326, 31.3496],
  qingshen: [103.8446, 29.8342],
  chongqing: [106.5011, 29.5359],
  jiangxi: [115.8873, 28.6799],
};

let regions: RegionSource[];
let files: TiandituFiles;
const parts = (r: RegionSource): PolygonRings[] =>
  unitParts(files, LEVEL_FILE[r.level], r.code) ?? [];
const points = PointsFileSchema.parse(
  JSON.parse(readFileSync(join(ROOT, 'data/geo/points.json'), 'utf8')),
);

beforeAll(() => {
  regions = readGazetteer();
  files = { 1: readTianditu(1), 2: readTianditu(2), 3: readTianditu(3) };
});

describe('the gazetteer against the Tianditu dataset', () => {
  it('validates, with all 34 provincial-level divisions', () => {
    expect(validateGazetteer(regions, datasetNames(files))).toEqual([]);
    expect(regions.filter((r) => r.level === 'province')).toHaveLength(34);
  });

  it('fails on a name the dataset disproves', () => {
    const wrong = regions.map((r) =>
      r.id === 'rongchang' ? { ...r, name: { ...r.name, zh: '荣昌县' } } : r,
    );
    expect(validateGazetteer(wrong, datasetNames(files))).toEqual([
      'data/regions.yaml: region "rongchang", field name.zh: "荣昌县" but the dataset names 500153 "荣昌区"',
    ]);
  });
});

describe('data/geo/points.json', () => {
  it('has a point for exactly the gazetteer regions', () => {
    expect(Object.keys(points)).toEqual(regions.map((r) => r.id).sort());
  });

  it('puts every label point inside its region', () => {
    const outside = regions.filter((r) => {
      const p = points[r.id]?.point;
      return !p || !pointInMultiPolygon(p, parts(r));
    });
    expect(outside.map((r) => r.id)).toEqual([]);
  });

  it('agrees with the seats of government of GEO.md: each seat lies in the same region', () => {
    for (const [id, seat] of Object.entries(SEATS)) {
      const r = regions.find((x) => x.id === id);
      expect(r && pointInMultiPolygon(seat, parts(r)), id).toBe(true);
    }
  });
});
