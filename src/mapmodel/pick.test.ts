/**
 * One picking rule for both maps: a pointer finds a place's marker first (the nearest),
 * then a place's label, then the topmost flow within its hit width, and nothing on bare map.
 */
import { describe, expect, it } from 'vitest';
import type { ArcShape, MarkerShape, Overlay } from './overlay';
import type { PlacedLabel } from './labels';
import { pickOverlay, PICK_TOLERANCE } from './pick';

function arc(key: string, count: number, points: [number, number][]): ArcShape {
  const look = { colour: '#000', opacity: 1, width: 2 };
  return { key, count, d: '', points, casing: look, ...look, hitWidth: 12 };
}

function marker(id: string, x: number, y: number, radius = 5): MarkerShape {
  const look = { fill: '#000', stroke: '#fff', strokeWidth: 1, activity: 1 };
  return { id, level: 1, x, y, radius, nameZh: id, nameEn: id, ...look };
}

function label(id: string, box: [number, number, number, number]): PlacedLabel {
  return { id, box, layer: 'region' } as unknown as PlacedLabel;
}

// Two flows crossing at (100, 100), the busier drawn last (on top), as `buildOverlay` sorts them.
const overlay: Overlay = {
  arcs: [
    arc('quiet', 2, [
      [0, 0],
      [200, 200],
    ]),
    arc('busy', 9, [
      [0, 200],
      [200, 0],
    ]),
  ],
  arrows: [],
  markers: [marker('chengdu', 300, 300), marker('deyang', 310, 300), marker('sichuan', 0, 0, 0)],
  labels: [label('chengdu', [320, 280, 360, 296])],
};

describe('pickOverlay', () => {
  it('finds the nearest marker within its radius and the tolerance', () => {
    expect(pickOverlay(overlay, 303, 300)).toEqual({ kind: 'region', id: 'chengdu' });
    expect(pickOverlay(overlay, 308, 301)).toEqual({ kind: 'region', id: 'deyang' });
    expect(pickOverlay(overlay, 300, 300 + 5 + PICK_TOLERANCE)).toEqual({
      kind: 'region',
      id: 'chengdu',
    });
    expect(pickOverlay(overlay, 300, 300 + 5 + PICK_TOLERANCE + 1)).toBeNull();
  });

  it('finds a place by its label', () => {
    expect(pickOverlay(overlay, 340, 288)).toEqual({ kind: 'region', id: 'chengdu' });
  });

  it('never picks a place without a marker by its point (a province is found by its label or polygon)', () => {
    expect(pickOverlay(overlay, 1, 1)).toEqual({ kind: 'link', id: 'quiet' });
  });

  it('finds the topmost flow where flows cross, and a flow within its hit width', () => {
    expect(pickOverlay(overlay, 100, 100)).toEqual({ kind: 'link', id: 'busy' });
    expect(pickOverlay(overlay, 50, 50)).toEqual({ kind: 'link', id: 'quiet' });
    // 6 px (half the hit width) and the tolerance from the line, not farther.
    const off = (6 + PICK_TOLERANCE) / Math.SQRT2;
    expect(pickOverlay(overlay, 50 + off - 0.1, 50 - off + 0.1)).toEqual({
      kind: 'link',
      id: 'quiet',
    });
    expect(pickOverlay(overlay, 50 + off + 0.5, 50 - off - 0.5)).toBeNull();
  });
});
