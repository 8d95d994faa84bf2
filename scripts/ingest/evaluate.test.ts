import { describe, expect, it } from 'vitest';
import { AnnotationSourceSchema } from '../../src/domain/schema';
import { compare, datesOverlap, sentenceOf } from './evaluate';

const base = {
  status: 'draft',
  title: { zh: 't', en: 't' },
  published: '2022-08-09',
  source: { zh: 's', en: 's' },
  summary: { zh: 's', en: 's' },
};
const event = (id: string, type: string, date: string, parties: string[], quote: string) => ({
  id,
  type,
  title: { zh: id, en: id },
  date,
  parties,
  quote,
});
const clean = '8月8日，两省签署框架协议，并举行峰会。另一句话里也有一个峰会。';

describe('evaluate', () => {
  it('matches events by family and sentence, or by date and parties', () => {
    const gold = AnnotationSourceSchema.parse({
      ...base,
      id: 'a',
      regions: ['x', 'y'],
      events: [
        event('g1', 'framework-agreement', '2022-08-08', ['x', 'y'], '两省签署框架协议'),
        event('g2', 'summit', '2022-08-08', ['x'], '另一句话里也有一个峰会'),
      ],
    });
    const draft = AnnotationSourceSchema.parse({
      ...base,
      id: 'a',
      regions: ['x', 'z'],
      events: [
        event('d1', 'project-signing', '2022-08', ['y'], '8月8日，两省签署框架协议，'),
        event('d2', 'forum', '2022', ['x'], '并举行峰会。'),
      ],
    });
    const s = compare(draft, gold, clean);
    expect(s.events).toEqual({ matched: 2, drafted: 2, curated: 2 });
    expect(s.regions).toEqual({ matched: 1, drafted: 2, curated: 2 });
    expect(s.eventTypes).toEqual({ matched: 0, drafted: 2, curated: 2 });
    expect(s.eventDates).toEqual({ matched: 0, drafted: 2, curated: 2 });
    expect(s.eventParties).toEqual({ matched: 2, drafted: 2, curated: 3 });
    expect(s.links).toEqual({ matched: 0, drafted: 0, curated: 1 });
  });

  it('matches figures by value, then scores their units and dates', () => {
    const fig = (value: number, unit: string) => ({
      id: `f${value}${unit}`,
      metric: { zh: 'm', en: 'm' },
      value,
      unit,
      asOf: '2022',
      regions: ['x'],
      quote: '两省签署框架协议',
    });
    const gold = AnnotationSourceSchema.parse({
      ...base,
      id: 'a',
      regions: ['x'],
      figures: [fig(40, 'enterprise'), fig(30, 'park')],
    });
    const draft = AnnotationSourceSchema.parse({
      ...base,
      id: 'a',
      regions: ['x'],
      figures: [fig(40, 'enterprise'), fig(30, 'project')],
    });
    const s = compare(draft, gold, clean);
    expect(s.figureValues).toEqual({ matched: 2, drafted: 2, curated: 2 });
    expect(s.figureUnits).toEqual({ matched: 1, drafted: 2, curated: 2 });
    expect(s.figureDates).toEqual({ matched: 2, drafted: 2, curated: 2 });
  });

  it('compares partial dates as ranges and finds a quote’s sentence', () => {
    expect(datesOverlap('2020', '2023', '2022-05-01', undefined)).toBe(true);
    expect(datesOverlap('2019-12', undefined, '2020', undefined)).toBe(false);
    expect(sentenceOf(clean, '并举行峰会')).toEqual([0, 19]);
  });
});
