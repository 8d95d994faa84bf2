import { describe, expect, it } from 'vitest';
import { arcPath } from './arcPaths';

const project = (lon: number, lat: number): [number, number] => [lon * 10.04, -lat * 10];
const camera = { center: [105, 35] as const, zoom: 3 };
const size = { width: 1280, height: 720 };

describe('arc paths', () => {
  it('projects an arc to a path to a tenth of a pixel', () => {
    const path = arcPath(
      [
        [100, 30],
        [105, 33],
        [110, 30],
      ],
      camera,
      size,
      project,
    );
    expect(path.d).toBe('M1004,-300L1054.2,-330L1104.4,-300');
    expect(path.points).toEqual([
      [1004, -300],
      [1054.2, -330],
      [1104.4, -300],
    ]);
  });

  it('keeps the paths of the last camera, and projects again under another', () => {
    const coordinates = [
      [100, 30],
      [110, 30],
    ];
    const first = arcPath(coordinates, camera, size, project);
    expect(arcPath(coordinates, { ...camera }, { ...size }, project)).toBe(first);
    // Equal coordinates in another array are another arc (kept per pair, by identity).
    expect(
      arcPath(
        [
          [100, 30],
          [110, 30],
        ],
        camera,
        size,
        project,
      ),
    ).not.toBe(first);
    const moved = arcPath(coordinates, { ...camera, zoom: 4 }, size, (lon, lat) => [lon, lat]);
    expect(moved.d).toBe('M100,30L110,30');
    expect(arcPath(coordinates, camera, size, project)).toEqual(first);
  });
});
