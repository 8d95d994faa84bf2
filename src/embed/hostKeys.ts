/**
 * `keys=host`: the atlas in a slide deck hands the deck every key it does not
 * need, so one clicker runs the whole talk even after a click on the map put
 * the focus inside the iframe. The host re-dispatches each `atlas:key` as if
 * pressed in its own page (see `public/atlas-reveal.js`).
 */
import { useAtlasStore } from '../state/store';
import { keyMessage, type KeyMessage } from './outgoing';

/** What has the focus when a key is pressed: a text field, a control, an open dialog or anything else. */
export type KeyTarget = 'text' | 'control' | 'dialog' | 'other';

/** Keys that do nothing alone, and Tab, which moves the focus through the atlas's own controls. */
const KEPT = new Set([
  'Tab',
  'Shift',
  'Control',
  'Alt',
  'Meta',
  'CapsLock',
  'Dead',
  'Unidentified',
]);

/**
 * True when a key goes to the host: anything without Ctrl, Alt or ⌘ (browser
 * shortcuts stay), except Tab, text typed into a field, Enter or Space on a
 * focused button or link, and keys inside an open dialog. Shift+Space (back) goes.
 */
export function handsToHost(
  key: string,
  modifiers: { readonly ctrlKey: boolean; readonly altKey: boolean; readonly metaKey: boolean },
  target: KeyTarget,
): boolean {
  if (modifiers.ctrlKey || modifiers.altKey || modifiers.metaKey || KEPT.has(key)) return false;
  if (target === 'text' || target === 'dialog') return false;
  return !(target === 'control' && (key === 'Enter' || key === ' '));
}

/** Classifies the focused element of a key event. */
export function keyTarget(target: EventTarget | null): KeyTarget {
  if (!(target instanceof HTMLElement)) return 'other';
  if (target.closest('dialog[open], [role="dialog"]')) return 'dialog';
  if (target.isContentEditable || target.closest('input, select, textarea')) return 'text';
  if (target.closest('button, a[href], summary, [role="button"], [role="link"]')) return 'control';
  return 'other';
}

/**
 * Installs the hand-over (capture phase, so neither the map's arrow-key panning
 * nor presentation mode sees the key). It checks the store's `embed.hostKeys`
 * on each key, since the URL is read only once the atlas has loaded.
 */
export function startHostKeys(post: (message: KeyMessage) => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!useAtlasStore.getState().embed.hostKeys || event.isComposing) return;
    if (!handsToHost(event.key, event, keyTarget(event.target))) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    post(keyMessage(event));
  };
  window.addEventListener('keydown', onKey, { capture: true });
  return () => window.removeEventListener('keydown', onKey, { capture: true });
}
