/**
 * The map baked into the page (`scripts/prerender/`): `npm run build` draws the default
 * view with the SVG map's components, once per common map size and language, into
 * `index.html`; CSS container queries and `<html lang>` show the one that fits the map area
 * (a script fills in its overlay from a template when it is not the page's own Chinese
 * 1280×720 one), and a script in `<head>` sets the language and leaves only the geography
 * when the URL asks for another view. The
 * live SVG map starts at the camera of the picture on screen. Where it would draw the very
 * same picture (`pictureKey.ts`) it keeps the baked one as its own until the first change
 * (`useAdoption.ts`); otherwise it paints over it and then removes it. The names here are
 * shared by the build and the page.
 */
import type { LonLatBounds } from '../domain/mapFeatures';
import type { Camera } from '../mapmodel/camera';

/** Element ids and classes of the baked first frame. */
export const FIRST_FRAME = {
  /** The element holding the whole baked page (header, map, panel and timeline places). */
  id: 'atlas-first-frame',
  /** On `<html>` while the baked frame is in the page: the app's map area lets it show through. */
  present: 'atlas-ff',
  /** On `<html>`: the URL asks for another view; only the geography shows. */
  bare: 'atlas-ff--bare',
  /** On `<html>`: `theme=dark`. */
  dark: 'atlas-ff--dark',
  /** On `<html>`: `embed=1`, the map fills the frame. */
  embed: 'atlas-ff--embed',
  /**
   * One picture per map size: `data-center="lon,lat"` and `data-zoom` give its camera,
   * `data-fit="west,south,east,north"` the box its camera fits (the involved regions of the
   * atlas it was drawn from), `data-key` the fingerprint of what it draws (`pictureKey`).
   */
  variant: 'ff-v',
  /** The map area of the frame (the container its pictures are picked by). */
  map: 'ff-map',
  /** The picture's box in the map area (its role and name, for the page without JavaScript). */
  picture: 'ff-picture',
} as const;

function cameraOf(element: Element): Camera | null {
  const [lon, lat] = (element.getAttribute('data-center') ?? '').split(',').map(Number);
  const zoom = Number(element.getAttribute('data-zoom'));
  if (lon === undefined || lat === undefined) return null;
  return [lon, lat, zoom].every(Number.isFinite) ? { center: [lon, lat], zoom } : null;
}

/** The baked picture on screen: its camera, the box it fits and the fingerprint of what it draws. */
interface BakedPicture {
  readonly camera: Camera;
  readonly fit: LonLatBounds | null;
  readonly key: string | null;
}

/**
 * The baked picture on screen, when it shows the view the app opens on (not only the
 * geography), else null.
 */
export function bakedPicture(): BakedPicture | null {
  if (typeof document === 'undefined') return null;
  const root = document.documentElement;
  if (!root.classList.contains(FIRST_FRAME.present) || root.classList.contains(FIRST_FRAME.bare))
    return null;
  const frame = document.getElementById(FIRST_FRAME.id);
  const shown = [...(frame?.getElementsByClassName(FIRST_FRAME.variant) ?? [])].find(
    (v) => getComputedStyle(v).display !== 'none',
  );
  const camera = shown ? cameraOf(shown) : null;
  // A picture whose overlay never left its template is not the picture its key describes.
  const key = shown?.firstElementChild ? shown.getAttribute('data-key') : null;
  return shown && camera ? { camera, fit: fitOf(shown), key } : null;
}

/** `west,south,east,north` as a box, or null. */
function fitOf(element: Element): LonLatBounds | null {
  const [w, s, e, n] = (element.getAttribute('data-fit') ?? '').split(',').map(Number);
  if (w === undefined || s === undefined || e === undefined || n === undefined) return null;
  return [w, s, e, n].every(Number.isFinite)
    ? [
        [w, s],
        [e, n],
      ]
    : null;
}

/** How far apart (degrees) two boxes may be and still be the same fit (the page writes 6 decimals). */
const SAME_FIT = 1e-5;

/**
 * The camera of the baked picture on screen, when it fits the same box as the live map's first
 * view (`fit`: the atlas the page loaded is the one the picture was drawn from, with no articles
 * of the browser's own added): the live map starts there, so it takes over without a jump.
 * Else null: the live map fits its own view.
 */
export function inlineCamera(fit: LonLatBounds): Camera | null {
  const baked = bakedPicture();
  const drawn = baked?.fit;
  if (!baked || !drawn) return null;
  const want = fit.flat();
  const same = drawn.flat().every((v, i) => Math.abs(v - (want[i] ?? NaN)) <= SAME_FIT);
  return same ? baked.camera : null;
}

let adopted = false;
let release: (() => void) | null = null;

/** Set by the live map while it keeps the baked picture: what makes it draw itself. */
export function setFirstFrameRelease(next: (() => void) | null): void {
  release = next;
}

/** Makes the live map draw itself now, if it is keeping the baked picture (see `drawKeptMap`). */
export function releaseFirstFrame(): void {
  release?.();
}

/** Whether the live map has kept the baked picture as its own (until `dismissFirstFrame`). */
export function firstFrameAdopted(): boolean {
  return adopted;
}

/**
 * The live map keeps the baked picture as its own first frame: the rest of the frame goes
 * (the app's header, panel and timeline are drawn over it) and the map area is held where it
 * is, at its size, so the same picture stays on screen. The picture itself is not touched:
 * it is not drawn again.
 */
export function adoptFirstFrame(): void {
  if (typeof document === 'undefined') return;
  const frame = document.getElementById(FIRST_FRAME.id);
  const map = frame?.getElementsByClassName(FIRST_FRAME.map)[0];
  if (!frame || !(map instanceof HTMLElement)) return;
  const box = map.getBoundingClientRect();
  Object.assign(map.style, {
    position: 'fixed',
    left: `${box.left}px`,
    top: `${box.top}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
  });
  for (let kept: Element = map; kept !== frame && kept.parentElement; kept = kept.parentElement) {
    for (const other of [...kept.parentElement.children]) if (other !== kept) other.remove();
  }
  for (const other of [...map.children])
    if (!other.classList.contains(FIRST_FRAME.picture)) other.remove();
  for (const picture of map.getElementsByClassName(FIRST_FRAME.picture)) {
    picture.removeAttribute('role');
    picture.removeAttribute('aria-label');
  }
  adopted = true;
}

/**
 * Makes the baked frame a picture only (`inert`: not focusable, not read out) once the app
 * runs; without JavaScript its header, legend and notes are the page.
 */
export function quietFirstFrame(): void {
  if (typeof document === 'undefined') return;
  const frame = document.getElementById(FIRST_FRAME.id);
  if (frame instanceof HTMLElement) frame.inert = true;
}

/** Removes the baked frame: the live map is on screen (or there will be none). */
export function dismissFirstFrame(): void {
  if (typeof document === 'undefined') return;
  document.getElementById(FIRST_FRAME.id)?.remove();
  document.documentElement.classList.remove(FIRST_FRAME.present);
  adopted = false;
}
