/**
 * The pure core of `npm run data`: sources in, generated files or problems out.
 * Every problem is collected before the build gives up, so one run lists them all.
 */
import { normalizeArticle } from '../../src/domain/text/normalize';
import { assembleAtlas, assembleOutputs, type ArticleBundle } from './assemble';
import { articleIdOf, parseAnnotation, parsePoints, parseRegions, parseSectors } from './parse';
import { validateArticle, validateCatalogue, type ArticleInput } from './validate';
import { POINTS_PATH, type BuildResult, type Sources } from './types';

/** Validates the sources and, when they are sound, assembles the outputs. */
export function buildAtlas(sources: Sources): BuildResult {
  const regions = parseRegions(sources.regions);
  const sectors = parseSectors(sources.sectors);
  const points = sources.points === null ? null : parsePoints(sources.points);
  const problems = [...regions.problems, ...sectors.problems, ...(points?.problems ?? [])];

  if (
    regions.value !== null &&
    sectors.value !== null &&
    (points === null || points.value !== null)
  ) {
    problems.push(
      ...validateCatalogue({
        regionsFile: sources.regions.path,
        regionsRoot: regions.root,
        regions: regions.value,
        sectorsFile: sources.sectors.path,
        sectorsRoot: sectors.root,
        sectors: sectors.value,
        pointsFile: sources.points?.path ?? POINTS_PATH,
        points: points?.value ?? null,
      }),
    );
  }
  const sectorIds = sectors.value === null ? null : new Set(sectors.value.map((s) => s.id));

  const bundles: ArticleBundle[] = [];
  const seen = new Map<string, string>();
  for (const file of [...sources.annotations].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const parsed = parseAnnotation(file);
    problems.push(...parsed.problems);
    const id = articleIdOf(file.path);
    const other = seen.get(id);
    if (other !== undefined)
      problems.push(`${file.path}: article ${id} is also defined by ${other}`);
    seen.set(id, file.path);
    if (parsed.value === null) continue;
    const raw = sources.raw.get(id);
    const normalized = raw === undefined ? null : normalizeArticle(raw.text);
    const input: ArticleInput = {
      file: file.path,
      root: parsed.root,
      annotation: parsed.value,
      clean: normalized?.clean ?? null,
      rawPath: `data/raw/${id}.txt`,
    };
    problems.push(...validateArticle(input, regions.value, sectorIds));
    if (raw !== undefined && normalized !== null)
      bundles.push({ annotation: parsed.value, raw: raw.text, normalized });
  }

  const labelPoints = points?.value ?? null;
  if (
    problems.length > 0 ||
    regions.value === null ||
    sectors.value === null ||
    labelPoints === null
  ) {
    return { ok: false, problems };
  }
  const atlas = assembleAtlas(regions.value, labelPoints, sectors.value, bundles);
  return {
    ok: true,
    outputs: assembleOutputs(atlas, bundles),
    summary: {
      articles: atlas.articles.length,
      events: atlas.events.length,
      figures: atlas.figures.length,
      regions: atlas.regions.length,
    },
  };
}
