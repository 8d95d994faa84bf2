/**
 * The map baked into the page (`scripts/prerender/`): `npm run build` draws the default
 * view with the SVG map's components, once per common map size, into `index.html`; CSS
 * container queries show the one that fits the map area, and a script in `<head>` leaves
 * only the geography when the URL or the browser's language asks for another view. The
 * live SVG map starts at the camera of the picture on screen, paints over it, and then
 * removes it. The names here are shared by the build and the page.
 */
import type { Camera } from '../mapmodel/camera';

/** Element ids and classes of the baked first frame. */
export const FIRST_FRAME = {
  /** The element holding the whole baked page (header, map, panel and timeline places). */
  id: 'atlas-first-frame',
  /** On `<html>` while the baked frame is in the page: the app's map area lets it show through. */
  present: 'atlas-ff',
  /** On `<html>`: the URL or the language asks for another view; only the geography shows. */
  bare: 'atlas-ff--bare',
  /** On `<html>`: `theme=dark`. */
  dark: 'atlas-ff--dark',
  /** On `<html>`: `embed=1`, the map fills the frame. */
  embed: 'atlas-ff--embed',
  /** One picture per map size: `data-center="lon,lat"` and `data-zoom` give its camera. */
  variant: 'ff-v',
} as const;

function cameraOf(element: Element): Camera | null {
  const [lon, lat] = (element.getAttribute('data-center') ?? '').split(',').map(Number);
  const zoom = Number(element.getAttribute('data-zoom'));
  if (lon === undefined || lat === undefined) return null;
  return [lon, lat, zoom].every(Number.isFinite) ? { center: [lon, lat], zoom } : null;
}

/**
 * The camera of the baked picture on screen, when it shows the view the app opens on (not
 * only the geography), else null. The live map starts there, so it takes over without a jump.
 */
export function inlineCamera(): Camera | null {
  if (typeof document === 'undefined') return null;
  const root = document.documentElement;
  if (!root.classList.contains(FIRST_FRAME.present) || root.classList.contains(FIRST_FRAME.bare))
    return null;
  const frame = document.getElementById(FIRST_FRAME.id);
  const shown = [...(frame?.getElementsByClassName(FIRST_FRAME.variant) ?? [])].find(
    (v) => getComputedStyle(v).display !== 'none',
  );
  return shown ? cameraOf(shown) : null;
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
}
