import type { DeckExporter } from '../export/deck/catalogue';

/** The deck exporter, loaded on first use (pptxgenjs and the story files stay out of the first load). */
export function loadDeckExporter(): Promise<DeckExporter> {
  return import('./deckExporter').then((m) => m.deckExporter);
}
