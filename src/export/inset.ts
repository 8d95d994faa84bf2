/**
 * The South China Sea inset's map for exported images, drawn by the same
 * component as on screen (so the standard-map convention holds on slides too):
 * as an image for the canvas; SVG and PDF take its markup.
 */
import type { MapTheme } from '../mapmodel/theme';
import { preloadGeography } from '../svgmap/geographyCache';
import { southChinaSeaMarkup } from '../svgmap/toMarkup';

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The South China Sea inset could not be drawn'));
    image.src = url;
  });
}

/** The inset's map as an image in `theme`'s colours, or null when it cannot be drawn (the boundaries did not load). */
export async function insetImage(theme: MapTheme): Promise<HTMLImageElement | null> {
  let url = '';
  try {
    const markup = southChinaSeaMarkup(await preloadGeography(), theme);
    url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    return await loadImage(url);
  } catch {
    // The inset is a courtesy on slides; the map itself is still drawn.
    return null;
  } finally {
    if (url) URL.revokeObjectURL(url);
  }
}
