/**
 * While the timeline plays, a year step fades: links and markers that enter fade in, those
 * that leave stay drawn (under the rest) while they fade out, and the rest do not flicker.
 */
import { describe, expect, it } from 'vitest';
import type { ArcShape, MarkerShape, Overlay } from '../mapmodel/overlay';
import { fadeBetween } from './usePlayFade';

function arc(key: string): ArcShape {
  const look = { colour: '#000', opacity: 1, width: 2 };
  return { key, count: 1, d: '', points: [], casing: look, ...look, hitWidth: 12 };
}

function marker(id: string): MarkerShape {
  const look = { fill: '#000', stroke: '#fff', strokeWidth: 1, activity: 1 };
  return { id, level: 1, x: 0, y: 0, radius: 5, nameZh: id, nameEn: id, ...look };
}

function overlay(arcs: string[], markers: string[]): Overlay {
  const arrows = arcs.map((key) => ({ key, x: 0, y: 0, bearing: 0, scale: 1, colour: '#000' }));
  return { arcs: arcs.map(arc), arrows, markers: markers.map(marker), labels: [] };
}

describe('fadeBetween', () => {
  it('fades in what enters and keeps what leaves drawn under the rest', () => {
    const before = overlay(['a~b', 'b~c'], ['a', 'b', 'c']);
    const after = overlay(['b~c', 'c~d'], ['b', 'c', 'd']);
    const fade = fadeBetween(before, after);
    expect([...(fade?.entering ?? [])].sort()).toEqual(['c~d', 'd']);
    expect([...(fade?.leaving ?? [])].sort()).toEqual(['a', 'a~b']);
    expect(fade?.overlay.arcs.map((a) => a.key)).toEqual(['a~b', 'b~c', 'c~d']);
    expect(fade?.overlay.arrows.map((a) => a.key)).toEqual(['a~b', 'b~c', 'c~d']);
    expect(fade?.overlay.markers.map((m) => m.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('has nothing to fade when the same links and places stay (a camera move, a hover)', () => {
    expect(fadeBetween(overlay(['a~b'], ['a', 'b']), overlay(['a~b'], ['b', 'a']))).toBeNull();
  });
});
