import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/filters';
import { selectView } from '../domain/select';
import { GEO_REGIONS, geoEvent, geoIndex } from '../testing/geoFixtures';
import { layoutFlows } from './flowLayout';

const size = { width: 900, height: 560 };
const national = { center: [108, 33] as const, zoom: 2.2 };

describe('flow layout', () => {
  it('draws at most the budget, strongest on top, and summarises the rest without losing a link', () => {
    // Every pair of places cooperates, each pair with its own event count.
    const places = GEO_REGIONS.filter((r) => r.level !== 'province');
    const events = places.flatMap((a, i) =>
      places
        .slice(i + 1)
        .flatMap((b, j) => Array.from({ length: 1 + ((i + j) % 4) }, () => geoEvent([a.id, b.id]))),
    );
    const index = geoIndex(events);
    const view = selectView(index, NO_FILTERS);
    // Five provinces make ten flows even merged: a budget of four leaves six to summarise.
    const budget = 4;
    for (const camera of [national, { center: [105, 30] as const, zoom: 6.5 }]) {
      const layout = layoutFlows(index, view, null, camera, size, budget);
      expect(layout.drawn.length).toBeLessThanOrEqual(budget);
      expect(layout.weaker.length).toBeGreaterThan(0);
      const counts = layout.drawn.map((f) => f.events);
      expect(counts).toEqual([...counts].sort((x, y) => x - y));
      const weakest = layout.drawn[0]?.events ?? 0;
      for (const f of layout.weaker) expect(f.events).toBeLessThanOrEqual(weakest);
      const held = [
        ...layout.drawn.flatMap((f) => f.links),
        ...layout.weaker.flatMap((f) => f.links),
        ...layout.passing.flatMap((f) => f.links),
        ...layout.outside.flatMap((f) => f.links),
        ...[...layout.inner.values()].flat(),
      ];
      expect(held).toHaveLength(view.links.length);
      expect(new Set(held.map((l) => l.id)).size).toBe(view.links.length);
    }
  });

  it('shows a selected region’s own links at full detail, whatever the zoom', () => {
    const index = geoIndex([
      geoEvent(['hangzhou', 'chengdu']),
      geoEvent(['huzhou', 'aba']),
      geoEvent(['huzhou', 'deyang']),
    ]);
    const view = selectView(index, NO_FILTERS);
    const merged = layoutFlows(index, view, null, national, size);
    expect(merged.drawn.map((f) => f.id)).toEqual(['sichuan*~zhejiang*']);
    const selected = layoutFlows(index, view, { kind: 'region', id: 'aba' }, national, size);
    expect(selected.drawn.map((f) => f.id).sort()).toEqual(['aba~huzhou', 'sichuan*~zhejiang*']);
    const flow = {
      kind: 'flow' as const,
      a: { id: 'sichuan', deep: true },
      b: { id: 'zhejiang', deep: true },
    };
    const broken = layoutFlows(index, view, flow, national, size);
    expect(broken.drawn.map((f) => f.id).sort()).toEqual([
      'aba~huzhou',
      'chengdu~hangzhou',
      'deyang~huzhou',
    ]);
  });

  it('gives the budget to the flows on screen: a stronger flow elsewhere neither takes a place nor counts as weaker', () => {
    const busyElsewhere = Array.from({ length: 5 }, () => geoEvent(['shangli', 'liuyang']));
    const index = geoIndex([
      ...busyElsewhere,
      geoEvent(['chengdu', 'deyang']),
      geoEvent(['zigong', 'pujiang']),
      geoEvent(['chengdu', 'zigong']),
    ]);
    const view = selectView(index, NO_FILTERS);
    const sichuan = { center: [104.3, 30.3] as const, zoom: 7 };
    const layout = layoutFlows(index, view, null, sichuan, size, 2);
    expect(layout.drawn.map((f) => f.id).sort()).toEqual(['chengdu*~deyang', 'chengdu*~zigong']);
    expect(layout.weaker).toEqual([]);
    expect(layout.outside.map((f) => f.id)).toEqual(['hunan*~jiangxi*']);
    // With room to spare, the flow off screen is drawn too, ready for a pan.
    const roomy = layoutFlows(index, view, null, sichuan, size, 150);
    expect(roomy.drawn.map((f) => f.id)).toContain('hunan*~jiangxi*');
    expect(roomy.outside).toEqual([]);
  });

  it('gives the budget to the flows with an end in view before those passing over it', () => {
    // Zoomed on Jiangxi and Hunan: their own links come first, busier Sichuan–Zhejiang lines
    // across the view only as room allows.
    const index = geoIndex([
      ...Array.from({ length: 5 }, () => geoEvent(['chengdu', 'hangzhou'])),
      ...Array.from({ length: 5 }, () => geoEvent(['jiangbei', 'huzhou'])),
      geoEvent(['shangli', 'liuyang']),
      geoEvent(['pingxiang', 'changsha']),
      geoEvent(['shangli', 'changsha']),
    ]);
    const view = selectView(index, NO_FILTERS);
    const camera = { center: [113, 28.4] as const, zoom: 7 };
    const tight = layoutFlows(index, view, null, camera, size, 3);
    expect(tight.drawn.map((f) => f.id).sort()).toEqual([
      'changsha~pingxiang',
      'changsha~shangli',
      'liuyang~shangli',
    ]);
    // Not "weaker" (they may be busier), but undrawn on screen all the same: summarised.
    expect(tight.weaker).toEqual([]);
    expect(tight.passing.map((f) => f.id).sort()).toEqual([
      'chongqing*~zhejiang*',
      'sichuan*~zhejiang*',
    ]);
    expect(tight.outside).toEqual([]);
    const roomy = layoutFlows(index, view, null, camera, size, 150);
    expect(roomy.drawn).toHaveLength(5);
    expect(roomy.passing).toEqual([]);
  });

  it('keeps the places opened at a camera while the filters change, within the budget and losing no link', () => {
    // Zhejiang's cities with Sichuan's, busy in 2021; one quiet pair of cities in 2019.
    const index = geoIndex([
      ...['chengdu', 'aba', 'deyang', 'zigong'].flatMap((w) =>
        ['hangzhou', 'huzhou'].map((e) => geoEvent([w, e], '2021-05')),
      ),
      geoEvent(['chengdu', 'hangzhou'], '2019-03'),
    ]);
    const all = layoutFlows(index, selectView(index, NO_FILTERS), null, national, size, 2);
    const quiet = selectView(index, { years: [2019, 2019], sectors: [] });
    const filtered = layoutFlows(index, quiet, null, national, size, 2);
    expect([...filtered.cut].sort()).toEqual([...all.cut].sort());
    // Alone, the 2019 pair could be drawn city to city; under the camera's places it is
    // the same merged flow as in the whole atlas, holding its one link.
    expect(filtered.drawn.map((f) => f.id)).toEqual(['sichuan*~zhejiang*']);
    expect(filtered.drawn.flatMap((f) => f.links.map((l) => l.id))).toEqual(
      quiet.links.map((l) => l.id),
    );
  });
});
