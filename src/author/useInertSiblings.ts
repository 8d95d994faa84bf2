/**
 * While the authoring view covers the map area and the panel, they stay mounted (a preview
 * needs no map restart) but take no focus and are hidden from screen readers: the view's
 * siblings are made `inert`, and given back as they were when it closes.
 */
import { useEffect, type RefObject } from 'react';

export function useInertSiblings(view: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = view.current;
    const parent = element?.parentElement;
    if (!element || !parent) return;
    const siblings = [...parent.children].filter((c) => c !== element && !c.hasAttribute('inert'));
    siblings.forEach((c) => c.setAttribute('inert', ''));
    return () => siblings.forEach((c) => c.removeAttribute('inert'));
  }, [view]);
}
