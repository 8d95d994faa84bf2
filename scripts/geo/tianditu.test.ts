import { describe, expect, it } from 'vitest';
import { normalizeProperties, parseMultiPolygon } from './tianditu';

describe('normalizeProperties', () => {
  it('reads the 6-digit code out of gb and the full name of a province', () => {
    expect(
      normalizeProperties({ name: '四川', full_name: '四川省', gb: '156510000' }, 'f'),
    ).toEqual({
      kind: 'unit',
      code: '510000',
      name: '四川省',
      shortName: '四川',
      province: null,
      city: null,
    });
  });

  it('takes the name of a county from full_name and trims the leading space of city', () => {
    const props = { full_name: '上栗县', city: ' 萍乡市', province: '江西省', gb: '156360322' };
    expect(normalizeProperties(props, 'f')).toMatchObject({
      code: '360322',
      name: '上栗县',
      shortName: null,
      city: '萍乡市',
      province: '江西省',
    });
  });

  it('recognises a boundary line by its empty gb', () => {
    expect(normalizeProperties({ name: '境界线', gb: '' }, 'f')).toEqual({ kind: 'line' });
  });

  it('names the feature and the field when gb is malformed', () => {
    expect(() =>
      normalizeProperties({ full_name: 'X', gb: '510000' }, 'chn-level-3.json, feature 7'),
    ).toThrow(
      'chn-level-3.json, feature 7, field properties.gb: "510000" is not "156" + a 6-digit code',
    );
  });
});

describe('parseMultiPolygon', () => {
  it('rejects a geometry that is not a MultiPolygon, naming where', () => {
    expect(() => parseMultiPolygon({ type: 'Point', coordinates: [1, 2] }, 'feature 3')).toThrow(
      /feature 3, field geometry/,
    );
  });
});
