/**
 * Presentation mode checks a step against its story only when it shows it
 * (the story's steps load with it), and says what is wrong in a notice. When
 * the step or story came from a host's `atlas:set`, the host hears it instead
 * and the slide shows nothing: this waits for presentation mode's verdict.
 */
import { translate } from '../i18n/messages';
import { useAtlasStore, type AtlasState, type Notice } from '../state/store';
import type { DroppedParam } from '../state/url';

/** The notices presentation mode raises about a step or a story. */
function aboutPresentation(notice: Notice): boolean {
  return (
    notice.key === 'presentStoryInvalid' ||
    notice.key === 'presentEmpty' ||
    (notice.key === 'droppedParam' && notice.params.name === 'step')
  );
}

let stopWaiting: (() => void) | null = null;

/**
 * Waits until presentation mode shows the step and story now in the store
 * (then nothing is said), or rejects them: its notices are taken off the
 * screen and their text goes to `reject`. A newer request replaces the wait.
 */
export function awaitPresentation(
  reject: (dropped: readonly DroppedParam[], message: string) => void,
): void {
  stopWaiting?.();
  stopWaiting = null;
  const { step, story, notices } = useAtlasStore.getState();
  if (step === null) return;
  const before = new Set(notices.map((n) => n.id));
  const settled = (s: AtlasState) => {
    if (s.presented?.step === step && s.presented.story === story) return true;
    const fresh = s.notices.filter((n) => !before.has(n.id) && aboutPresentation(n));
    // Moved on without a word (Esc, a newer message): nothing to report.
    if (fresh.length === 0) return s.step !== step || s.story !== story;
    for (const n of fresh) useAtlasStore.getState().dismissNotice(n.id);
    const dropped = fresh.some((n) => n.key === 'presentStoryInvalid')
      ? [{ name: 'story', value: story ?? '' }]
      : [{ name: 'step', value: String(step) }];
    reject(dropped, fresh.map((n) => translate(s.lang, n.key, n.params)).join(' '));
    return true;
  };
  if (settled(useAtlasStore.getState())) return;
  const unsubscribe = useAtlasStore.subscribe((s) => {
    if (!settled(s)) return;
    unsubscribe();
    if (stopWaiting === unsubscribe) stopWaiting = null;
  });
  stopWaiting = unsubscribe;
}
