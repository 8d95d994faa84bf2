import { describe, expect, it } from 'vitest';
import { makeEvent, makeIndex } from '../testing/fixtures';
import { buildTimeline, NONE, OTHER, stackKey, stackOrder, TIMELINE_SECTORS } from './timeline';

const index = makeIndex({
  events: [
    makeEvent({ id: 'a', date: '2016-09-27', sectors: ['tourism'] }),
    makeEvent({ id: 'b', date: '2016', sectors: ['tourism', 'electronics'] }),
    makeEvent({ id: 'c', date: '2017-03', sectors: ['electronics'] }),
    makeEvent({ id: 'd', date: '2019-12-13', sectors: [] }),
  ],
});

describe('buildTimeline', () => {
  it('counts events per year, each once, over every year of the atlas', () => {
    const t = buildTimeline(index, [], null);
    expect(t.domain).toEqual([2016, 2019]);
    expect(t.expanded).toBeNull();
    expect(t.bins.map((b) => [b.key, b.total])).toEqual([
      ['2016', 2],
      ['2017', 1],
      ['2018', 0],
      ['2019', 1],
    ]);
    expect(t.max).toBe(2);
  });

  it('stacks by sector in a fixed order, most frequent first', () => {
    const t = buildTimeline(index, [], null);
    expect(t.stack.slice(0, 2)).toEqual(['tourism', 'electronics']);
    expect(t.bins[0]?.segments).toEqual([{ key: 'tourism', count: 2 }]);
    expect(t.bins[3]?.segments).toEqual([{ key: NONE, count: 1 }]);
  });

  it('counts an event under the sector that the sector filter picked', () => {
    const t = buildTimeline(index, ['electronics'], null);
    expect(t.bins[0]?.segments).toEqual([{ key: 'electronics', count: 1 }]);
    expect(t.bins.map((b) => b.total)).toEqual([1, 1, 0, 0]);
  });

  it('draws a short selected range month by month, with undated-month events in month 0', () => {
    const t = buildTimeline(index, [], [2016, 2017]);
    expect(t.expanded).toEqual([2016, 2017]);
    const months = t.bins.filter((b) => b.year === 2016);
    expect(months).toHaveLength(13);
    expect(months.find((b) => b.month === 0)?.total).toBe(1);
    expect(months.find((b) => b.month === 9)?.total).toBe(1);
    expect(t.bins.find((b) => b.key === '2017-03')?.total).toBe(1);
    expect(t.bins.find((b) => b.key === '2019')?.month).toBeNull();
  });
});

describe('stackKey', () => {
  it('folds sectors outside the top ones into OTHER', () => {
    const many = makeIndex({
      events: Array.from({ length: TIMELINE_SECTORS + 1 }, (_, i) =>
        makeEvent({ id: `e${i}`, sectors: [`s${String.fromCharCode(97 + i)}`] }),
      ),
    });
    const stack = stackOrder(many);
    expect(stack).toHaveLength(TIMELINE_SECTORS + 2);
    expect(stackKey(makeEvent({ sectors: ['zzz'] }), [], stack)).toBe(OTHER);
    expect(stackKey(makeEvent({ sectors: ['sa'] }), [], stack)).toBe('sa');
  });
});
