/**
 * Arrow-key movement through a list of buttons marked `data-item` (one of them
 * tabbable, the others reached with the arrows: a roving tabindex).
 */

/** What a key did: moved focus, asked to leave the list upwards, or nothing. */
export type Move = 'moved' | 'before' | null;

/** Moves focus for ↑/↓/Home/End among `container`'s `[data-item]` elements. */
export function moveFocus(container: HTMLElement, key: string): Move {
  const items = [...container.querySelectorAll<HTMLElement>('[data-item]')];
  if (items.length === 0) return null;
  const at = items.findIndex((el) => el === document.activeElement);
  let next: number;
  if (key === 'ArrowDown') next = Math.min(at + 1, items.length - 1);
  else if (key === 'ArrowUp') {
    if (at <= 0) return 'before';
    next = at - 1;
  } else if (key === 'Home') next = 0;
  else if (key === 'End') next = items.length - 1;
  else return null;
  items[next]?.focus();
  return 'moved';
}
