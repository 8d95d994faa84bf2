/**
 * The embed side of the `postMessage` protocol (README, "Embed"). Started
 * before the atlas loads, so a host's `atlas:set` that arrives early is kept
 * and applied, in order, once the atlas is ready. Tells the host (any origin
 * may listen: everything sent is public) `atlas:ready`, `atlas:select`,
 * `atlas:step`, `atlas:resize`, `atlas:key` (`keys=host`) and, to the sender
 * of a message it could not apply, `atlas:rejected`.
 */
import { translate } from '../i18n/messages';
import { useAtlasStore, type AtlasState, type Selection } from '../state/store';
import { parsePixelRatio, type DroppedParam } from '../state/url';
import { applyPartial } from '../state/urlSync';
import { startHostKeys } from './hostKeys';
import { selectMessage, stepMessage, type RejectedMessage } from './outgoing';
import { awaitPresentation } from './presentCheck';
import { readMessage, senderAllowed, type Incoming, type RejectReason } from './protocol';

function key(selection: Selection): string {
  if (!selection) return '';
  return selection.kind === 'region' ? selection.id : `${selection.a}~${selection.b}`;
}

const isReady = (s: AtlasState) => s.load.status === 'ready' && s.mapStatus !== 'starting';

/** Ready to say so: loaded, drawn, and a presentation in the URL checked (so `total` is known). */
const canAnnounce = (s: AtlasState) =>
  isReady(s) && (s.step === null || s.presented?.step === s.step);

/** Posts to a message's sender: a window (not a port or a worker), at its origin when it has one. */
function answer(source: MessageEventSource | null, origin: string, message: RejectedMessage) {
  if (!source || source instanceof MessagePort) return;
  if (typeof ServiceWorker !== 'undefined' && source instanceof ServiceWorker) return;
  source.postMessage(message, { targetOrigin: origin === 'null' ? '*' : origin });
}

interface Received {
  readonly incoming: Incoming;
  readonly event: MessageEvent;
  readonly fromParent: boolean;
}

/** Applies one message from an allowed or refused sender, answering what it could not apply. */
function handle({ incoming, event, fromParent }: Received): void {
  const s = useAtlasStore.getState();
  const reject = (reason: RejectReason, dropped: readonly DroppedParam[], message: string) =>
    answer(event.source, event.origin, {
      type: 'atlas:rejected',
      reason,
      request: incoming.ok ? 'atlas:set' : incoming.type,
      dropped,
      message,
    });
  if (!senderAllowed({ origin: event.origin, fromParent }, window.location.origin, s.embed)) {
    const key = event.origin === 'null' ? 'embedRejectNoOrigin' : 'embedRejectOrigin';
    reject('origin', [], translate(s.lang, key, { origin: event.origin }));
    return;
  }
  if (!incoming.ok) {
    const key = incoming.reason === 'unknown' ? 'embedRejectUnknown' : 'embedRejectMalformed';
    reject(
      incoming.reason,
      [],
      translate(s.lang, key, { type: incoming.type, detail: incoming.detail }),
    );
    return;
  }
  if (s.load.status !== 'ready') return;
  const dropped: DroppedParam[] = [];
  const { request, pixelRatio } = incoming.set;
  if (pixelRatio !== undefined) {
    const ratio = pixelRatio === null ? null : parsePixelRatio(pixelRatio);
    if (ratio === null && pixelRatio !== null) {
      dropped.push({ name: 'pixelRatio', value: String(pixelRatio) });
    } else s.setEmbed({ ...s.embed, pixelRatio: ratio });
  }
  // A step past the end of the story on screen would stop the presentation: refused before.
  const shown = s.presented;
  const sameStory = !('story' in request) || (request.story ?? null) === shown?.story;
  if (shown && sameStory && request.step && Number(request.step) > shown.total) {
    dropped.push({ name: 'step', value: request.step });
    delete request.step;
  }
  if (Object.keys(request).length > 0) {
    applyPartial(s.load.index, request, (list) => dropped.push(...list));
  }
  const lang = useAtlasStore.getState().lang;
  if (dropped.length > 0) {
    const text = dropped
      .map((d) => translate(lang, 'embedRejectInvalid', { name: d.name, value: d.value }))
      .join(' ');
    reject('invalid', dropped, text);
  }
  if ('step' in request || 'story' in request) {
    awaitPresentation((list, message) => reject('invalid', list, message));
  }
}

/** Starts the bridge once, before the atlas loads; returns a function that stops it. */
export function startEmbedBridge(): () => void {
  const host = window.parent !== window ? window.parent : null;
  const post = (message: object) => host?.postMessage(message, '*');
  const waiting: Received[] = [];

  const onMessage = (event: MessageEvent) => {
    const incoming = readMessage(event.data);
    if (!incoming) return;
    const received = { incoming, event, fromParent: host !== null && event.source === host };
    // Before the atlas is ready, who may send is not known yet either (the URL is read on load).
    if (isReady(useAtlasStore.getState())) handle(received);
    else waiting.push(received);
  };
  window.addEventListener('message', onMessage);

  let announced = false;
  let draining = false;
  const unsubscribe = useAtlasStore.subscribe((now, before) => {
    // Each message applied changes the store: announce once all of them are in.
    if (draining) return;
    if (waiting.length > 0 && isReady(now)) {
      draining = true;
      try {
        waiting.splice(0).forEach(handle);
      } finally {
        draining = false;
      }
      now = useAtlasStore.getState();
    }
    if (!announced) {
      if (!canAnnounce(now)) return;
      announced = true;
      post({
        type: 'atlas:ready',
        state: window.atlas?.getState(),
        total: now.presented?.total ?? null,
      });
      return;
    }
    if (now.load.status !== 'ready') return;
    if (key(now.selection) !== key(before.selection)) {
      post(selectMessage(now.load.index, now.selection));
    }
    if (now.presented !== before.presented) post(stepMessage(now.presented));
  });

  let lastHeight = -1;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: 'atlas:resize', height, width: document.documentElement.clientWidth });
  });
  const stopKeys = host ? startHostKeys(post) : () => undefined;
  if (host) {
    observer.observe(document.documentElement);
    observer.observe(document.body);
  }
  return () => {
    window.removeEventListener('message', onMessage);
    unsubscribe();
    observer.disconnect();
    stopKeys();
  };
}
