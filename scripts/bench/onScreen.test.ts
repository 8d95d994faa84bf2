import { describe, expect, it } from 'vitest';
import { showsMap } from './onScreen';

function frame(pixel: (x: number, y: number) => [number, number, number]) {
  const width = 320;
  const height = 180;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      data.set([...pixel(x, y), 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

describe('showsMap', () => {
  it('does not take a white loading page with a line of grey text for a map', () => {
    const loading = frame((x, y) =>
      y === 90 && x > 130 && x < 190 ? [90, 90, 90] : [255, 255, 255],
    );
    expect(showsMap(loading)).toBe(false);
  });

  it('takes a many-coloured, mostly non-white map area for a map', () => {
    const map = frame((x, y) => [120 + (x % 8) * 16, 160 + (y % 4) * 20, 200 - (x % 5) * 20]);
    expect(showsMap(map)).toBe(true);
  });

  it('does not take a flat sea with no land for a map', () => {
    expect(showsMap(frame(() => [219, 230, 238]))).toBe(false);
  });
});
