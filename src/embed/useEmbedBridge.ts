import { useEffect } from 'react';
import { useAtlasStore, type Selection } from '../state/store';
import { parseSetMessage, selectMessage, senderAllowed } from './protocol';

function key(selection: Selection): string {
  if (!selection) return '';
  return selection.kind === 'region' ? selection.id : `${selection.a}~${selection.b}`;
}

/**
 * The embed side of the `postMessage` API (see `protocol.ts` and the README).
 * Listens for `atlas:set` from this page's origin or an origin listed in
 * `origins=`; tells the host page (any origin may listen: everything sent is
 * public) `atlas:ready`, `atlas:select` on each selection change and
 * `atlas:resize` when the content height changes.
 */
export function useEmbedBridge(): void {
  useEffect(() => {
    const host = window.parent !== window ? window.parent : null;
    const post = (message: object) => host?.postMessage(message, '*');
    let live = true;

    const onMessage = (event: MessageEvent) => {
      const { embed } = useAtlasStore.getState();
      if (!senderAllowed(event.origin, window.location.origin, embed.origins)) return;
      const request = parseSetMessage(event.data);
      const api = window.atlas;
      if (!request || !api) return;
      api.ready.then(() => live && api.setState(request)).catch(() => undefined);
    };
    window.addEventListener('message', onMessage);

    window.atlas?.ready
      .then(() => live && post({ type: 'atlas:ready', state: window.atlas?.getState() }))
      .catch(() => undefined);

    const unsubscribe = useAtlasStore.subscribe((now, before) => {
      if (now.load.status !== 'ready' || key(now.selection) === key(before.selection)) return;
      post(selectMessage(now.load.index, now.selection));
    });

    let lastHeight = -1;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height === lastHeight) return;
      lastHeight = height;
      post({ type: 'atlas:resize', height, width: document.documentElement.clientWidth });
    });
    if (host) {
      observer.observe(document.documentElement);
      observer.observe(document.body);
    }
    return () => {
      live = false;
      window.removeEventListener('message', onMessage);
      unsubscribe();
      observer.disconnect();
    };
  }, []);
}
