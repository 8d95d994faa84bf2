import { describe, expect, it } from 'vitest';
import { makeEvent, makeIndex } from '../../src/testing/fixtures';
import { filterChanges, selectionChanges } from './changes';

const { atlas } = makeIndex({
  events: [
    makeEvent({ id: 'e1', date: '2014-04', sectors: ['tourism'] }),
    makeEvent({ id: 'e2', date: '2019', parties: ['jiangxi', 'hunan'], sectors: ['electronics'] }),
    makeEvent({ id: 'e3', date: '2024-05-17', parties: ['zhejiang', 'aba'] }),
  ],
});

describe('filterChanges', () => {
  it('alternates years within the data and known sectors, never repeating a change', () => {
    const changes = filterChanges(atlas, 20, 1);
    expect(changes).toHaveLength(20);
    changes.forEach((c, i) => {
      if (i % 2 === 0) {
        const [from = 0, to = from] = String(c.years).split('-').map(Number);
        expect(from).toBeGreaterThanOrEqual(2014);
        expect(to).toBeLessThanOrEqual(2024);
      } else {
        expect(Object.keys(c)).toEqual(['sectors']);
        for (const s of c.sectors ?? []) expect(['tourism', 'electronics']).toContain(s);
      }
      expect(JSON.stringify(c)).not.toBe(JSON.stringify(changes[i - 1]));
    });
    expect(changes[9]).toEqual({ sectors: [] });
  });

  it('is the same for the same seed', () => {
    expect(filterChanges(atlas, 10, 5)).toEqual(filterChanges(atlas, 10, 5));
  });
});

describe('selectionChanges', () => {
  it('alternates event parties and pairs of parties', () => {
    const changes = selectionChanges(atlas, 10, 1);
    const parties = ['sichuan', 'zhejiang', 'jiangxi', 'hunan', 'aba'];
    changes.forEach((c, i) => {
      if (i % 2 === 0) expect(parties).toContain(c.region);
      else expect(['sichuan~zhejiang', 'hunan~jiangxi', 'aba~zhejiang']).toContain(c.pair);
    });
  });
});
