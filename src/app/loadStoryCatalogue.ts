import type { StoryCatalogue } from '../export/deck/catalogue';

/** The deck's story catalogue, loaded on first use with the story files (kept out of the first load). */
export function loadStoryCatalogue(): Promise<StoryCatalogue> {
  return import('./deckStories').then((m) => m.storyCatalogue);
}
