import { describe, expect, it } from 'vitest';
import { boxesOverlap, floorData, labelOverlaps, legibilityOf, parseSnapshot } from './legibility';

const label = (id: string, box: [number, number, number, number]) => ({ id, text: id, box });

/** A snapshot as the page would answer it: two flows, three points, labels as given. */
function snapshot(labels: ReturnType<typeof label>[]) {
  const point = (id: string, x: number) => ({
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [x, 30] },
    properties: { id, events: 3 },
  });
  return {
    flows: { drawn: 2, summarised: 14 },
    labels,
    geojson: {
      flows: {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            geometry: {
              type: 'LineString',
              coordinates: [
                [100, 30],
                [110, 31],
              ],
            },
            properties: { weight: 12 },
          },
        ],
      },
      points: {
        type: 'FeatureCollection',
        features: [point('a', 100), point('b', 110), point('c', 120)],
      },
    },
  };
}

describe('labelOverlaps', () => {
  it('counts each pair of intersecting boxes once', () => {
    const labels = [
      label('a', [0, 0, 40, 12]),
      label('b', [30, 5, 40, 12]), // overlaps a
      label('c', [60, 8, 40, 12]), // overlaps b, not a
      label('d', [200, 0, 10, 10]),
      label('e', [202, 2, 4, 4]), // inside d
    ];
    expect(labelOverlaps(labels)).toBe(3);
  });

  it('does not count boxes that only touch, or empty boxes', () => {
    expect(boxesOverlap([0, 0, 10, 10], [10, 0, 10, 10])).toBe(false);
    expect(boxesOverlap([0, 0, 10, 10], [0, 10, 10, 10])).toBe(false);
    expect(boxesOverlap([0, 0, 10, 10], [5, 5, 0, 0])).toBe(false);
    expect(labelOverlaps([label('a', [0, 0, 10, 10]), label('b', [10, 0, 10, 10])])).toBe(0);
  });

  it('finds overlaps whatever the order of the labels (the sweep sorts by x)', () => {
    const boxes: [number, number, number, number][] = Array.from({ length: 30 }, (_, i) => [
      (i * 37) % 200,
      (i * 53) % 120,
      30,
      12,
    ]);
    let brute = 0;
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        if (a && b && boxesOverlap(a, b)) brute++;
      }
    expect(brute).toBeGreaterThan(0);
    expect(labelOverlaps(boxes.map((box, i) => label(String(i), box)))).toBe(brute);
    expect(labelOverlaps([...boxes].reverse().map((box, i) => label(String(i), box)))).toBe(brute);
  });
});

describe('legibilityOf and floorData', () => {
  it('reads flows drawn and summarised, labels and overlaps from a snapshot', () => {
    const s = parseSnapshot(snapshot([label('a', [0, 0, 40, 12]), label('b', [30, 5, 40, 12])]));
    expect(legibilityOf(s)).toEqual({
      flowsDrawn: 2,
      flowsSummarised: 14,
      labels: 2,
      labelOverlaps: 1,
    });
  });

  it('gives the floor page the same flows and points, with the text of the labels the atlas rendered', () => {
    const s = parseSnapshot(snapshot([label('a', [0, 0, 40, 12])]));
    const floor = floorData(s);
    expect(floor.flows).toEqual(s.geojson.flows);
    expect(floor.points.features.map((f) => f.properties?.benchLabel ?? null)).toEqual([
      'a',
      null,
      null,
    ]);
  });

  it('names the field when the page answers something else', () => {
    const bad = { ...snapshot([]), flows: { drawn: '2', summarised: 0 } };
    expect(() => parseSnapshot(bad)).toThrow(/at flows\.drawn/);
    expect(() => parseSnapshot(undefined)).toThrow(/unexpected shape at \(root\)/);
  });
});
