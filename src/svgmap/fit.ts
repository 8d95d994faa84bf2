/**
 * The SVG map's camera moves that mirror the WebGL map's (`map/camera.ts`):
 * the first view and the reset button fit the involved regions; a selection
 * off-screen is brought into view.
 */
import type { LonLatBounds } from '../domain/mapFeatures';
import type { StoryCamera } from '../domain/schema';
import { atLeastMinSpan, fitPaddingFor, unionBounds } from '../map/camera';
import {
  constrain,
  fitCamera,
  projectionFor,
  viewBounds,
  type Padding,
  type SvgCamera,
  type ViewSize,
} from './camera';
import { getSvgView, setSvgView } from './viewStore';

const fitPadding = (size: ViewSize) => fitPaddingFor(size.width, size.height);

/** The camera `fitTo` gives: `bounds` grown to the minimum span, padded, at most zoom 7. */
export function fittedCamera(bounds: LonLatBounds, size: ViewSize): SvgCamera {
  return fitCamera(atLeastMinSpan(bounds), size, fitPadding(size), 7, getSvgView().limits);
}

const CHINA: LonLatBounds = [
  [73.5, 18],
  [135.1, 53.6],
];

/**
 * The camera of an exported map of `size`: the view on screen (`onScreen`, the
 * WebGL map's box, else the live SVG map's view) fitted inside `insets` (the
 * areas the overlays cover), or the `involved` regions (else China) when no map
 * has a view yet.
 */
export function captureCamera(
  size: ViewSize,
  insets: Padding,
  involved: LonLatBounds | null,
  onScreen: LonLatBounds | null,
): SvgCamera {
  const live = getSvgView();
  const shown = onScreen ?? (live.camera && live.size ? viewBounds(live.camera, live.size) : null);
  if (shown) return fitCamera(shown, size, insets, 10, live.limits);
  return fittedCamera(involved ?? CHINA, size);
}

/** Fits the SVG map to `bounds` (no animation: the SVG map is the quick, plain one). */
export function fitSvg(bounds: LonLatBounds): void {
  const { size } = getSvgView();
  if (size) setSvgView({ camera: fittedCamera(bounds, size), fitted: bounds });
}

/** Moves the SVG map to show `points` when one is off-screen, never zooming in (as `revealPoints`). */
export function revealSvg(points: readonly (readonly [number, number])[]): void {
  const { camera, size, limits } = getSvgView();
  if (!camera || !size || !points.length) return;
  const project = projectionFor(camera, size);
  const m = Math.min(40, Math.min(size.width, size.height) * 0.1);
  const visible = points.every(([lon, lat]) => {
    const p = project([lon, lat]);
    return !!p && p[0] >= m && p[1] >= m && p[0] <= size.width - m && p[1] <= size.height - m;
  });
  if (visible) return;
  const box = unionBounds(points.map((p) => [p, p]));
  if (!box) return;
  const [first] = points;
  if (points.length === 1 && first) {
    setSvgView({
      camera: constrain({ center: [first[0], first[1]], zoom: camera.zoom }, size, limits),
    });
    return;
  }
  const fitted = fitCamera(box, size, fitPadding(size) * 2, camera.zoom, limits);
  setSvgView({ camera: fitted });
}

/**
 * The presentation's camera move on the SVG map (what `flyToPlace` does on the
 * WebGL map), instant: `camera` (a box or a centre and zoom), else the box of
 * `places`, kept clear of `insets`. Returns false when there is no SVG map or nothing to frame.
 */
export function flySvg(
  places: readonly LonLatBounds[],
  camera: StoryCamera | null,
  insets: Padding,
): boolean {
  const { size, limits, active } = getSvgView();
  if (!size || !active) return false;
  if (camera && 'center' in camera) {
    setSvgView({ camera: constrain({ center: camera.center, zoom: camera.zoom }, size, limits) });
    return true;
  }
  const box = camera?.bounds ?? unionBounds(places);
  if (!box) return false;
  const margin = Math.round(Math.max(12, Math.min(48, Math.min(size.width, size.height) * 0.06)));
  const padding = {
    top: Math.min(insets.top + margin, size.height * 0.4),
    bottom: Math.min(insets.bottom + margin, size.height * 0.45),
    left: Math.min(insets.left + margin, size.width * 0.4),
    right: Math.min(insets.right + margin, size.width * 0.4),
  };
  setSvgView({ camera: fitCamera(atLeastMinSpan(box), size, padding, 7, limits) });
  return true;
}
