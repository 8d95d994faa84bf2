/**
 * Article texts for full-text search, loaded on demand (the first time the
 * search box gets focus) and kept for the session. Only small atlases are
 * loaded whole; a large one is searched by titles and summaries alone.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { loadArticleText } from '../io/loadAtlas';

/** Above this many articles, full texts are not fetched for search. */
export const FULL_TEXT_MAX_ARTICLES = 40;

const texts = new Map<string, string>();
let pending: Promise<ReadonlyMap<string, string>> | null = null;

/** True when the atlas is small enough for full-text search. */
export function fullTextAvailable(index: AtlasIndex): boolean {
  return index.atlas.articles.length <= FULL_TEXT_MAX_ARTICLES;
}

/**
 * Loads the clean text of every article (once); resolves with what loaded. An
 * article whose text fails to load is left out: search then falls back to its
 * title and summary.
 */
export function loadArticleTexts(index: AtlasIndex): Promise<ReadonlyMap<string, string>> {
  if (!fullTextAvailable(index)) return Promise.resolve(texts);
  pending ??= Promise.all(
    index.atlas.articles.map((a) =>
      loadArticleText(a.id).then(
        (t) => texts.set(a.id, t.clean),
        () => undefined,
      ),
    ),
  ).then(() => new Map(texts));
  return pending;
}
