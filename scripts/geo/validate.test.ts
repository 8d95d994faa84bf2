import { describe, expect, it } from 'vitest';
import type { DatasetNames } from './validate';
import { allowedParentCodes, validateGazetteer } from './validate';
import { region } from './fixtures';

const dataset: DatasetNames = {
  1: new Map([
    ['500000', '重庆市'],
    ['510000', '四川省'],
  ]),
  2: new Map([
    ['500000', '重庆市'],
    ['510100', '成都市'],
  ]),
  3: new Map([
    ['500153', '荣昌区'],
    ['510131', '蒲江县'],
  ]),
};

const sichuan = region({ id: 'sichuan', code: '510000', name: { zh: '四川省', en: 'Sichuan' } });
const chongqing = region({
  id: 'chongqing',
  code: '500000',
  name: { zh: '重庆市', en: 'Chongqing' },
});
const chengdu = region({
  id: 'chengdu',
  code: '510100',
  name: { zh: '成都市', en: 'Chengdu' },
  level: 'prefecture',
  parent: 'sichuan',
});
const pujiang = region({
  id: 'pujiang',
  code: '510131',
  name: { zh: '蒲江县', en: 'Pujiang' },
  level: 'county',
  parent: 'chengdu',
});
const rongchang = region({
  id: 'rongchang',
  code: '500153',
  name: { zh: '荣昌区', en: 'Rongchang' },
  level: 'county',
  parent: 'chongqing',
});
const valid = [sichuan, chongqing, chengdu, pujiang, rongchang];

describe('validateGazetteer', () => {
  it('accepts a gazetteer that agrees with the dataset, Chongqing districts under the municipality', () => {
    expect(validateGazetteer(valid, dataset)).toEqual([]);
  });

  it('names the region and field when the Chinese name differs from the dataset', () => {
    const wrong = { ...rongchang, name: { zh: '荣昌县', en: 'Rongchang' } };
    expect(validateGazetteer([sichuan, chongqing, chengdu, pujiang, wrong], dataset)).toEqual([
      'data/regions.yaml: region "rongchang", field name.zh: "荣昌县" but the dataset names 500153 "荣昌区"',
    ]);
  });

  it('reports a code that exists only at another level', () => {
    const wrongLevel = { ...chengdu, level: 'county' as const };
    const problems = validateGazetteer([sichuan, chongqing, wrongLevel], dataset);
    expect(problems.join('\n')).toContain(
      'region "chengdu", field code: 510100 is not a level-3 (county) unit of the boundary dataset; it is a level-2 unit (成都市)',
    );
  });

  it('rejects a parent that is not the ancestor by code', () => {
    const misplaced = { ...pujiang, parent: 'chongqing' };
    expect(validateGazetteer([sichuan, chongqing, chengdu, misplaced, rongchang], dataset)).toEqual(
      [
        'data/regions.yaml: region "pujiang", field parent: "chongqing" (500000) is not the parent of 510131; expected the region with code 510100',
      ],
    );
  });

  it('wants the prefecture, not the province, as parent of a county when the prefecture exists', () => {
    const skipped = { ...pujiang, parent: 'sichuan' };
    const problems = validateGazetteer([sichuan, chongqing, chengdu, skipped, rongchang], dataset);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('field parent: "sichuan" (510000) is not the parent of 510131');
  });

  it('reports provinces of the dataset missing from the gazetteer', () => {
    expect(validateGazetteer([sichuan], dataset)).toEqual([
      'data/regions.yaml: the provincial-level division 500000 重庆市 has no region; add it',
    ]);
  });

  it('reports duplicate ids and unknown parents', () => {
    const dup = { ...chongqing, id: 'sichuan' };
    const orphan = { ...pujiang, parent: 'nowhere' };
    const problems = validateGazetteer([sichuan, dup, chengdu, orphan], dataset);
    expect(problems).toContain(
      'data/regions.yaml: region "sichuan", field id: is used by another region',
    );
    expect(problems).toContain(
      'data/regions.yaml: region "pujiang", field parent: "nowhere" is not a region of the gazetteer',
    );
  });
});

describe('allowedParentCodes', () => {
  it('maps a municipal district to the municipality when no prefecture carries its prefix', () => {
    expect(allowedParentCodes('500153', 'county', dataset)).toEqual(['500000']);
    expect(allowedParentCodes('510131', 'county', dataset)).toEqual(['510100']);
    expect(allowedParentCodes('510100', 'prefecture', dataset)).toEqual(['510000']);
  });
});
