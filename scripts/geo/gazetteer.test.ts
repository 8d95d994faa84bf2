import { describe, expect, it } from 'vitest';
import { GazetteerError, parseGazetteer } from './gazetteer';

describe('parseGazetteer', () => {
  it('parses one-line flow records with defaults', () => {
    const text =
      "- { id: sichuan, code: '510000', name: { zh: 四川省, en: Sichuan }, level: province, parent: null }\n";
    expect(parseGazetteer(text)).toEqual([
      {
        id: 'sichuan',
        code: '510000',
        name: { zh: '四川省', en: 'Sichuan' },
        shortNames: [],
        level: 'province',
        parent: null,
      },
    ]);
  });

  it('names the region and the field of every invalid record', () => {
    const text = [
      "- { id: sichuan, code: '5100', name: { zh: 四川省, en: Sichuan }, level: province, parent: null }",
      "- { id: Bad, code: '500000', name: { zh: 重庆市, en: '' }, level: city, parent: null }",
    ].join('\n');
    try {
      parseGazetteer(text);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GazetteerError);
      const problems = error instanceof GazetteerError ? error.problems : [];
      expect(problems[0]).toBe(
        'data/regions.yaml: region "sichuan", field code: must be the 6-digit GB/T 2260 code',
      );
      expect(
        problems
          .filter((p) => p.startsWith('data/regions.yaml: region "Bad"'))
          .map((p) => p.split(',')[1]),
      ).toEqual([
        ' field id: must be lowercase ASCII pinyin',
        ' field name.en: must not be empty',
        ' field level: Invalid option: expected one of "province"|"prefecture"|"county"',
      ]);
    }
  });
});
