import { describe, expect, it } from 'vitest';
import { makeEvent, makeFigure, makeIndex } from '../testing/fixtures';
import { eventSelection, eventSteps, keyFigure } from './steps';

describe('eventSelection', () => {
  const index = makeIndex();
  it('selects the link of a two-party event, ids in order', () => {
    const e = makeEvent({ parties: ['zhejiang', 'sichuan'] });
    expect(eventSelection(index, e)).toEqual({ kind: 'pair', a: 'sichuan', b: 'zhejiang' });
  });
  it('skips a nested pair and takes the next one', () => {
    const e = makeEvent({ parties: ['sichuan', 'aba', 'zhejiang'] });
    expect(eventSelection(index, e)).toEqual({ kind: 'pair', a: 'sichuan', b: 'zhejiang' });
  });
  it('selects the venue of a many-party event, or the only party', () => {
    const many = makeEvent({
      parties: ['sichuan', 'zhejiang', 'chongqing', 'jiangxi'],
      venue: 'rongchang',
    });
    expect(eventSelection(index, many)).toEqual({ kind: 'region', id: 'rongchang' });
    expect(eventSelection(index, makeEvent({ parties: ['hunan'] }))).toEqual({
      kind: 'region',
      id: 'hunan',
    });
  });
});

describe('keyFigure', () => {
  it('prefers a figure of the same article and year about a party or a place inside it', () => {
    const event = makeEvent({ parties: ['chongqing', 'sichuan'], date: '2020' });
    const figures = [
      makeFigure({ id: 'other-article', article: 'a2', regions: ['chongqing'], asOf: '2020' }),
      makeFigure({ id: 'later', regions: ['rongchang'], asOf: '2023', value: 9e12 }),
      makeFigure({ id: 'same-year', regions: ['rongchang'], asOf: '2020', value: 5, unit: 'day' }),
      makeFigure({ id: 'unrelated', regions: ['hunan'], asOf: '2020' }),
    ];
    const index = makeIndex({ events: [event], figures });
    expect(keyFigure(index, event)?.id).toBe('same-year');
  });
  it('is null when the article has no figure about the parties', () => {
    const event = makeEvent();
    const index = makeIndex({ events: [event], figures: [makeFigure({ regions: ['hunan'] })] });
    expect(keyFigure(index, event)).toBeNull();
  });
});

describe('eventSteps', () => {
  it('gives one step per event with its title, date, parties and source article', () => {
    const events = [makeEvent(), makeEvent({ id: 'e2', date: '2016-10', parties: ['hunan'] })];
    const index = makeIndex({ events });
    const steps = eventSteps(index, index.events);
    expect(steps.map((s) => s.date)).toEqual(['2016-09-27', '2016-10']);
    expect(steps[0]?.article?.id).toBe('a1');
    expect(steps[1]?.frame).toEqual(['hunan']);
    expect(steps[0]?.filters).toBeNull();
  });
});
