/**
 * The React side of the detail API (`src/io/detail/registry.ts`): views name the
 * articles whose summary or quotes they show and re-render as their detail arrives.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { LoadProblem } from '../domain/loadProblem';
import type { ArticleDetail } from '../domain/schema';
import {
  detailsVersion,
  hasNoDetail,
  loadArticleDetails,
  peekDetail,
  subscribeDetails,
} from '../io/detail/registry';
import { problemOf } from '../io/problems';
import type { RecordRef } from '../state/store';

/** What a view has of the details it asked for. */
export interface DetailsState {
  /** The details loaded so far, by article id. */
  readonly details: ReadonlyMap<string, ArticleDetail>;
  /** True while some asked-for article is neither loaded nor known to have no detail. */
  readonly loading: boolean;
  /** Why the last load failed, or null. */
  readonly problem: LoadProblem | null;
  /** The registry's version when this was read (changes whenever details arrive). */
  readonly version: number;
}

/** The details of `ids` (pass `enabled: false` to wait, e.g. until a disclosure opens). */
export function useArticleDetails(ids: readonly string[], enabled = true): DetailsState {
  const version = useSyncExternalStore(subscribeDetails, detailsVersion);
  const key = ids.join('\n');
  const [failed, setFailed] = useState<{ key: string; problem: LoadProblem } | null>(null);
  useEffect(() => {
    if (!enabled || key === '') return;
    let live = true;
    loadArticleDetails(key.split('\n')).catch((error: unknown) => {
      if (live) setFailed({ key, problem: problemOf(error) });
    });
    return () => {
      live = false;
    };
  }, [key, enabled]);
  return useMemo(() => {
    const details = new Map<string, ArticleDetail>();
    let loading = false;
    for (const id of key === '' ? [] : key.split('\n')) {
      const detail = peekDetail(id);
      if (detail) details.set(id, detail);
      else if (!hasNoDetail(id)) loading = true;
    }
    const problem = failed?.key === key ? failed.problem : null;
    return { details, loading: loading && problem === null, problem, version };
  }, [key, failed, version]);
}

/** The quote of one event or figure of an article, from its detail. */
export function quoteOf(
  details: ReadonlyMap<string, ArticleDetail>,
  article: string,
  record: RecordRef,
): string | undefined {
  const detail = details.get(article);
  return record.kind === 'event' ? detail?.events[record.id] : detail?.figures[record.id];
}
