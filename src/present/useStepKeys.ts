import { useLayoutEffect } from 'react';
import { useAtlasStore } from '../state/store';

/** What the keyboard asks the presentation to do. */
export type StepCommand = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'fullscreen';

/**
 * The command for a key, or null. Arrows, PageUp/PageDown (what slide clickers
 * send), Space (Shift+Space goes back), Home, End, Esc and F.
 */
export function commandFor(key: string, shift: boolean): StepCommand | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
    case 'Spacebar':
      return shift ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return null;
  }
}

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable || target.closest('input, select, textarea, dialog[open]') !== null
  );
}

/**
 * Steps with the keyboard while mounted. Listens in the capture phase so the
 * map's own arrow-key panning does not also move the camera; keys typed into a
 * form field or a dialog are left alone, as are shortcuts with Ctrl, Alt or ⌘.
 * Installed in the commit that shows the card (a layout effect): a key pressed as
 * soon as the card was visible otherwise panned the map on a busy machine.
 * Inert with `keys=host`: the host page (a slide deck) steps, and gets the keys.
 */
export function useStepKeys(onCommand: (command: StepCommand) => void): void {
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      if (useAtlasStore.getState().embed.hostKeys) return;
      const command = commandFor(event.key, event.shiftKey);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      onCommand(command);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [onCommand]);
}
