import { describe, expect, it } from 'vitest';
import { makeIndex } from '../testing/fixtures';
import { parseSetMessage, selectMessage, senderAllowed } from './protocol';

describe('parseSetMessage', () => {
  it('reads every field into URL-style values', () => {
    expect(
      parseSetMessage({
        type: 'atlas:set',
        state: {
          pair: ['sichuan', 'zhejiang'],
          years: [2016, 2020],
          sectors: ['tourism', 'textiles'],
          lang: 'en',
          theme: 'dark',
          step: 2,
          region: null,
        },
      }),
    ).toEqual({
      region: null,
      pair: 'sichuan~zhejiang',
      years: '2016-2020',
      sectors: 'tourism,textiles',
      lang: 'en',
      theme: 'dark',
      step: '2',
    });
    expect(parseSetMessage({ type: 'atlas:set', state: { years: 2019, region: 'aba' } })).toEqual({
      years: '2019',
      region: 'aba',
    });
  });

  it('ignores anything malformed without throwing', () => {
    for (const data of [
      null,
      undefined,
      'atlas:set',
      42,
      { type: 'atlas:set' },
      { type: 'atlas:set', state: null },
      { type: 'atlas:set', state: { region: 5 } },
      { type: 'atlas:set', state: { years: [2016] } },
      { type: 'atlas:set', state: { region: 'x'.repeat(1000) } },
      { type: 'other', state: {} },
      Object.create(null),
    ]) {
      expect(parseSetMessage(data)).toBeNull();
    }
  });
});

describe('senderAllowed', () => {
  it('allows the own origin and listed origins only', () => {
    const own = 'https://atlas.example';
    expect(senderAllowed(own, own, [])).toBe(true);
    expect(senderAllowed('https://host.example', own, [])).toBe(false);
    expect(senderAllowed('https://host.example', own, ['https://host.example'])).toBe(true);
    expect(senderAllowed('null', 'null', [])).toBe(false);
  });
});

describe('selectMessage', () => {
  const index = makeIndex();
  it('names a region and a pair in both languages', () => {
    expect(selectMessage(index, { kind: 'region', id: 'rongchang' })).toEqual({
      type: 'atlas:select',
      region: 'rongchang',
      pair: null,
      flow: null,
      regions: [{ id: 'rongchang', zh: '荣昌区', en: 'Rongchang' }],
    });
    const flow = {
      kind: 'flow' as const,
      a: { id: 'zhejiang', deep: true },
      b: { id: 'aba', deep: false },
    };
    expect(selectMessage(index, flow)).toMatchObject({ flow: 'aba~zhejiang*', pair: null });
    expect(selectMessage(index, { kind: 'pair', a: 'sichuan', b: 'zhejiang' }).regions).toEqual([
      { id: 'sichuan', zh: '四川省', en: 'Sichuan' },
      { id: 'zhejiang', zh: '浙江省', en: 'Zhejiang' },
    ]);
    expect(selectMessage(index, null)).toEqual({
      type: 'atlas:select',
      region: null,
      pair: null,
      flow: null,
      regions: [],
    });
  });
});
