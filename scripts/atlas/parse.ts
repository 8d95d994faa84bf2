/**
 * Reading the curated sources: YAML/JSON syntax (with line and column), then the
 * zod schemas of src/domain/schema.ts, then fields the schemas do not know.
 */
import { parseDocument } from 'yaml';
import { z } from '../../src/domain/zod';
import {
  PointSchema,
  RegionIdSchema,
  RegionSourceSchema,
  SectorSchema,
  type AnnotationSource,
  type RegionSource,
  type Sector,
} from '../../src/domain/schema';
import { problemText } from '../../src/i18n/checkText';
import { checkIdentity, checkShape } from '../../src/ingest/check';
import { yamlProblem } from '../../src/ingest/check/yaml';
import { problem, schemaProblems, unknownKeys } from './problems';
import type { SourceFile } from './types';

/** Label points written by `npm run geo`. */
export const PointsSchema = z.record(
  RegionIdSchema,
  z.object({ point: PointSchema, hasPolygon: z.boolean() }),
);
export type Points = z.infer<typeof PointsSchema>;

type Parsed<T> = { value: T | null; root: unknown; problems: string[] };

/**
 * Parses YAML. A syntax error is one line, `file:line:col › YAML syntax: …`, in plain
 * words with the fix (see `src/ingest/check/yaml.ts`): the first error of the file, since
 * the parser's later ones almost always follow from it.
 */
export function parseYaml(file: SourceFile): { root: unknown; problems: string[] } {
  const doc = parseDocument(file.text, { uniqueKeys: true });
  const first = yamlProblem(
    doc.errors.map((e) => ({
      code: e.code,
      message: e.message,
      line: e.linePos?.[0].line,
      col: e.linePos?.[0].col,
    })),
    file.text,
  );
  if (first) {
    const more =
      first.more > 0 ? ` (fix this first: ${first.more} later error(s) follow from it)` : '';
    return {
      root: null,
      problems: [
        `${file.path}:${first.line}:${first.col} › ${problemText('en', first.problem)}${more}`,
      ],
    };
  }
  try {
    return { root: doc.toJS(), problems: [] };
  } catch (error) {
    // Well-formed but not convertible: an alias to no anchor (`*name`), or too many aliases.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { root: null, problems: [`${file.path} › YAML: ${message}`] };
  }
}

function parseList<T>(
  file: SourceFile,
  schema: z.ZodMiniType<T>,
  known: readonly string[],
): Parsed<T[]> {
  const { root, problems } = parseYaml(file);
  if (problems.length > 0) return { value: null, root, problems };
  if (!Array.isArray(root))
    return { value: null, root, problems: [`${file.path}: must be a list`] };
  const extra = root.flatMap((item, i) => unknownKeys(file.path, [i], item, known, root));
  const result = z.array(schema).safeParse(root);
  if (!result.success)
    return {
      value: null,
      root,
      problems: [...schemaProblems(file.path, result.error, root), ...extra],
    };
  return { value: result.data, root, problems: extra };
}

/** `data/regions.yaml`: a list of gazetteer entries. */
export function parseRegions(file: SourceFile): Parsed<RegionSource[]> {
  return parseList(file, RegionSourceSchema, Object.keys(RegionSourceSchema.shape));
}

/** `data/sectors.yaml`: the sector taxonomy, in display order. */
export function parseSectors(file: SourceFile): Parsed<Sector[]> {
  return parseList(file, SectorSchema, Object.keys(SectorSchema.shape));
}

/** `data/geo/points.json`. */
export function parsePoints(file: SourceFile): Parsed<Points> {
  let root: unknown;
  try {
    root = JSON.parse(file.text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      value: null,
      root: null,
      problems: [`${file.path} › JSON syntax: ${message}; run npm run geo`],
    };
  }
  const result = PointsSchema.safeParse(root);
  if (!result.success)
    return { value: null, root, problems: schemaProblems(file.path, result.error, root) };
  return { value: result.data, root, problems: [] };
}

/** The article id a file name stands for: `002_x.yaml` and `002_x.draft.yaml` → `002_x`. */
export function articleIdOf(path: string): string {
  const name = path.split('/').pop() ?? path;
  return name.replace(/(\.draft)?\.ya?ml$/, '');
}

/** One annotation file: its shape and its id, by the checks the authoring view also runs. */
export function parseAnnotation(file: SourceFile): Parsed<AnnotationSource> {
  const { root, problems } = parseYaml(file);
  if (problems.length > 0) return { value: null, root, problems };
  const shape = checkShape(root);
  const found = [
    ...shape.problems,
    ...(shape.annotation ? checkIdentity(shape.annotation, articleIdOf(file.path)) : []),
  ].map((p) => problem(file.path, p.path, problemText('en', p), root));
  return { value: shape.annotation, root, problems: found };
}
