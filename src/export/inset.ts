/**
 * The South China Sea inset's map for exported images, drawn by the same
 * component as on screen (so the standard-map convention holds on slides too),
 * handed out by the map (`MapController.insetMarkup`): as an image for the canvas.
 */
import type { MapController } from '../mapmodel/controller';
import type { MapTheme } from '../mapmodel/theme';

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The South China Sea inset could not be drawn'));
    image.src = url;
  });
}

/** The inset's map as an image in `theme`'s colours, or null when it cannot be drawn (no map, or its boundaries did not load). */
export async function insetImage(
  controller: MapController | null,
  theme: MapTheme,
): Promise<HTMLImageElement | null> {
  const markup = await controller?.insetMarkup(theme);
  if (!markup) return null;
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    return await loadImage(url);
  } catch {
    // The inset is a courtesy on slides; the map itself is still drawn.
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}
