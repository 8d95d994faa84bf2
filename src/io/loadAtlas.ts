/**
 * Loads and validates the compiled atlas once. Every failure becomes a
 * message that says what failed (network, JSON, schema) so the app can show it.
 */
import { buildIndex, type AtlasIndex } from '../domain/atlasIndex';
import { ArticleTextSchema, AtlasSchema, type ArticleText } from '../domain/schema';
import { AtlasLoadError, fetchJson } from './fetchJson';

/** Where the compiled atlas lives, relative to the page. */
export const ATLAS_URL = 'data/atlas.json';

/**
 * The atlas file a `?data=` URL parameter names, or null when the value is not
 * a relative path on the page's own origin (an absolute or protocol-relative
 * URL, another origin, an empty value): the caller then loads {@link ATLAS_URL}.
 */
export function dataParamUrl(value: string, pageUrl: string): string | null {
  const path = value.trim();
  if (path === '' || /^[a-z][a-z\d+.-]*:/i.test(path) || /^[\\/]{2}/.test(path)) return null;
  try {
    return new URL(path, pageUrl).origin === new URL(pageUrl).origin ? path : null;
  } catch {
    return null;
  }
}

function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  const first = issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  return issues.length > 3 ? `${first}; and ${issues.length - 3} more` : first;
}

/** Fetches, parses and indexes the atlas; rejects with an {@link AtlasLoadError}. */
export async function loadAtlas(url: string = ATLAS_URL): Promise<AtlasIndex> {
  const json = await fetchJson(url, 'The atlas data');
  const parsed = AtlasSchema.safeParse(json);
  if (!parsed.success) {
    throw new AtlasLoadError(
      `The atlas data (${url}) does not match the schema: ${describeIssues(parsed.error.issues)}`,
    );
  }
  return buildIndex(parsed.data);
}

/** Fetches one article's text on demand (the reader), validated like the atlas. */
export async function loadArticleText(id: string): Promise<ArticleText> {
  const url = `data/articles/${encodeURIComponent(id)}.json`;
  const parsed = ArticleTextSchema.safeParse(await fetchJson(url, 'The article text'));
  if (!parsed.success) {
    throw new AtlasLoadError(
      `The article text (${url}) is invalid: ${describeIssues(parsed.error.issues)}`,
    );
  }
  return parsed.data;
}
