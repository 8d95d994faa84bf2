/**
 * Articles kept in the user's browser (or carried inside an offline copy) join the
 * compiled atlas here, split and ordered by the pipeline's own rules (`split.ts`): the
 * records are those `npm run data` would build with those annotations added, and each
 * article's detail (summary, quotes) and text are served from memory.
 */
import { z } from './zod';
import {
  AnnotationSourceSchema,
  ArticleTextSchema,
  type ArticleDetail,
  type ArticleText,
  type Atlas,
} from './schema';
import { joinArticles, splitAnnotation } from './split';

/** One article added in the browser: its annotation, its text (raw and normalised) and when it was saved. */
export const LocalArticleSchema = z.object({
  annotation: AnnotationSourceSchema,
  text: ArticleTextSchema,
  /** ISO time of the last save. */
  savedAt: z.string(),
});

export type LocalArticle = z.infer<typeof LocalArticleSchema>;

/** The atlas with local articles joined, and what the views ask the detail API for. */
export interface WithLocalArticles {
  readonly atlas: Atlas;
  readonly details: readonly ArticleDetail[];
  readonly texts: readonly ArticleText[];
}

/**
 * The atlas with the local articles' records added, and their details and texts. Pure.
 * A local article with the id of an article of the atlas replaces it (its events and
 * figures too), so saving an article again never doubles it. `dataDate` follows the
 * newest article.
 */
export function withLocalArticles(
  atlas: Atlas,
  locals: readonly LocalArticle[],
): WithLocalArticles {
  const bundles = locals.map((l) => splitAnnotation(l.annotation));
  return {
    atlas: joinArticles(atlas, bundles),
    details: bundles.map((b) => b.detail),
    texts: locals.map((l) => l.text),
  };
}
