/**
 * Assembling the compiled atlas from validated sources, deterministically: arrays
 * in a documented order, object keys in schema order (the zod schemas rebuild each
 * object in their own key order), 2-space JSON with a trailing newline.
 */
import {
  ArticleTextSchema,
  AtlasSchema,
  type AnnotationSource,
  type Atlas,
  type RegionSource,
  type Sector,
} from '../../src/domain/schema';
import {
  compareArticles,
  compareEvents,
  compareFigures,
  dataDateOf,
  recordsOf,
} from '../../src/domain/assemble';
import type { NormalizedArticle } from '../../src/domain/text/normalize';
import type { Points } from './parse';
import { ARTICLES_DIR, ATLAS_PATH, type OutputFile } from './types';

/** A validated article: its annotation, raw text and normalised text. */
export interface ArticleBundle {
  annotation: AnnotationSource;
  raw: string;
  normalized: NormalizedArticle;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The JSON text of a generated file: 2-space indent, trailing newline. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Builds `atlas.json`'s content. Regions by code, sectors in taxonomy order,
 * articles by publication then id, events by date then article then id, figures by
 * article then id; `dataDate` is the newest publication day.
 */
export function assembleAtlas(
  regions: readonly RegionSource[],
  points: Points,
  sectors: readonly Sector[],
  articles: readonly ArticleBundle[],
): Atlas {
  // The records and their order are the browser's too (local articles): src/domain/assemble.ts.
  const records = articles.map((a) => recordsOf(a.annotation));
  const candidate = {
    version: 1,
    dataDate: dataDateOf(records.map((r) => r.article)),
    regions: [...regions]
      .sort((a, b) => byString(a.code, b.code) || byString(a.id, b.id))
      .map((r) => ({ ...r, point: points[r.id]?.point, hasPolygon: points[r.id]?.hasPolygon })),
    sectors,
    articles: records.map((r) => r.article).sort(compareArticles),
    events: records.flatMap((r) => r.events).sort(compareEvents),
    figures: records.flatMap((r) => r.figures).sort(compareFigures),
  };
  return AtlasSchema.parse(candidate);
}

/** All generated files: `atlas.json` and one `articles/<id>.json` per article, sorted by path. */
export function assembleOutputs(atlas: Atlas, articles: readonly ArticleBundle[]): OutputFile[] {
  const texts = articles.map((a) => {
    const text = ArticleTextSchema.parse({
      id: a.annotation.id,
      original: a.raw,
      clean: a.normalized.clean,
      mojibake: a.normalized.mojibake,
    });
    return { path: `${ARTICLES_DIR}/${a.annotation.id}.json`, content: serialize(text) };
  });
  return [{ path: ATLAS_PATH, content: serialize(atlas) }, ...texts].sort((a, b) =>
    byString(a.path, b.path),
  );
}
