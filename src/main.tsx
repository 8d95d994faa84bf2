import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startApp } from './app/start';
import { startEmbedBridge } from './embed/bridge';
import { startLabelFont } from './map/fonts';
import './app/app.css';
import './panel/panel.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Listening before the atlas loads: a host's early `atlas:set` is kept for when it is ready.
  startEmbedBridge();
  startApp();
  startLabelFont();
}
