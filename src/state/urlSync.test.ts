/**
 * Applying a URL or `window.atlas.setState` keeps the filters and selection it does not
 * change as the same objects, so the views derived from them are not derived again.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { sameSelection } from '../domain/selection';
import { makeEvent, makeIndex } from '../testing/fixtures';
import { useAtlasStore } from './store';
import { applyUrl } from './urlSync';

const index = makeIndex({
  events: [makeEvent({ date: '2014-04' }), makeEvent({ id: 'e2', date: '2024-05-17' })],
});

describe('applyUrl', () => {
  beforeEach(() => applyUrl(index, '?region=aba&years=2014-2020', () => undefined));

  it('keeps the selection object when only the years change, and the filters when only the selection does', () => {
    const before = useAtlasStore.getState();
    applyUrl(index, '?region=aba&years=2015-2020', () => undefined);
    const years = useAtlasStore.getState();
    expect(years.selection).toBe(before.selection);
    expect(years.filters).not.toBe(before.filters);
    expect(years.filters.years).toEqual([2015, 2020]);
    applyUrl(index, '?region=rongchang&years=2015-2020', () => undefined);
    const region = useAtlasStore.getState();
    expect(region.filters).toBe(years.filters);
    expect(region.selection).toEqual({ kind: 'region', id: 'rongchang' });
  });
});

describe('sameSelection', () => {
  it('reads a pair and a flow in either order as the same', () => {
    expect(
      sameSelection(
        { kind: 'pair', a: 'aba', b: 'zhejiang' },
        { kind: 'pair', a: 'zhejiang', b: 'aba' },
      ),
    ).toBe(true);
    const sichuan = { id: 'sichuan', deep: true };
    const zhejiang = { id: 'zhejiang', deep: false };
    expect(
      sameSelection(
        { kind: 'flow', a: sichuan, b: zhejiang },
        { kind: 'flow', a: { ...zhejiang }, b: { ...sichuan } },
      ),
    ).toBe(true);
    expect(
      sameSelection(
        { kind: 'flow', a: sichuan, b: zhejiang },
        { kind: 'flow', a: { ...sichuan, deep: false }, b: zhejiang },
      ),
    ).toBe(false);
    expect(sameSelection({ kind: 'region', id: 'aba' }, { kind: 'pair', a: 'aba', b: 'aba' })).toBe(
      false,
    );
  });
});
