/**
 * Legibility of the first fitted view, read from the map itself through
 * `window.atlas.mapSnapshot()`: how many flows are drawn (and summarised), and how
 * many pairs of rendered labels overlap. The same snapshot's GeoJSON is what the
 * equal-content floor page draws (`bench/floor.html`). Pure: the page is read in
 * `legibilityRun.ts`.
 */
import { z } from 'zod';

const FeatureSchema = z.looseObject({
  type: z.literal('Feature'),
  id: z.optional(z.union([z.string(), z.number()])),
  geometry: z.unknown(),
  properties: z.nullable(z.record(z.string(), z.unknown())),
});
const FeatureCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(FeatureSchema),
});

/** What `window.atlas.mapSnapshot()` answers (the contract of issue 17). */
export const MapSnapshotSchema = z.object({
  flows: z.object({ drawn: z.number(), summarised: z.number() }),
  /** Labels actually rendered, boxes in page pixels: [x, y, width, height]. */
  labels: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    }),
  ),
  /** What the map draws now. */
  geojson: z.object({ flows: FeatureCollectionSchema, points: FeatureCollectionSchema }),
});
export type MapSnapshot = z.infer<typeof MapSnapshotSchema>;
type Box = MapSnapshot['labels'][number]['box'];
type FeatureCollection = MapSnapshot['geojson']['points'];

/** Parses a snapshot read from the page, or throws naming the first wrong field. */
export function parseSnapshot(value: unknown): MapSnapshot {
  const parsed = MapSnapshotSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(
    `window.atlas.mapSnapshot() answered an unexpected shape at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
  );
}

/** Whether two boxes share an area (boxes that only touch along an edge do not overlap). */
export function boxesOverlap([ax, ay, aw, ah]: Box, [bx, by, bw, bh]: Box): boolean {
  return (
    ax < bx + bw &&
    bx < ax + aw &&
    ay < by + bh &&
    by < ay + ah &&
    aw > 0 &&
    ah > 0 &&
    bw > 0 &&
    bh > 0
  );
}

/** Pairs of labels whose boxes overlap (sweep over x: cheap for thousands of labels). */
export function labelOverlaps(labels: readonly { readonly box: Box }[]): number {
  const boxes = labels.map((l) => l.box).sort((a, b) => a[0] - b[0]);
  let pairs = 0;
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i];
    if (!a) continue;
    for (let j = i + 1; j < boxes.length; j++) {
      const b = boxes[j];
      if (!b || b[0] >= a[0] + a[2]) break;
      if (boxesOverlap(a, b)) pairs++;
    }
  }
  return pairs;
}

/** The legibility section's figures for one data set. */
export interface LegibilityFigures {
  readonly flowsDrawn: number;
  readonly flowsSummarised: number;
  readonly labels: number;
  readonly labelOverlaps: number;
}

/** The figures of one snapshot. */
export function legibilityOf(snapshot: MapSnapshot): LegibilityFigures {
  return {
    flowsDrawn: snapshot.flows.drawn,
    flowsSummarised: snapshot.flows.summarised,
    labels: snapshot.labels.length,
    labelOverlaps: labelOverlaps(snapshot.labels),
  };
}

/**
 * What the floor page draws: the snapshot's flows and points as they are, each point
 * carrying `benchLabel`, the text of its rendered label (by feature id or `properties.id`),
 * so the floor draws the labels the atlas shows and no others.
 */
export function floorData(snapshot: MapSnapshot): {
  flows: FeatureCollection;
  points: FeatureCollection;
} {
  const text = new Map(snapshot.labels.map((l) => [l.id, l.text]));
  const points = snapshot.geojson.points.features.map((f) => {
    const id = f.id ?? f.properties?.id;
    const label = id === undefined ? undefined : text.get(String(id));
    return label === undefined ? f : { ...f, properties: { ...f.properties, benchLabel: label } };
  });
  return {
    flows: snapshot.geojson.flows,
    points: { type: 'FeatureCollection', features: points },
  };
}
