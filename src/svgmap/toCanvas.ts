/**
 * The SVG map's picture on a 2D canvas, for the export when there is no WebGL
 * map: the same path data, paint and overlay as the SVG (Path2D takes SVG path
 * data), at the export's size and pixel ratio, showing what the live SVG map
 * shows. The label font of the page is used, so labels match.
 */
import { LABEL_FONT } from '../mapmodel/style/fonts';
import { involvedBounds } from '../domain/mapFeatures';
import { mapFeaturesFor } from '../mapmodel/features';
import { viewBounds, worldToScreen, type MapViewState } from '../mapmodel/camera';
import { ARROW_PATH } from '../mapmodel/arrows';
import { captureCamera, type CaptureRequest, type CapturedMap } from '../mapmodel/capture';
import { CHINA, needsSouthChinaSeaInset } from '../mapmodel/extent';
import { canvasMeasure, LABEL_BASELINE } from '../mapmodel/labels';
import { buildOverlay } from '../mapmodel/overlay';
import { svgStyle } from '../mapmodel/style/read';
import { selectionTarget } from '../mapmodel/targets';
import { preloadSvgBoundaries } from './geographyCache';
import { REF_ZOOM, type AdminShape } from './geometry';
import { geoPaint, polygonFill, polygonOutline, type Stroke } from './geoPaint';

/** An arrow head's path (made on first use: importing this module needs no canvas). */
let arrow: Path2D | null = null;

function stroke(ctx: CanvasRenderingContext2D, path: Path2D, s: Stroke, k = 1): void {
  ctx.strokeStyle = s.colour;
  ctx.lineWidth = s.width / k;
  ctx.setLineDash(s.dash ? s.dash.split(' ').map((n) => Number(n) / k) : []);
  ctx.stroke(path);
}

/**
 * Draws the map of the current view on a canvas of `width`×`height` CSS pixels
 * at `pixelRatio`: the request's camera, else the live SVG map's view fitted
 * inside the insets (or the involved regions when the SVG map has no view yet). Rejects when the
 * boundaries cannot be loaded or the browser has no 2D canvas.
 */
export async function renderSvgMap(
  request: CaptureRequest,
  live: MapViewState | null,
): Promise<CapturedMap> {
  const { shapes } = await preloadSvgBoundaries();
  const { width, height, pixelRatio: pr, lang, theme } = request;
  const size = { width, height };
  const { index, view, selection } = request;
  const camera = captureCamera(request, live, involvedBounds(index, view) ?? CHINA);
  const { features } = mapFeaturesFor(index, view, selection, camera, size);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * pr);
  canvas.height = Math.round(height * pr);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('renderSvgMap: this browser cannot draw on a canvas');

  const style = svgStyle(lang, theme);
  const paint = geoPaint(style, camera.zoom);
  const selected = selectionTarget(request.selection);
  const shown = new Set(features.regions);
  const t = worldToScreen(camera, size, REF_ZOOM);

  ctx.setTransform(pr, 0, 0, pr, 0, 0);
  if (!request.transparent) {
    ctx.fillStyle = paint.sea;
    ctx.fillRect(0, 0, width, height);
  }
  ctx.setTransform(pr * t.k, 0, 0, pr * t.k, pr * t.x, pr * t.y);
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  const fill = (d: string, colour: string, opacity = 1) => {
    ctx.globalAlpha = opacity;
    ctx.fillStyle = colour;
    ctx.fill(new Path2D(d), 'evenodd');
    ctx.globalAlpha = 1;
  };
  const regions = shapes.regions.filter((r) => shown.has(r.id));
  const state = (s: AdminShape) => ({
    hover: false,
    selected: selected?.kind === 'region' && selected.id === s.id,
  });
  fill(shapes.neighbours, paint.neighbourFill);
  stroke(ctx, new Path2D(shapes.neighbours), paint.neighbourLine, t.k);
  for (const s of [
    ...shapes.provinces,
    ...regions.filter((r) => r.level === 1),
    ...regions.filter((r) => r.level === 2),
  ]) {
    const f = polygonFill(style, camera.zoom, s.level, features.activity.get(s.id), state(s));
    fill(s.d, f.colour, f.opacity);
  }
  fill(shapes.lakes, paint.lake);
  stroke(ctx, new Path2D(shapes.rivers), paint.river, t.k);
  for (const r of regions) stroke(ctx, new Path2D(r.d), paint.regionLine, t.k);
  stroke(ctx, new Path2D(shapes.provinceBorders), paint.provinceBorder, t.k);
  stroke(ctx, new Path2D(shapes.countryOutline), paint.countryOutline, t.k);
  stroke(ctx, new Path2D(shapes.boundaryLines), paint.boundaryLine, t.k);
  for (const s of [...shapes.provinces, ...regions]) {
    const outline = polygonOutline(style, camera.zoom, s.level, state(s));
    if (!outline) continue;
    ctx.globalAlpha = outline.casing.opacity;
    stroke(ctx, new Path2D(s.d), outline.casing, t.k);
    ctx.globalAlpha = 1;
    stroke(ctx, new Path2D(s.d), outline.line, t.k);
  }

  ctx.setTransform(pr, 0, 0, pr, 0, 0);
  await document.fonts.ready;
  const overlay = buildOverlay({
    features,
    camera,
    size,
    style,
    selected,
    hovered: null,
    covered: request.covered,
    measure: canvasMeasure(LABEL_FONT),
  });
  for (const a of overlay.arcs) {
    const path = new Path2D(a.d);
    ctx.globalAlpha = a.casing.opacity;
    stroke(ctx, path, { colour: a.casing.colour, width: a.casing.width });
    ctx.globalAlpha = a.opacity;
    stroke(ctx, path, { colour: a.colour, width: a.width });
  }
  ctx.globalAlpha = 1;
  for (const a of overlay.arrows) {
    ctx.setTransform(pr, 0, 0, pr, pr * a.x, pr * a.y);
    ctx.rotate((a.bearing * Math.PI) / 180);
    ctx.scale(a.scale, a.scale);
    ctx.fillStyle = a.colour;
    ctx.fill((arrow ??= new Path2D(ARROW_PATH)));
  }
  ctx.setTransform(pr, 0, 0, pr, 0, 0);
  for (const m of overlay.markers) {
    if (m.radius <= 0) continue;
    const circle = new Path2D();
    circle.arc(m.x, m.y, m.radius, 0, 2 * Math.PI);
    ctx.fillStyle = m.fill;
    ctx.fill(circle);
    stroke(ctx, circle, { colour: m.stroke, width: m.strokeWidth });
  }
  // On its alphabetic baseline, as the SVG overlay writes it, so the PNG and the SVG agree.
  ctx.textBaseline = 'alphabetic';
  ctx.setLineDash([]);
  for (const l of overlay.labels) {
    const y = l.y + LABEL_BASELINE * l.size;
    ctx.font = `${l.size}px ${LABEL_FONT}`;
    ctx.letterSpacing = `${l.letterSpacing * l.size}px`;
    ctx.textAlign = l.textAnchor === 'start' ? 'left' : l.textAnchor === 'end' ? 'right' : 'center';
    ctx.strokeStyle = l.halo;
    ctx.lineWidth = l.haloWidth * 2;
    ctx.strokeText(l.text, l.x, y);
    ctx.fillStyle = l.colour;
    ctx.fillText(l.text, l.x, y);
  }
  return { canvas, needsInset: needsSouthChinaSeaInset(viewBounds(camera, size)), features };
}
