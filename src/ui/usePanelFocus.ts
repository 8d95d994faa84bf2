/**
 * Focus management of the side panel: when a region, a link or an article
 * opens, focus moves to the panel's heading; when it closes, focus goes back
 * to the control that opened it (or, if that is gone, to the new heading).
 * Escape inside the panel closes one level. Focus is never left on the page body.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { pairKey } from '../domain/select';
import { flowKey } from '../domain/selection';
import { useAtlasStore, type OpenArticle, type Selection } from '../state/store';

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

interface PanelView {
  readonly key: string;
  /** 0 overview, 1 region or link, 2 article. */
  readonly depth: number;
}

interface Trigger {
  readonly element: Element | null;
  /** Position among the panel's focusable elements, -1 when outside the panel. */
  readonly inPanel: number;
  /** Depth of the view that was left when this trigger was used. */
  readonly depth: number;
}

function viewOf(selection: Selection, article: OpenArticle | null): PanelView {
  if (article) return { key: `article:${article.id}`, depth: 2 };
  if (selection?.kind === 'region') return { key: `region:${selection.id}`, depth: 1 };
  if (selection?.kind === 'pair')
    return { key: `pair:${pairKey(selection.a, selection.b)}`, depth: 1 };
  if (selection?.kind === 'flow')
    return { key: `flow:${flowKey(selection.a, selection.b)}`, depth: 1 };
  return { key: 'overview', depth: 0 };
}

function isFocused(element: Element | null | undefined): boolean {
  return !!element && document.activeElement === element;
}

/**
 * Moves focus to the panel's heading (made focusable with tabindex -1), or to
 * the panel until its heading appears (the article reader loads lazily).
 */
export function focusPanelHeading(panel: HTMLElement | null = document.getElementById('panel')) {
  if (!panel) return () => {};
  const heading = panel.querySelector('h2');
  if (heading instanceof HTMLElement) {
    heading.tabIndex = -1;
    heading.focus();
    return () => {};
  }
  panel.tabIndex = -1;
  panel.focus();
  const observer = new MutationObserver(() => {
    const h2 = panel.querySelector('h2');
    if (!(h2 instanceof HTMLElement)) return;
    observer.disconnect();
    if (isFocused(panel)) {
      h2.tabIndex = -1;
      h2.focus();
    }
  });
  observer.observe(panel, { childList: true, subtree: true });
  return () => observer.disconnect();
}

function restore(panel: HTMLElement, trigger: Trigger | undefined): () => void {
  if (trigger && trigger.inPanel >= 0) {
    const target = panel.querySelectorAll(FOCUSABLE)[trigger.inPanel];
    const details = target?.closest('details');
    if (details && !details.open && target?.tagName !== 'SUMMARY') details.open = true;
    if (target instanceof HTMLElement) target.focus();
    if (isFocused(target)) return () => {};
  } else if (trigger?.element instanceof HTMLElement && trigger.element.isConnected) {
    trigger.element.focus();
    if (isFocused(trigger.element)) return () => {};
  }
  return focusPanelHeading(panel);
}

/** Installs the panel's focus management on the panel element `panelRef` points at. */
export function usePanelFocus(
  panelRef: RefObject<HTMLElement | null>,
  selection: Selection,
  article: OpenArticle | null,
): void {
  const { key, depth } = viewOf(selection, article);
  const shown = useRef<PanelView | null>(null);
  const lastFocus = useRef<Trigger>({ element: null, inPanel: -1, depth: 0 });
  const triggers = useRef<Trigger[]>([]);

  // Where focus was last, remembered when it arrives: by the time the panel
  // changes, a trigger inside it may already be unmounted.
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const panel = panelRef.current;
      const element = e.target instanceof Element ? e.target : null;
      const inPanel =
        panel && element && panel.contains(element)
          ? [...panel.querySelectorAll(FOCUSABLE)].indexOf(element)
          : -1;
      lastFocus.current = { element, inPanel, depth: 0 };
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, [panelRef]);

  useEffect(() => {
    const panel = panelRef.current;
    const before = shown.current;
    shown.current = { key, depth };
    if (!panel || !before || before.key === key) return;
    if (depth > before.depth) {
      triggers.current.push({ ...lastFocus.current, depth: before.depth });
      return focusPanelHeading(panel);
    }
    if (depth < before.depth) {
      let trigger: Trigger | undefined;
      while (triggers.current.length > 0 && (triggers.current.at(-1)?.depth ?? 0) >= depth) {
        trigger = triggers.current.pop();
        if (trigger?.depth === depth) break;
      }
      return restore(panel, trigger?.depth === depth ? trigger : undefined);
    }
    return focusPanelHeading(panel);
  }, [panelRef, key, depth]);

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const store = useAtlasStore.getState();
      if (store.article) store.openArticle(null);
      else if (store.selection) store.select(null);
      else return;
      e.preventDefault();
    };
    panel.addEventListener('keydown', onKey);
    return () => panel.removeEventListener('keydown', onKey);
  }, [panelRef]);
}
