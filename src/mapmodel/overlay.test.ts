/**
 * The SVG map's arcs take their look from the WebGL map's layer specs: busier
 * links are wider, the selected link wider still, and links alike share one look.
 * Arrows are placed by priority and never pile up.
 */
import { describe, expect, it } from 'vitest';
import type { MapFeatures } from './mapFeatures';
import { estimateWidth } from './labels';
import { buildOverlay } from './overlay';
import { svgStyle } from './style/read';

function arc(key: string, count: number) {
  return {
    type: 'Feature' as const,
    id: key,
    properties: {
      key,
      count,
      weight: count / 12,
      links: 1,
      directed: 0 as const,
      merged: 0 as const,
    },
    geometry: {
      type: 'LineString' as const,
      coordinates: [
        [104, 30],
        [110, 32],
        [120, 30],
      ],
    },
  };
}

const empty = { type: 'FeatureCollection' as const, features: [] };

/** The overlay of these arcs and arrows, with the link `selected` (if any) selected. */
function build(
  arcs: MapFeatures['arcs']['features'],
  arrows: MapFeatures['arrows']['features'],
  selected: string | null,
) {
  const features: MapFeatures = {
    arcs: { type: 'FeatureCollection', features: arcs },
    arrows: { type: 'FeatureCollection', features: arrows },
    points: empty,
    provinceLabels: empty,
    activity: new Map(),
    bounds: null,
    weaker: { flows: 0, links: 0, passing: 0 },
    regions: [],
  };
  return buildOverlay({
    features,
    camera: { center: [110, 32], zoom: 5 },
    size: { width: 800, height: 600 },
    style: svgStyle('zh', 'light'),
    selected: selected ? { kind: 'link', id: selected } : null,
    hovered: null,
    measure: estimateWidth,
  });
}

function overlay(counts: Record<string, number>, selected: string | null = null) {
  const arcs = Object.entries(counts).map(([key, count]) => arc(key, count));
  return new Map(build(arcs, [], selected).arcs.map((a) => [a.key, a]));
}

describe('SVG map arcs', () => {
  it('are wider for busier links and alike for links with the same count', () => {
    const arcs = overlay({ a: 1, b: 1, c: 12 });
    expect(arcs.get('a')?.width).toBe(arcs.get('b')?.width);
    expect(arcs.get('c')?.width).toBeGreaterThan(arcs.get('a')?.width ?? Infinity);
    expect(arcs.get('a')?.d).toMatch(/^M[\d.-]+,[\d.-]+L/);
  });

  it('draw the selected link wider and stronger than an equal unselected one', () => {
    const arcs = overlay({ a: 3, b: 3 }, 'b');
    const [a, b] = [arcs.get('a'), arcs.get('b')];
    expect(b?.width).toBeGreaterThan(a?.width ?? Infinity);
    expect(b?.colour).not.toBe(a?.colour);
    expect(overlay({ a: 3, b: 3 }).get('b')?.width).toBe(a?.width);
  });
});

describe('SVG map arrows', () => {
  // Twenty directed links whose arcs have their middle at the same spot (0.01° apart).
  const arrows = Array.from({ length: 20 }, (_, i) => ({
    type: 'Feature' as const,
    id: `l${i}`,
    properties: { key: `l${i}`, count: 20 - i, weight: (20 - i) / 20, bearing: 90 },
    geometry: { type: 'Point' as const, coordinates: [110 + i * 0.01, 32] },
  }));
  const drawn = (selected: string | null) => build([], arrows, selected).arrows.map((a) => a.key);

  it('show one arrow where twenty crowd, the busiest link’s', () => {
    expect(drawn(null)).toEqual(['l0']);
  });

  it('show the selected link’s arrow even when it is the weakest', () => {
    expect(drawn('l19')).toEqual(['l19']);
  });
});
