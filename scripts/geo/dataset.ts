/**
 * The Tianditu dataset as the geo build uses it: names by level for validation,
 * polygons by level and code, and the level-1 boundary lines.
 */
import type { Ring, PolygonRings } from './geometry';
import type { BoundaryLine } from './boundaries';
import { classifyBoundaryLine } from './boundaries';
import type { TiandituFeature } from './sources';
import type { TiandituLevel } from './tianditu';
import { parseMultiLineString, parseMultiPolygon } from './tianditu';
import type { DatasetNames } from './validate';

/** The three level files, read. */
export type TiandituFiles = Record<TiandituLevel, TiandituFeature[]>;

/** The dataset's unit names by level (code → full name); a code listed twice is an error. */
export function datasetNames(files: TiandituFiles): DatasetNames {
  const names = (level: TiandituLevel) => {
    const map = new Map<string, string>();
    for (const f of files[level]) {
      if (f.properties.kind !== 'unit') continue;
      if (map.has(f.properties.code)) {
        throw new Error(`${f.where}, field properties.gb: code ${f.properties.code} appears twice`);
      }
      map.set(f.properties.code, f.properties.name);
    }
    return map;
  };
  return { 1: names(1), 2: names(2), 3: names(3) };
}

/** The polygon parts of the unit with `code` in the `level` file, or undefined. */
export function unitParts(
  files: TiandituFiles,
  level: TiandituLevel,
  code: string,
): PolygonRings[] | undefined {
  const f = files[level].find((x) => x.properties.kind === 'unit' && x.properties.code === code);
  return f && parseMultiPolygon(f.geometry, f.where);
}

/** The level-1 boundary lines, classified against the level-1 polygons' vertices. */
export function boundaryLines(files: TiandituFiles): BoundaryLine[] {
  const vertices = new Set<string>();
  const lines: Ring[][] = [];
  for (const f of files[1]) {
    if (f.properties.kind === 'line') {
      lines.push(parseMultiLineString(f.geometry, f.where));
    } else {
      for (const part of parseMultiPolygon(f.geometry, f.where)) {
        for (const ring of part) for (const [lon, lat] of ring) vertices.add(`${lon},${lat}`);
      }
    }
  }
  return lines.map((l) => ({ kind: classifyBoundaryLine(l, vertices), lines: l }));
}
