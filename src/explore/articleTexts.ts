/**
 * What search reads beyond the atlas's records, loaded on demand (the first time the
 * search box gets focus) and kept for the session: every article's detail (summaries
 * and quotes, through the detail API) and, for small atlases only, the full texts.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { ArticleDetail } from '../domain/schema';
import { loadArticleText, loadManyDetails } from '../io/detail/registry';

/** Above this many articles, full texts are not fetched for search. */
export const FULL_TEXT_MAX_ARTICLES = 40;

const texts = new WeakMap<AtlasIndex, Promise<ReadonlyMap<string, string>>>();
const details = new WeakMap<AtlasIndex, Promise<ReadonlyMap<string, ArticleDetail>>>();

/** True when the atlas is small enough for full-text search. */
export function fullTextAvailable(index: AtlasIndex): boolean {
  return index.atlas.articles.length <= FULL_TEXT_MAX_ARTICLES;
}

/**
 * Loads the clean text of every article (once); resolves with what loaded. An
 * article whose text fails to load, or that has none, is left out: search then
 * falls back to its title and summary.
 */
export function loadArticleTexts(index: AtlasIndex): Promise<ReadonlyMap<string, string>> {
  if (!fullTextAvailable(index)) return Promise.resolve(new Map());
  let pending = texts.get(index);
  if (!pending) {
    pending = Promise.all(
      index.atlas.articles.map((a) =>
        loadArticleText(a.id).then(
          (t): [string, string][] => (t ? [[a.id, t.clean]] : []),
          (): [string, string][] => [],
        ),
      ),
    ).then((found) => new Map(found.flat()));
    texts.set(index, pending);
  }
  return pending;
}

/**
 * Loads every article's detail (once), in slices so the page stays responsive; at
 * 10,000 articles that is every detail file. A failure leaves search with the titles.
 */
export function loadSearchDetails(index: AtlasIndex): Promise<ReadonlyMap<string, ArticleDetail>> {
  let pending = details.get(index);
  if (!pending) {
    pending = loadManyDetails(index.atlas.articles.map((a) => a.id)).catch(() => {
      details.delete(index);
      return new Map<string, ArticleDetail>();
    });
    details.set(index, pending);
  }
  return pending;
}
