/**
 * Assembling the compiled atlas from validated sources, deterministically: arrays
 * in a documented order, object keys in schema order (the zod schemas rebuild each
 * object in their own key order); `compile.ts` writes the files.
 */
import {
  FullAtlasSchema,
  type AnnotationSource,
  type FullAtlas,
  type RegionSource,
  type Sector,
} from '../../src/domain/schema';
import { compareArticles, compareEvents, compareFigures, dataDateOf } from '../../src/domain/split';
import type { NormalizedArticle } from '../../src/domain/text/normalize';
import { compileAtlas } from './compile';
import type { Points } from './parse';
import { ATLAS_PATH, type OutputFile } from './types';

/** A validated article: its annotation, raw text and normalised text. */
export interface ArticleBundle {
  annotation: AnnotationSource;
  raw: string;
  normalized: NormalizedArticle;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the atlas with its detail (format 1, validated). Regions by code, sectors in
 * taxonomy order, articles, events and figures in the compiled files' order
 * (`src/domain/split.ts`); `dataDate` is the newest publication day.
 */
export function assembleAtlas(
  regions: readonly RegionSource[],
  points: Points,
  sectors: readonly Sector[],
  articles: readonly ArticleBundle[],
): FullAtlas {
  const annotations = articles.map((a) => a.annotation);
  const candidate = {
    version: 1,
    dataDate: dataDateOf(annotations),
    regions: [...regions]
      .sort((a, b) => byString(a.code, b.code) || byString(a.id, b.id))
      .map((r) => ({ ...r, point: points[r.id]?.point, hasPolygon: points[r.id]?.hasPolygon })),
    sectors,
    // FullArticleSchema omits events and figures: parsing strips them from the articles.
    articles: [...annotations].sort(compareArticles),
    events: annotations
      .flatMap((a) => a.events.map((e) => ({ ...e, article: a.id })))
      .sort(compareEvents),
    figures: annotations
      .flatMap((a) => a.figures.map((f) => ({ ...f, article: a.id })))
      .sort(compareFigures),
  };
  return FullAtlasSchema.parse(candidate);
}

/**
 * All generated files, sorted by path: the core `atlas.json`, its detail files
 * (`detail/<n>.json`) and one `articles/<id>.json` text per article.
 */
export function assembleOutputs(
  atlas: FullAtlas,
  articles: readonly ArticleBundle[],
): OutputFile[] {
  const texts = articles.map((a) => ({
    id: a.annotation.id,
    original: a.raw,
    clean: a.normalized.clean,
    mojibake: a.normalized.mojibake,
  }));
  return compileAtlas(atlas, texts, {
    corePath: ATLAS_PATH,
    detailDir: 'detail',
    textsDir: 'articles',
    pretty: true,
  });
}
