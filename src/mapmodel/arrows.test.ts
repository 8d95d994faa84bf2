/**
 * Arrowheads are placed like labels: by priority, none touching another, so a busy
 * place's links do not pile their arrows into one blot; the selected link keeps its own.
 */
import { describe, expect, it } from 'vitest';
import { ARROW_RADIUS, spaceArrows } from './arrows';
import type { MapFeatures } from './mapFeatures';
import { estimateWidth } from './labels';
import { buildOverlay } from './overlay';
import { svgStyle } from './style/read';

const at = (x: number, y: number, scale = 1, id = `${x},${y}`) => ({ id, x, y, scale });

describe('spaceArrows', () => {
  it('keeps arrows apart, the earlier (higher priority) one winning', () => {
    const kept = spaceArrows([at(100, 100, 1, 'first'), at(105, 102, 1, 'second'), at(300, 100)]);
    expect(kept.map((a) => a.id)).toEqual(['first', '300,100']);
  });

  it('leaves no two kept arrows touching, however many crowd one spot', () => {
    const crowd = Array.from({ length: 400 }, (_, i) =>
      at(200 + ((i * 37) % 60), 150 + ((i * 53) % 40), 0.7 + (i % 7) / 10),
    );
    const kept = spaceArrows(crowd);
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(40);
    for (const a of kept)
      for (const b of kept)
        if (a !== b)
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(
            ARROW_RADIUS * (a.scale + b.scale),
          );
  });

  it('keeps every arrow that has room', () => {
    const spread = Array.from({ length: 50 }, (_, i) => at((i % 10) * 40, Math.floor(i / 10) * 40));
    expect(spaceArrows(spread)).toHaveLength(50);
  });
});

describe('the overlay’s arrows', () => {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  // Twenty directed links whose arcs have their middle at the same spot.
  const arrows = Array.from({ length: 20 }, (_, i) => ({
    type: 'Feature' as const,
    id: `l${i}`,
    properties: { key: `l${i}`, count: 20 - i, weight: (20 - i) / 20, bearing: 90 },
    geometry: { type: 'Point' as const, coordinates: [110 + i * 0.01, 32] },
  }));
  const features: MapFeatures = {
    arcs: empty,
    arrows: { type: 'FeatureCollection', features: arrows },
    points: empty,
    provinceLabels: empty,
    activity: new Map(),
    bounds: null,
    weaker: { flows: 0, links: 0 },
    regions: [],
  };
  const overlay = (selected: string | null) =>
    buildOverlay({
      features,
      camera: { center: [110, 32], zoom: 5 },
      size: { width: 800, height: 600 },
      style: svgStyle('zh', 'light'),
      selected: selected ? { kind: 'link', id: selected } : null,
      hovered: null,
      measure: estimateWidth,
    }).arrows.map((a) => a.key);

  it('draws one arrow where twenty crowd, the busiest link’s', () => {
    expect(overlay(null)).toEqual(['l0']);
  });

  it('draws the selected link’s arrow even when it is the weakest', () => {
    expect(overlay('l19')).toEqual(['l19']);
  });
});
