import { describe, expect, it } from 'vitest';
import { svgStyle } from '../mapmodel/style/read';
import { geoPaint } from './geoPaint';

describe('geoPaint', () => {
  it('draws every geography line at most 1 px wide in views of the whole country', () => {
    // A stroke that thin is drawn as a hairline; one just wider is stroked in full over the
    // whole of China's outline, in every tile of the first frame.
    for (const theme of ['light', 'dark'] as const) {
      for (const zoom of [3, 3.9, 4.5, 4.9, 5.3, 5.5]) {
        const paint = geoPaint(svgStyle('zh', theme), zoom);
        const lines = [
          paint.neighbourLine,
          paint.river,
          paint.regionLine,
          paint.provinceBorder,
          paint.countryOutline,
          paint.boundaryLine,
        ];
        for (const line of lines) expect(line.width, `${theme} z${zoom}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('widens the country outline as the map comes closer', () => {
    const width = (zoom: number) => geoPaint(svgStyle('zh', 'light'), zoom).countryOutline.width;
    expect(width(8)).toBeGreaterThan(width(6));
    expect(width(6)).toBeGreaterThan(width(5.5));
  });
});
