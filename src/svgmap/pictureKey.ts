/**
 * A fingerprint of what the SVG map draws: everything `SvgGeography` and `SvgOverlay` are
 * drawn from (the map's size and camera, theme, language and label font, the regions shaded
 * and how, the laid-out overlay, hover and selection). The build writes it on each baked
 * picture (`scripts/prerender/`); the live map computes it for its own first view, and only
 * when the two are equal does it keep the baked picture instead of drawing the same one again
 * (`useAdoption.ts`). Numbers are rounded to a hundredth of a pixel, below anything drawn.
 * A label's box is left out: it is the measured width the placement tested (the build reads
 * the font file, the page its canvas; they differ in the hundredths), not something drawn;
 * what the placement decided, the labels kept and where, is in the key.
 */
import type { RegionActivity } from '../domain/mapFeatures';
import type { Camera, ViewSize } from '../mapmodel/camera';
import type { Overlay } from '../mapmodel/overlay';
import type { MapTarget } from '../mapmodel/targets';

/** What a picture is drawn from. */
export interface PictureInput {
  readonly size: ViewSize;
  readonly camera: Camera;
  readonly theme: string;
  readonly lang: string;
  readonly font: string;
  /** The regions shaded (`MapFeatures.regions`) and their activity. */
  readonly regions: readonly string[];
  readonly activity: ReadonlyMap<string, RegionActivity>;
  readonly overlay: Overlay;
  readonly hovered: MapTarget;
  readonly selected: MapTarget;
}

const drawnValue = (key: string, value: unknown) =>
  key === 'box' ? undefined : typeof value === 'number' ? Math.round(value * 100) / 100 : value;

/** cyrb53: a 53-bit string hash (two 32-bit lanes), as 11 base-36 digits at most. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The fingerprint of the picture `input` draws. */
export function pictureKey(input: PictureInput): string {
  const { size, camera, theme, lang, font, regions, activity, overlay, hovered, selected } = input;
  const text = JSON.stringify(
    [
      [size.width, size.height],
      camera,
      theme,
      lang,
      font,
      regions,
      [...activity],
      overlay,
      hovered,
      selected,
    ],
    drawnValue,
  );
  return `${text.length.toString(36)}-${hash53(text)}`;
}
