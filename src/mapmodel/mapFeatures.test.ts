import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/filters';
import { selectView } from '../domain/select';
import { geoEvent, geoIndex } from '../testing/geoFixtures';
import { layoutFlows, MAX_DRAWN_FLOWS } from './flowLayout';
import { buildMapFeatures } from './mapFeatures';

const EVENTS = [
  geoEvent(['zhejiang', 'aba'], '2024-05-17', { direction: { from: 'zhejiang', to: 'aba' } }),
  geoEvent(['zhejiang', 'aba'], '2023-03'),
  geoEvent(['hangzhou', 'chengdu'], '2019'),
  geoEvent(['pujiang', 'rongchang'], '2024'),
];
const index = geoIndex(EVENTS);
const view = selectView(index, NO_FILTERS);
const size = { width: 900, height: 560 };
const national = { center: [108, 33] as const, zoom: 2.2 };
const sichuan = { center: [105, 30] as const, zoom: 6.5 };

function features(camera: { center: readonly [number, number]; zoom: number }, selection = null) {
  return buildMapFeatures(index, view, layoutFlows(index, view, selection, camera, size));
}

describe('map features from a flow layout', () => {
  it('draws one arc per flow, keyed by the flow id, with its events, links and weight', () => {
    const map = features(national);
    const arcs = map.arcs.features.map((f) => f.properties);
    expect(arcs).toHaveLength(2);
    const east = arcs.find((a) => a.key === 'sichuan*~zhejiang*');
    expect(east).toMatchObject({ count: 3, links: 2, merged: 1, weight: 1 });
    // Chongqing has one place in play: opening it costs nothing, so Rongchang is drawn itself.
    expect(arcs.find((a) => a.key === 'rongchang~sichuan*')?.weight).toBeCloseTo(1 / 3, 3);
  });

  it('shows merged places with a marker and hides the places inside them', () => {
    const points = new Map(features(national).points.features.map((f) => [f.id, f.properties]));
    expect(points.get('sichuan')).toMatchObject({ deep: 1, marker: 1, activity: 4 });
    expect(points.has('aba')).toBe(false);
    expect(points.has('pujiang')).toBe(false);
  });

  it('breaks flows out zoomed in, with arrows on directed links only', () => {
    const map = features(sichuan);
    const keys = map.arcs.features.map((f) => f.properties.key);
    expect(keys).toContain('pujiang~rongchang');
    // Zhejiang is out of view: its end stays merged.
    expect(keys).toContain('chengdu~zhejiang*');
    const points = new Map(map.points.features.map((f) => [f.id, f.properties]));
    expect(points.get('pujiang')).toMatchObject({ deep: 0, marker: 1, level: 2 });
  });

  it('labels the provinces that are not shown quietly, and only those', () => {
    const map = features(national);
    expect(map.provinceLabels.features.map((f) => f.properties.id)).toEqual(['hunan', 'jiangxi']);
  });

  it('summarises nothing when every flow fits the budget', () => {
    expect(features(national).weaker).toEqual({ flows: 0, links: 0, passing: 0 });
    expect(MAX_DRAWN_FLOWS).toBeLessThanOrEqual(150);
  });

  it('keeps features flat: only numbers and short strings', () => {
    const map = features(sichuan);
    for (const f of [...map.arcs.features, ...map.arrows.features, ...map.points.features]) {
      for (const value of Object.values(f.properties)) {
        expect(['number', 'string']).toContain(typeof value);
      }
    }
  });
});
