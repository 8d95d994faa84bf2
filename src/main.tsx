import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { mapControl } from './app/mapControl';
import { startApp } from './app/start';
import { MapControlContext } from './ui/mapControl';
import { startEmbedBridge } from './embed/bridge';
import { startLabelFont } from './map/fonts';
import './app/app.css';
import './panel/panel.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <MapControlContext.Provider value={mapControl}>
        <App />
      </MapControlContext.Provider>
    </StrictMode>,
  );
  // Listening before the atlas loads: a host's early `atlas:set` is kept for when it is ready.
  startEmbedBridge();
  startApp();
  startLabelFont();
}
