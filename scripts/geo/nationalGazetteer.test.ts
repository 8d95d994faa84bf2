import { describe, expect, it } from 'vitest';
import type { Division } from './divisions';
import { region } from './fixtures';
import { parseGazetteer } from './gazetteer';
import {
  GENERATED_MARKER,
  curatedPart,
  formatEntry,
  gazetteerText,
  generateEntries,
} from './nationalGazetteer';

const prefecture = (code: string, name: string): Division => ({
  code,
  name,
  level: 'prefecture',
  direct: false,
});
const curated = [
  region({ id: 'fujian', code: '350000' }),
  region({ id: 'jiangxi', code: '360000' }),
  region({ id: 'jilin', code: '220000' }),
  region({ id: 'qinghai', code: '630000' }),
  region({ id: 'hainan', code: '460000' }),
  region({ id: 'pingxiang', code: '360300', level: 'prefecture', parent: 'jiangxi' }),
];

describe('generateEntries', () => {
  const divisions = [
    prefecture('350100', '福州市'),
    prefecture('361000', '抚州市'),
    prefecture('220200', '吉林市'),
    prefecture('632500', '海南藏族自治州'),
    prefecture('360300', '萍乡市'),
    prefecture('360400', '九江市'),
    { code: '360402', name: '濂溪区', level: 'county' as const, direct: false },
  ];
  const out = generateEntries(curated, divisions);

  it('adds every prefecture not curated, in code order, under its province', () => {
    expect(out.map((r) => [r.code, r.parent])).toEqual([
      ['220200', 'jilin'],
      ['350100', 'fujian'],
      ['360400', 'jiangxi'],
      ['361000', 'jiangxi'],
      ['632500', 'qinghai'],
    ]);
  });

  it('disambiguates clashing ids with the province, or -city for a namesake city', () => {
    expect(out.map((r) => r.id)).toEqual([
      'jilin-city',
      'fuzhou-fujian',
      'jiujiang',
      'fuzhou-jiangxi',
      'hainan-qinghai',
    ]);
  });

  it('refuses a prefecture whose province is not curated', () => {
    expect(() => generateEntries([], [prefecture('130100', '石家庄市')])).toThrow(/130000/);
  });
});

describe('the gazetteer file', () => {
  it('keeps the curated text, and its lines parse back to the entries', () => {
    const head =
      "# curated\n- { id: fujian, code: '350000', name: { zh: 福建省, en: Fujian }, level: province, parent: null }\n";
    const entries = generateEntries(curated, [prefecture('350200', '厦门市')]);
    const text = gazetteerText(head, entries);
    expect(text.startsWith(head + GENERATED_MARKER)).toBe(true);
    expect(curatedPart(text)).toBe(head);
    expect(parseGazetteer(text).slice(1)).toEqual(entries);
    expect(
      formatEntry(region({ id: 'luan', code: '341500', name: { zh: '六安市', en: "Lu'an" } })),
    ).toContain(`en: "Lu'an"`);
  });
});
