import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';

/** Items a panel list draws before asking: enough to read, few enough for a 10,000-article atlas. */
export const PANEL_PAGE = 50;

/** How much of a long list is drawn, and the way to draw more. */
export interface Paged {
  /** Items drawn (from the start of the list). */
  limit: number;
  /** Items not drawn yet. */
  hidden: number;
  /** Draw the next page. */
  more(): void;
}

/**
 * Draws the first `step` items of a list and the next `step` on request; a new
 * list (the filters or the selection changed) starts again at one page. The
 * DOM stays a few hundred nodes however many articles the atlas holds.
 */
export function usePaged(items: readonly unknown[], step = PANEL_PAGE): Paged {
  const [state, setState] = useState({ items, limit: step });
  const limit = state.items === items ? state.limit : step;
  return {
    limit,
    hidden: Math.max(0, items.length - limit),
    more: () => setState({ items, limit: limit + step }),
  };
}

/** The first page of `items` (the list itself when it fits). */
export function pageOf<T>(items: readonly T[], paged: Paged): readonly T[] {
  return items.length > paged.limit ? items.slice(0, paged.limit) : items;
}

/**
 * "Show 50 more (120 not shown)" right after a paged list; nothing when all are drawn.
 * Focus then moves to the first new item, so keyboard and screen-reader users read on
 * from there instead of staying on a button that moved below the new items.
 */
export function ShowMore({ paged, step = PANEL_PAGE }: { paged: Paged; step?: number }) {
  const { t } = useT();
  const button = useRef<HTMLButtonElement>(null);
  const next = useRef<{ list: Element; at: number } | null>(null);
  useEffect(() => {
    const target = next.current;
    next.current = null;
    const item = target?.list.children[target.at];
    if (item instanceof HTMLElement) {
      item.tabIndex = -1;
      item.focus();
    }
  }, [paged.limit]);
  if (paged.hidden === 0) return null;
  const more = () => {
    // The list is the element just before the button: a list, or a table's rows.
    const before = button.current?.previousElementSibling;
    const list = before instanceof HTMLTableElement ? before.tBodies[0] : before;
    if (list) next.current = { list, at: paged.limit };
    paged.more();
  };
  return (
    <button ref={button} type="button" className="text-button show-more" onClick={more}>
      {t('showMore', { n: Math.min(step, paged.hidden), hidden: paged.hidden })}
    </button>
  );
}
