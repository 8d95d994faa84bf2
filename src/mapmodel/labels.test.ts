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

  it('keeps every label inside the view, moving it to the side that fits', () => {
    // Near the right edge the label goes to the left of its marker instead of running off.
    const [placed] = placeLabels([label({ x: 395 })], size, estimateWidth);
    expect(placed?.textAnchor).toBe('end');
    expect(placed?.box[2]).toBeLessThanOrEqual(size.width);
  });

  it("never covers another place's marker, but the selected place's label may", () => {
    const marker = { id: 'other', box: [112, 92, 128, 108] as const };
    const right = [{ anchor: 'left' as const, dx: 0.7, dy: 0 }];
    expect(placeLabels([label({ anchors: right })], size, estimateWidth, [marker])).toEqual([]);
    const own = { ...marker, id: 'x' };
    expect(placeLabels([label({ anchors: right })], size, estimateWidth, [own])).toHaveLength(1);
    const selected = label({ anchors: right, selected: true });
    expect(placeLabels([selected], size, estimateWidth, [marker])).toHaveLength(1);
  });

  it('keeps every label clear of what covers the view (an export card), even the selected one', () => {
    const card = [0, 80, 130, 140] as const;
    const right = [{ anchor: 'left' as const, dx: 0.7, dy: 0 }];
    const under = label({ anchors: right, selected: true });
    expect(placeLabels([under], size, estimateWidth, [], [card])).toEqual([]);
    // The same label moves to an anchor clear of the card when it has one.
    const above = label({ anchors: [...right, { anchor: 'bottom', dx: 0, dy: -1.2 }] });
    const [placed] = placeLabels([above], size, estimateWidth, [], [[0, 90, 130, 140]]);
    expect(placed?.textAnchor).toBe('middle');
    expect(placed?.box[3]).toBeLessThanOrEqual(90);
  });

  it('never overlaps two labels, however crowded, and keeps the busiest', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const crowd = Array.from({ length: 300 }, (_, i) =>
      label({
        id: `p${i}`,
        text: i % 2 ? 'Chongqing' : '重庆市江北区',
        x: random() * size.width,
        y: random() * size.height,
        sortKey: -Math.floor(random() * 50),
        anchors: [
          { anchor: 'left', dx: 0.7, dy: 0 },
          { anchor: 'right', dx: -0.7, dy: 0 },
          { anchor: 'top', dx: 0, dy: 0.7 },
          { anchor: 'bottom', dx: 0, dy: -0.7 },
        ],
      }),
    );
    const placed = placeLabels(crowd, size, estimateWidth);
    expect(placed.length).toBeGreaterThan(10);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) {
        const apart =
          a.box[2] <= b.box[0] ||
          b.box[2] <= a.box[0] ||
          a.box[3] <= b.box[1] ||
          b.box[3] <= a.box[1];
        expect(apart).toBe(true);
      }
    }
    // The busiest candidate (lowest sort key) is always placed: it goes first.
    const busiest = [...crowd].sort((x, y) => x.sortKey - y.sortKey || (x.id < y.id ? -1 : 1))[0];
    expect(placed[0]?.id).toBe(busiest?.id);
  });
});
