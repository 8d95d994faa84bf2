import { describe, expect, it } from 'vitest';
import { makeEvent, makeFigure, makeIndex } from '../testing/fixtures';
import { NO_FILTERS } from './filters';
import { buildLedger } from './ledger';
import { figureSeries, sameMetric } from './series';

const businesspeople2016 = makeFigure({
  id: 'zhejiang-businesspeople-in-sichuan',
  article: '000',
  metric: { zh: '浙江在川商人', en: 'Zhejiang businesspeople in Sichuan' },
  value: 300_000,
  unit: 'person',
  asOf: '2016-09-27',
  regions: ['sichuan', 'zhejiang'],
});
const businesspeople2024 = makeFigure({
  id: 'businesspeople',
  article: '001',
  metric: { zh: '在川浙商', en: 'Zhejiang businesspeople in Sichuan' },
  value: 300_000,
  qualifier: 'more-than',
  unit: 'person',
  asOf: '2024-05-17',
  regions: ['sichuan', 'zhejiang'],
});
const parks = makeFigure({
  id: 'co-built-parks',
  article: '001',
  metric: { zh: '浙川共建园区', en: 'Parks built jointly by Zhejiang and Sichuan' },
  value: 30,
  unit: 'park',
  asOf: '2024-05-17',
  regions: ['sichuan', 'zhejiang'],
});
const index = makeIndex({
  events: [
    makeEvent({
      id: 'forum',
      type: 'forum',
      date: '2016-09-27',
      parties: ['sichuan', 'zhejiang', 'aba'],
    }),
    makeEvent({
      id: 'framework',
      type: 'framework-agreement',
      date: '2024-03',
      sectors: ['electronics'],
    }),
    makeEvent({ id: 'signing', type: 'project-signing', date: '2024-05-17' }),
    makeEvent({ id: 'other', type: 'project-signing', parties: ['chongqing', 'sichuan'] }),
  ],
  figures: [
    businesspeople2016,
    businesspeople2024,
    parks,
    makeFigure({ id: 'only-zhejiang', regions: ['zhejiang'] }),
  ],
});

describe('buildLedger', () => {
  const ledger = buildLedger(index, 'zhejiang', 'sichuan', NO_FILTERS);

  it('lists the pair’s events and figures in date order with their stage', () => {
    expect(ledger.entries.map((e) => [e.date, e.stage, e.kind])).toEqual([
      ['2016-09-27', 'exchange', 'event'],
      ['2016-09-27', 'outcome', 'figures'],
      ['2024-03', 'framework', 'event'],
      ['2024-05-17', 'signing', 'event'],
      ['2024-05-17', 'park', 'figures'],
      ['2024-05-17', 'outcome', 'figures'],
    ]);
  });

  it('summarises the steps from framework agreement to outcomes', () => {
    expect(ledger.steps).toEqual([
      { stage: 'framework', count: 1, first: '2024-03', last: '2024-03' },
      { stage: 'signing', count: 1, first: '2024-05-17', last: '2024-05-17' },
      { stage: 'park', count: 1, first: '2024-05-17', last: '2024-05-17' },
      { stage: 'outcome', count: 2, first: '2016-09-27', last: '2024-05-17' },
    ]);
  });

  it('finds the metric reported in 2016 and again in 2024', () => {
    expect(ledger.series).toHaveLength(1);
    expect(ledger.series[0]?.points.map((p) => [p.asOf, p.value, p.qualifier])).toEqual([
      ['2016-09-27', 300_000, 'exact'],
      ['2024-05-17', 300_000, 'more-than'],
    ]);
  });

  it('keeps what the filters hide, marked', () => {
    const filtered = buildLedger(index, 'sichuan', 'zhejiang', {
      years: [2024, 2024],
      sectors: [],
    });
    expect(filtered.entries).toHaveLength(6);
    expect(filtered.entries.filter((e) => !e.passes).map((e) => e.date)).toEqual([
      '2016-09-27',
      '2016-09-27',
    ]);
  });
});

describe('sameMetric', () => {
  it('needs the same unit and a similar name or the same id', () => {
    expect(sameMetric(businesspeople2016, businesspeople2024)).toBe(true);
    expect(sameMetric(businesspeople2016, { ...businesspeople2024, unit: 'enterprise' })).toBe(
      false,
    );
    expect(
      sameMetric(businesspeople2016, {
        ...businesspeople2024,
        metric: { zh: '参会企业', en: 'Companies at the matchmaking event' },
      }),
    ).toBe(false);
    expect(
      sameMetric(businesspeople2016, {
        ...businesspeople2024,
        id: businesspeople2016.id,
        metric: { zh: '人数', en: 'People' },
      }),
    ).toBe(true);
  });

  it('never pairs two figures of one article for one date', () => {
    expect(sameMetric(businesspeople2024, { ...businesspeople2024, id: 'x' })).toBe(false);
  });

  it('matches reworded English and Chinese names', () => {
    const firms = makeFigure({
      metric: { zh: '浙商企业', en: 'Zhejiang-owned businesses in Sichuan' },
    });
    const later = makeFigure({
      article: 'a2',
      metric: { zh: '甲乙丙丁', en: 'Businesses owned by Zhejiang people in Sichuan' },
    });
    expect(sameMetric(firms, later)).toBe(true);
    const zh = makeFigure({ article: 'a3', metric: { zh: '浙商企业数', en: 'Count' } });
    expect(sameMetric(firms, zh)).toBe(true);
    expect(figureSeries([firms, later, zh])).toHaveLength(1);
  });
});
