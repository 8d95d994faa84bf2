/**
 * Articles kept in the user's browser (or carried inside an offline copy) join the
 * compiled atlas here, by the pipeline's own assembly rules (`assemble.ts`): the
 * result is the atlas `npm run data` would build with those annotations added.
 */
import { compareArticles, compareEvents, compareFigures, dataDateOf, recordsOf } from './assemble';
import { z } from './zod';
import { AnnotationSourceSchema, ArticleTextSchema, type Atlas } from './schema';

/** One article added in the browser: its annotation, its text (raw and normalised) and when it was saved. */
export const LocalArticleSchema = z.object({
  annotation: AnnotationSourceSchema,
  text: ArticleTextSchema,
  /** ISO time of the last save. */
  savedAt: z.string(),
});

export type LocalArticle = z.infer<typeof LocalArticleSchema>;

/**
 * The atlas with the local articles' records added. Pure. A local article with the
 * id of an article of the atlas replaces it (its events and figures too), so saving
 * an article again never doubles it. `dataDate` follows the newest article.
 */
export function withLocalArticles(atlas: Atlas, locals: readonly LocalArticle[]): Atlas {
  if (locals.length === 0) return atlas;
  const ids = new Set(locals.map((l) => l.annotation.id));
  const kept = <T extends { article: string }>(list: readonly T[]) =>
    list.filter((x) => !ids.has(x.article));
  const records = locals.map((l) => recordsOf(l.annotation));
  const articles = [
    ...atlas.articles.filter((a) => !ids.has(a.id)),
    ...records.map((r) => r.article),
  ].sort(compareArticles);
  return {
    ...atlas,
    dataDate: dataDateOf(articles) || atlas.dataDate,
    articles,
    events: [...kept(atlas.events), ...records.flatMap((r) => r.events)].sort(compareEvents),
    figures: [...kept(atlas.figures), ...records.flatMap((r) => r.figures)].sort(compareFigures),
  };
}
