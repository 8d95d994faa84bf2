/**
 * The deck export with the presentation's stories: the app composes the two
 * features (they do not import each other). One lazy chunk, loaded when the
 * Export dialog opens or `window.atlas.exportDeck` is first called.
 */
import type { DeckExporter } from '../export/deck/catalogue';
import { exportDeck } from '../export/deck/exportDeck';
import { storyCatalogue } from './deckStories';

export const deckExporter: DeckExporter = {
  choices: (index) => storyCatalogue.choices(index),
  exportDeck: (options, progress) => exportDeck(options, storyCatalogue, progress),
};
