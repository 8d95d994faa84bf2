import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/filters';
import { selectView } from '../domain/select';
import { geoEvent, geoIndex } from '../testing/geoFixtures';
import { mapFeaturesFor } from './features';

const index = geoIndex([
  geoEvent(['zhejiang', 'aba'], '2024-05-17'),
  geoEvent(['hangzhou', 'chengdu'], '2019'),
  geoEvent(['shangli', 'liuyang'], '2020'),
]);
const view = selectView(index, NO_FILTERS);
const size = { width: 900, height: 560 };
const national = { center: [108, 33] as const, zoom: 2.2 };

describe('features shared between maps, cameras and selections', () => {
  it('gives every map at one camera the same features', () => {
    const first = mapFeaturesFor(index, view, null, national, size);
    expect(mapFeaturesFor(index, view, null, national, size).features).toBe(first.features);
  });

  it('keeps the features when a selection draws the same flows, and not when it pulls links apart', () => {
    const none = mapFeaturesFor(index, view, null, national, size).features;
    const arcs = (f: typeof none) => f.arcs.features.map((a) => a.properties.key).sort();
    expect(arcs(none)).toEqual(['liuyang~shangli', 'sichuan*~zhejiang*']);
    // Shangli's one link is drawn apart already: selecting it changes no flow.
    const shangli = { kind: 'region', id: 'shangli' } as const;
    expect(mapFeaturesFor(index, view, shangli, national, size).features).toBe(none);
    // Aba's link to Zhejiang is merged at this zoom: selecting Aba draws it apart.
    const aba = { kind: 'region', id: 'aba' } as const;
    const abaFeatures = mapFeaturesFor(index, view, aba, national, size).features;
    expect(abaFeatures).not.toBe(none);
    // Drawn apart on top of the same cut: Hangzhou–Chengdu stays in the merged flow.
    expect(arcs(abaFeatures)).toEqual(['aba~zhejiang', 'liuyang~shangli', 'sichuan*~zhejiang*']);
    // Asked again, the same features come back.
    expect(mapFeaturesFor(index, view, aba, national, size).features).toBe(abaFeatures);
    expect(mapFeaturesFor(index, view, null, national, size).features).toBe(none);
  });
});
