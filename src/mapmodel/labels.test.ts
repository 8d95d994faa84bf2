import { describe, expect, it } from 'vitest';
import { estimateWidth, placeLabels, type LabelCandidate } from './labels';

function label(over: Partial<LabelCandidate>): LabelCandidate {
  return {
    id: 'x',
    layer: 'region',
    text: '荣昌区',
    x: 100,
    y: 100,
    size: 12,
    letterSpacing: 0,
    anchors: [
      { anchor: 'left', dx: 0.7, dy: 0 },
      { anchor: 'right', dx: -0.7, dy: 0 },
    ],
    padding: 2,
    sortKey: 0,
    colour: '#000',
    halo: '#fff',
    haloWidth: 1.6,
    ...over,
  };
}

const size = { width: 400, height: 300 };

describe('label placement', () => {
  it('puts a place label to the right of its marker, offset by 0.7 em', () => {
    const [placed] = placeLabels([label({})], size, estimateWidth);
    expect(placed?.textAnchor).toBe('start');
    expect(placed?.x).toBeCloseTo(100 + 0.7 * 12);
    expect(placed?.y).toBeCloseTo(100);
  });

  it('places the lower sort key first and moves the other to its next anchor', () => {
    const busy = label({ id: 'busy', sortKey: -10, x: 100 });
    const quiet = label({ id: 'quiet', sortKey: 5, x: 110 });
    const placed = placeLabels([quiet, busy], size, estimateWidth);
    expect(placed.map((p) => p.id)).toEqual(['busy', 'quiet']);
    expect(placed[1]?.textAnchor).toBe('end');
  });

  it('leaves out a label that fits nowhere, and labels of points off-screen', () => {
    const a = label({ id: 'a', anchors: [{ anchor: 'center', dx: 0, dy: 0 }] });
    const b = label({ id: 'b', anchors: [{ anchor: 'center', dx: 0, dy: 0 }], sortKey: 1 });
    const off = label({ id: 'off', x: -5 });
    expect(placeLabels([a, b, off], size, estimateWidth).map((p) => p.id)).toEqual(['a']);
  });

  it('places region labels before the quiet province labels', () => {
    const province = label({
      id: 'p',
      layer: 'province',
      sortKey: -1000,
      anchors: [{ anchor: 'center', dx: 0, dy: 0 }],
    });
    const region = label({ id: 'r', sortKey: 50, anchors: [{ anchor: 'center', dx: 0, dy: 0 }] });
    expect(placeLabels([province, region], size, estimateWidth).map((p) => p.id)).toEqual(['r']);
  });
});
