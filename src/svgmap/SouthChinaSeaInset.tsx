/**
 * The South China Sea inset of China's standard map: the southern coast, Hainan
 * and the islands, and the boundary lines for about 105–125°E, 3–25°N, drawn as
 * a small SVG (no second WebGL context) from the same boundaries data.
 */
import { geoPath, geoTransform } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { memo, useMemo } from 'react';
import type { Geography } from '../mapmodel/geography';
import { SOUTH_CHINA_SEA_SIZE } from '../mapmodel/extent';
import { paletteFor, type MapTheme } from '../mapmodel/theme';

const { width: WIDTH, height: HEIGHT } = SOUTH_CHINA_SEA_SIZE;

export { SOUTH_CHINA_SEA_SIZE };
const BOX = { west: 105, east: 125, south: 3, north: 25 } as const;
const RAD = Math.PI / 180;
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));

// A planar Mercator (not d3's spherical clipping, which depends on ring winding), fitted to the box.
function insetPath() {
  const k = Math.min(
    WIDTH / ((BOX.east - BOX.west) * RAD),
    HEIGHT / (mercY(BOX.north) - mercY(BOX.south)),
  );
  const cx = ((BOX.west + BOX.east) / 2) * RAD;
  const cy = (mercY(BOX.north) + mercY(BOX.south)) / 2;
  const transform = geoTransform({
    point(lon: number, lat: number) {
      this.stream.point(WIDTH / 2 + (lon * RAD - cx) * k, HEIGHT / 2 - (mercY(lat) - cy) * k);
    },
  });
  return geoPath(transform);
}

function boxOf(geometry: Geometry | null): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    const [x, y] = c;
    if (typeof x === 'number' && typeof y === 'number') {
      [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    } else c.forEach(walk);
  };
  if (geometry && geometry.type !== 'GeometryCollection') walk(geometry.coordinates);
  return [w, s, e, n];
}

function inBox(f: Feature): boolean {
  const [w, s, e, n] = boxOf(f.geometry);
  return w <= BOX.east && e >= BOX.west && s <= BOX.north && n >= BOX.south;
}

function paths(collection: FeatureCollection, path: ReturnType<typeof geoPath>): string[] {
  return collection.features.filter(inBox).flatMap((f) => {
    const d = path(f);
    return d ? [d] : [];
  });
}

/**
 * The inset's map alone, an `<svg>` of 120×170 pixels (also drawn into exported
 * images). On screen it is drawn light and the page's CSS recolours it for the
 * dark theme (`embed/dark.css`); a file gets the theme's colours itself.
 */
export const SouthChinaSeaMap = memo(function SouthChinaSeaMap({
  geography,
  theme = 'light',
}: {
  geography: Geography;
  theme?: MapTheme;
}) {
  const C = paletteFor(theme);
  const shapes = useMemo(() => {
    const path = insetPath();
    return {
      neighbours: paths(geography.neighbours, path),
      provinces: paths(geography.provinces, path),
      lines: paths(geography.boundaryLines, path),
    };
  }, [geography]);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-hidden="true"
    >
      <rect width={WIDTH} height={HEIGHT} fill={C.sea} />
      {shapes.neighbours.map((d, i) => (
        <path
          key={`n${i}`}
          d={d}
          fill={C.neighbourFill}
          stroke={C.neighbourLine}
          strokeWidth={0.5}
        />
      ))}
      {shapes.provinces.map((d, i) => (
        <path key={`p${i}`} d={d} fill={C.land} stroke={C.countryLine} strokeWidth={0.5} />
      ))}
      {shapes.lines.map((d, i) => (
        <path
          key={`l${i}`}
          d={d}
          fill="none"
          stroke={C.boundaryLine}
          strokeWidth={0.9}
          strokeDasharray="3 1.6"
        />
      ))}
    </svg>
  );
});

/** The framed inset; `label` names it in the current language. */
export const SouthChinaSeaInset = memo(function SouthChinaSeaInset({
  geography,
  label,
}: {
  geography: Geography;
  label: string;
}) {
  return (
    <figure className="atlas-map__inset" aria-label={label}>
      <SouthChinaSeaMap geography={geography} />
      <figcaption>{label}</figcaption>
    </figure>
  );
});
