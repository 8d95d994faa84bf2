import { describe, expect, it } from 'vitest';
import type { Division } from '../geo/divisions';
import type { LonLat } from '../geo/geometry';
import { REGIONS } from '../../src/testing/fixtures';
import { countyRegions } from './countyPool';
import { parseShape } from './synthShapes';

const county = (code: string, name: string): Division => ({
  code,
  name,
  level: 'county',
  direct: false,
});

const points = new Map<string, LonLat>([
  ['513201', [102.2, 31.9]],
  ['500101', [108.4, 30.8]],
  ['500153', [105.6, 29.4]],
  ['513202', [102.3, 31.8]],
]);

describe('countyRegions', () => {
  it('adds the counties the atlas lacks, by code, under their prefecture or municipality, with their points', () => {
    const out = countyRegions(
      REGIONS,
      [
        county('513201', '马尔康市'),
        county('500101', '万州区'),
        // Already in the atlas (rongchang): not added twice.
        county('500153', '荣昌区'),
        // No polygon, so no point: left out.
        county('513233', '红原县'),
        { code: '513200', name: '阿坝藏族羌族自治州', level: 'prefecture', direct: false },
      ],
      (code) => points.get(code),
    );
    expect(out).toEqual([
      {
        id: 'wanzhou',
        code: '500101',
        name: { zh: '万州区', en: 'Wanzhou' },
        shortNames: ['万州'],
        level: 'county',
        parent: 'chongqing',
        point: [108.4, 30.8],
        hasPolygon: false,
      },
      {
        id: 'maerkang',
        code: '513201',
        name: { zh: '马尔康市', en: "Ma'erkang" },
        shortNames: ['马尔康'],
        level: 'county',
        parent: 'aba',
        point: [102.2, 31.9],
        hasPolygon: false,
      },
    ]);
  });

  it('appends the parent id when the plain id is taken, so ids stay unique', () => {
    const out = countyRegions(REGIONS, [county('513202', '荣昌县')], (code) => points.get(code));
    expect(out.map((r) => r.id)).toEqual(['rongchang-aba']);
  });
});

describe('parseShape', () => {
  it('accepts the two shapes and names them when the value is wrong', () => {
    expect(parseShape('realistic')).toBe('realistic');
    expect(parseShape('uniform')).toBe('uniform');
    expect(() => parseShape('zipf')).toThrow(
      '--shape must be one of uniform, realistic, not "zipf"',
    );
  });
});
