/**
 * The deck export with the presentation's stories: the app composes the two
 * features (they do not import each other). One lazy chunk, loaded when the
 * Export dialog opens or `window.atlas.exportDeck` is first called.
 */
import type { DeckExporter } from '../export/deck/catalogue';
import { exportDeck } from '../export/deck/exportDeck';
import type { DeckMap } from '../export/deck/picture';
import { renderSvgMap } from '../svgmap/toCanvas';
import { storyCatalogue } from './deckStories';
import { mapControl } from './mapControl';

/**
 * The deck's pictures come from the SVG map's 2D renderer, whichever map is on screen: on a
 * machine without a GPU a hidden WebGL capture takes 15–45 s where the 2D one takes a quarter
 * of a second, and a 2D canvas gives the same bytes every run (a reproducible deck). Region
 * boxes and the view on screen come from the live map.
 */
const deckMap = (): DeckMap => ({
  controller: mapControl.get(),
  render: (request) => renderSvgMap(request, mapControl.get()?.view() ?? null),
});

export const deckExporter: DeckExporter = {
  choices: (index) => storyCatalogue.choices(index),
  exportDeck: (options, progress) => exportDeck(options, storyCatalogue, deckMap(), progress),
};
