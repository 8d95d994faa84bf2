/**
 * The map behind an error boundary: an exception while drawing the map (a renderer in a
 * state nobody foresaw) stops the map, not the page. The list of regions and links takes its
 * place (`mapStatus: 'none'`) and the panel keeps working.
 */
import { Component, type ReactNode } from 'react';
import { translate } from '../i18n/messages';
import { useAtlasStore } from '../state/store';
import { MapView as LiveMap } from './MapView';

function MapFailed() {
  const lang = useAtlasStore((s) => s.lang);
  return (
    <div className="atlas-map">
      <div className="atlas-map__unavailable" role="status">
        <strong>{translate(lang, 'mapUnavailable')}</strong>
        <p>{translate(lang, 'mapFailed')}</p>
      </div>
    </div>
  );
}

class Boundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn(`The map stopped on an error: ${String(error)}`);
    useAtlasStore.getState().setMapStatus('none');
  }

  override render(): ReactNode {
    return this.state.failed ? <MapFailed /> : this.props.children;
  }
}

/** The map, filling its parent; on an error, a notice and the list instead. */
export function MapView() {
  return (
    <Boundary>
      <LiveMap />
    </Boundary>
  );
}
