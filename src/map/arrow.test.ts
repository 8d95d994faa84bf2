import { describe, expect, it } from 'vitest';
import { arrowImage } from './arrow';

describe('arrowImage', () => {
  const { width, height, data } = arrowImage();
  const alpha = (x: number, y: number) => data[(y * width + x) * 4 + 3] ?? -1;

  it('is an RGBA image of the declared size', () => {
    expect(data.length).toBe(width * height * 4);
  });

  // MapLibre draws an SDF icon where alpha is above 0.75 (191).
  it('is inside the head in its middle, outside in the corners, and points up', () => {
    expect(alpha(20, 24)).toBe(255);
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(width - 1, height - 1)).toBeLessThan(191);
    // Narrow near the tip, wide near the base.
    expect(alpha(14, 12)).toBeLessThan(191);
    expect(alpha(14, 30)).toBeGreaterThan(191);
  });
});
