/**
 * The boundaries file turned into what both maps draw: the GeoJSON (WebGL map, inset,
 * export) and the SVG path data, written from the topology's shared arcs.
 */
import { BOUNDARIES_URL, readBoundaries, type Geography } from '../map/geography';
import { inlineText } from '../io/inline';
import { buildShapes, type GeoShapes } from './geometry';

/** The converted boundaries. */
export interface LoadedBoundaries {
  readonly geography: Geography;
  readonly shapes: GeoShapes;
}

/** Parses, checks and converts the boundaries file's text; throws naming the field on bad input. */
export function convertBoundaries(text: string): LoadedBoundaries {
  const { topology, geography } = readBoundaries(JSON.parse(text) as unknown);
  return { geography, shapes: buildShapes(topology, geography) };
}

/**
 * Fetches (the HTML preloads the file) or, in the single-file build, reads the
 * boundaries inline, and converts them; rejects with a message naming the file.
 */
export async function loadBoundaries(): Promise<LoadedBoundaries> {
  const inlined = inlineText(BOUNDARIES_URL);
  if (inlined !== undefined) return convertBoundaries(inlined);
  const response = await fetch(BOUNDARIES_URL);
  if (!response.ok) throw new Error(`${BOUNDARIES_URL} answered HTTP ${response.status}`);
  return convertBoundaries(await response.text());
}
