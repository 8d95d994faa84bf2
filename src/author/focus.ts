/** Moving the user to an item of the review, or to the field a problem is about. */
import type { Problem } from './check';
import { fieldId } from './Field';

/** Scrolls an item's card into view and focuses its first control. */
export function focusItem(key: string): void {
  const card = document.getElementById(`author-item-${key}`);
  card?.scrollIntoView({ block: 'nearest' });
  card
    ?.querySelector<HTMLElement>('button, input, select, textarea')
    ?.focus({ preventScroll: true });
}

/** Scrolls to the field of a problem (or its item's card) and focuses it. */
export function focusProblem(p: Problem): void {
  const field = document.getElementById(fieldId(p.key, p.field));
  const card = document.getElementById(`author-item-${p.key}`);
  (field ?? card)?.scrollIntoView({ block: 'center' });
  (field ?? card?.querySelector<HTMLElement>('button'))?.focus({ preventScroll: true });
}
