import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';

/** Items a panel list draws before asking: enough to read, few enough for a 10,000-article atlas. */
export const PANEL_PAGE = 50;

/**
 * Items a new panel list draws at once: more than a panel shows above the fold at
 * 3840×2160. The rest of its first page is drawn as the list's end nears the view, so a
 * filter change or a selection at 10,000 articles builds about 30 rows, not 150.
 */
export const FIRST_DRAW = 12;

/** How far below the view the end of a list starts drawing the rest of its page (px). */
const DRAW_AHEAD_PX = 600;

/** How much of a long list is drawn, and the way to draw more. */
export interface Paged {
  /** Items drawn (from the start of the list). */
  limit: number;
  /** Items not drawn yet. */
  hidden: number;
  /** Draw the next `step` items. */
  more(): void;
  /** True while the rest of the page waits for the list's end to near the view. */
  pending: boolean;
  /** Draw the rest of the page. */
  drawPage(): void;
}

/**
 * Draws the first `first` items of a list, the rest of its first `step` as its end
 * nears the view ({@link ShowMore} watches), and the next `step` on request; a new list
 * (the filters or the selection changed) starts again. The DOM stays a few hundred
 * nodes however many articles the atlas holds.
 */
export function usePaged(
  items: readonly unknown[],
  step = PANEL_PAGE,
  first = Math.min(step, FIRST_DRAW),
): Paged {
  const fresh = { items, limit: first, page: step };
  const [state, setState] = useState(fresh);
  const { limit, page } = state.items === items ? state : fresh;
  return {
    limit,
    hidden: Math.max(0, items.length - limit),
    more: () => setState({ items, limit: limit + step, page: Math.max(page, limit + step) }),
    pending: limit < Math.min(page, items.length),
    drawPage: () => setState({ items, limit: Math.max(limit, page), page }),
  };
}

/**
 * Spread on the element that scrolls the paged lists inside it (the panel, the compare
 * view): the mark after a list watches that element's view. Named, not found by reading
 * each ancestor's computed style, which forced a style pass of the whole page (150 ms
 * after a province pair's selection at 10k).
 */
const SCROLL_ROOT_ATTRIBUTE = 'data-scroll-root';
export const SCROLL_ROOT = { [SCROLL_ROOT_ATTRIBUTE]: '' } as const;

/**
 * A mark after a list whose page is not all drawn: once it comes within
 * {@link DRAW_AHEAD_PX} of the view of the {@link SCROLL_ROOT} around it (else the
 * window's), the rest of the page is drawn.
 */
function DrawAhead({ paged }: { paged: Paged }) {
  const mark = useRef<HTMLSpanElement>(null);
  const draw = useRef(paged.drawPage);
  useEffect(() => {
    draw.current = paged.drawPage;
  });
  useEffect(() => {
    const element = mark.current;
    if (!element) return;
    if (typeof IntersectionObserver === 'undefined') {
      draw.current();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) draw.current();
      },
      {
        root: element.closest(`[${SCROLL_ROOT_ATTRIBUTE}]`),
        rootMargin: `0px 0px ${DRAW_AHEAD_PX}px 0px`,
      },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return <span ref={mark} className="draw-ahead" aria-hidden="true" />;
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
    <>
      <button ref={button} type="button" className="text-button show-more" onClick={more}>
        {t('showMore', { n: Math.min(step, paged.hidden), hidden: paged.hidden })}
      </button>
      {paged.pending && <DrawAhead paged={paged} />}
    </>
  );
}
