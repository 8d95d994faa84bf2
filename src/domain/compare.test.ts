import { describe, expect, it } from 'vitest';
import { makeEvent, makeFigure, makeIndex } from '../testing/fixtures';
import { comparableRegions, compareRegions } from './compare';
import { NO_FILTERS } from './filters';
import { selectView } from './select';

const index = makeIndex({
  events: [
    makeEvent({ id: 'e1', parties: ['sichuan', 'chongqing'], sectors: ['electronics'] }),
    makeEvent({ id: 'e2', parties: ['rongchang', 'sichuan'], sectors: ['electronics', 'tourism'] }),
    makeEvent({ id: 'e3', parties: ['sichuan', 'zhejiang'], sectors: ['tourism'] }),
  ],
  figures: [makeFigure({ regions: ['rongchang'] })],
});
const view = selectView(index, NO_FILTERS);

describe('compareRegions', () => {
  it('puts both regions side by side with aligned sector counts', () => {
    const c = compareRegions(index, view, 'sichuan', 'chongqing');
    expect(c?.a.region.id).toBe('sichuan');
    expect(c?.a.events).toHaveLength(3);
    expect(c?.b.events).toHaveLength(2);
    expect(c?.b.figures).toHaveLength(1);
    expect(c?.sectors).toEqual([
      { id: 'electronics', a: 2, b: 2 },
      { id: 'tourism', a: 2, b: 1 },
    ]);
  });

  it('lists what the two share', () => {
    const c = compareRegions(index, view, 'sichuan', 'chongqing');
    expect(c?.sharedEvents.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(c?.sharedArticles.map((a) => a.id)).toEqual(['a1']);
  });

  it('follows the filters and rejects unknown ids', () => {
    const tourism = selectView(index, { years: null, sectors: ['tourism'] });
    expect(compareRegions(index, tourism, 'sichuan', 'chongqing')?.b.events).toHaveLength(1);
    expect(compareRegions(index, view, 'sichuan', 'atlantis')).toBeNull();
  });
});

describe('comparableRegions', () => {
  it('offers the named regions and their parents, provinces first', () => {
    expect(comparableRegions(index)).toEqual(['chongqing', 'sichuan', 'zhejiang', 'rongchang']);
  });
});
