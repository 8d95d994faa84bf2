import fc from 'fast-check';
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

/** The first, plain statement of the binning: the oracle for the column-wise one. */
function referenceBins(
  index: ReturnType<typeof makeIndex>,
  sectorFilter: readonly string[],
  range: readonly [number, number] | null,
) {
  const { domain, expanded, stack } = buildTimeline(index, sectorFilter, range);
  const counts = new Map<string, Map<string, number>>();
  for (const e of index.events) {
    if (sectorFilter.length > 0 && !e.sectors.some((s) => sectorFilter.includes(s))) continue;
    const year = Number(e.date.slice(0, 4));
    const inExpanded = expanded !== null && year >= expanded[0] && year <= expanded[1];
    const month = !inExpanded ? null : e.date.length <= 4 ? 0 : Number(e.date.slice(5, 7));
    const key = month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
    const bin = counts.get(key) ?? new Map<string, number>();
    const s = stackKey(e, sectorFilter, stack);
    bin.set(s, (bin.get(s) ?? 0) + 1);
    counts.set(key, bin);
  }
  const bins = [];
  for (let year = domain[0]; year <= domain[1]; year++) {
    const inExpanded = expanded !== null && year >= expanded[0] && year <= expanded[1];
    for (const month of inExpanded ? Array.from({ length: 13 }, (_, m) => m) : [null]) {
      const key = month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
      const segments = stack.flatMap((s) => {
        const count = counts.get(key)?.get(s) ?? 0;
        return count > 0 ? [{ key: s, count }] : [];
      });
      bins.push({ key, year, month, total: segments.reduce((n, s) => n + s.count, 0), segments });
    }
  }
  return bins;
}

describe('buildTimeline agrees with the plain binning', () => {
  const sectors = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9'];
  const sector = fc.constantFrom(...sectors);
  const year = fc.integer({ min: 2014, max: 2024 });
  const date = fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 2 }))
    .map(([y, m, p]) =>
      p === 0 ? String(y) : `${y}-${String(m).padStart(2, '0')}${p === 2 ? '-15' : ''}`,
    );
  const events = fc.array(fc.record({ date, sectors: fc.uniqueArray(sector, { maxLength: 3 }) }), {
    minLength: 1,
    maxLength: 40,
  });
  const range = fc.option(
    fc.tuple(year, year).map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]),
    { nil: null },
  );

  it('for any sector filter and any year range, asked in any order', () => {
    fc.assert(
      fc.property(
        events,
        fc.array(fc.tuple(fc.uniqueArray(sector, { maxLength: 2 }), range), {
          minLength: 1,
          maxLength: 4,
        }),
        (es, asks) => {
          const index = makeIndex({
            events: es.map((e, i) => makeEvent({ id: `e${i}`, ...e })),
          });
          for (const [filter, span] of asks) {
            const timeline = buildTimeline(index, filter, span);
            expect(timeline.bins).toEqual(referenceBins(index, filter, span));
            expect(timeline.max).toBe(Math.max(0, ...timeline.bins.map((b) => b.total)));
          }
        },
      ),
    );
  });
});
