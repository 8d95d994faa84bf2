/**
 * The one detail API: every view that shows a summary, a quote or an article's text
 * asks here, whatever the atlas came from. The loaded atlas installs its sources
 * (`installDetailSources`); articles kept in this browser add theirs
 * (`addDetailSource`), which take precedence. Loaded details are kept for the session
 * and views re-render when more arrive (`subscribeDetails`, `detailsVersion`).
 */
import type { ArticleDetail, ArticleText } from '../../domain/schema';
import type { DetailSource } from './sources';

let sources: readonly DetailSource[] = [];
const cache = new Map<string, ArticleDetail>();
/** Articles no source holds: asked once, known to have no detail. */
const missing = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version++;
  for (const listener of listeners) listener();
}

/** Replaces the sources (a new atlas was loaded) and forgets what the old ones gave. */
export function installDetailSources(list: readonly DetailSource[]): void {
  sources = [...list];
  cache.clear();
  missing.clear();
  changed();
}

/** Adds a source that takes precedence over the installed ones (articles kept in the browser). */
export function addDetailSource(source: DetailSource): void {
  sources = [source, ...sources];
  for (const id of [...cache.keys(), ...missing]) {
    if (source.has(id)) {
      cache.delete(id);
      missing.delete(id);
    }
  }
  changed();
}

/** The detail of an article if it is loaded already. */
export function peekDetail(id: string): ArticleDetail | undefined {
  return cache.get(id);
}

/** True when no source holds the article (known only once it was asked for). */
export function hasNoDetail(id: string): boolean {
  return missing.has(id);
}

/** Calls `listener` whenever details arrive or the sources change; returns the unsubscribe. */
export function subscribeDetails(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number that changes whenever {@link subscribeDetails} listeners are called. */
export function detailsVersion(): number {
  return version;
}

/**
 * The details of the articles `ids` (loaded once, then from memory). Articles no
 * source holds are left out; a source that fails rejects with its `AtlasLoadError`.
 */
export async function loadArticleDetails(
  ids: readonly string[],
): Promise<ReadonlyMap<string, ArticleDetail>> {
  const wanted = [...new Set(ids)].filter((id) => !cache.has(id) && !missing.has(id));
  if (wanted.length > 0) {
    const bySource = new Map<DetailSource, string[]>();
    for (const id of wanted) {
      const source = sources.find((s) => s.has(id));
      const list = source ? bySource.get(source) : undefined;
      if (!source) missing.add(id);
      else if (list) list.push(id);
      else bySource.set(source, [id]);
    }
    const found = await Promise.all([...bySource].map(([source, list]) => source.details(list)));
    for (const detail of found.flat()) cache.set(detail.id, detail);
    for (const id of wanted) if (!cache.has(id)) missing.add(id);
    changed();
  }
  const out = new Map<string, ArticleDetail>();
  for (const id of ids) {
    const detail = cache.get(id);
    if (detail) out.set(id, detail);
  }
  return out;
}

/** The detail of one article, or null when no source holds it. */
export async function loadArticleDetail(id: string): Promise<ArticleDetail | null> {
  return (await loadArticleDetails([id])).get(id) ?? null;
}

/**
 * The details of many articles (search, exports), asked for in slices so the page
 * stays responsive while they arrive; `onSlice` after each.
 */
export async function loadManyDetails(
  ids: readonly string[],
  onSlice: () => void = () => undefined,
  slice = 400,
): Promise<ReadonlyMap<string, ArticleDetail>> {
  for (let i = 0; i < ids.length; i += slice) {
    await loadArticleDetails(ids.slice(i, i + slice));
    onSlice();
  }
  return loadArticleDetails(ids);
}

/** The text of an article, or null when its atlas carries none. */
export async function loadArticleText(id: string): Promise<ArticleText | null> {
  const source = sources.find((s) => s.has(id)) ?? sources[0];
  return source ? source.text(id) : null;
}
