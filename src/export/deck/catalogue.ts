/**
 * What a deck is made of: the steps of a story, in the shape the presentation
 * builds them. The export feature does not read stories itself (features do not
 * import each other): the app hands it a {@link StoryCatalogue} that does.
 */
import type { AtlasIndex } from '../../domain/atlasIndex';
import type { Filters } from '../../domain/filters';
import type { PresentStep } from '../../domain/presentStep';
import type { Bilingual } from '../../domain/schema';

/** A story ready to export: a curated one (`id`, `title`) or every event in date order (both null). */
export interface DeckStory {
  readonly id: string | null;
  readonly title: Bilingual | null;
  readonly steps: readonly PresentStep[];
}

/** A curated story as the picker lists it. */
export interface StoryChoice {
  readonly id: string;
  readonly title: Bilingual;
  readonly steps: number;
}

/** A story found, or why not. */
export type StoryLookup =
  | { readonly ok: true; readonly story: DeckStory }
  | { readonly ok: false; readonly reason: 'unknown'; readonly known: readonly string[] }
  | {
      readonly ok: false;
      readonly reason: 'invalid';
      readonly file: string;
      readonly problems: readonly string[];
    };

/** The stories the deck can be made of (implemented by the app from the presentation's). */
export interface StoryCatalogue {
  /** The valid curated stories, by file name. */
  choices(index: AtlasIndex): readonly StoryChoice[];
  /** A curated story by id, or (`id` null) every event the `filters` show, in date order. */
  find(index: AtlasIndex, id: string | null, filters: Filters): StoryLookup;
}

/** Progress while a deck is made: slide `n` of `total` drawn, then the file `writing`. */
export type DeckProgress = (stage: { n: number; total: number } | 'writing') => void;

/**
 * The deck export with the stories wired in, as the app hands it to the Export
 * dialog and to `window.atlas.exportDeck`: one code path for both.
 */
export interface DeckExporter {
  /** The curated stories the picker offers. */
  choices(index: AtlasIndex): readonly StoryChoice[];
  /** Builds the deck (see `exportDeck`); `options` may come from a host page. */
  exportDeck(options: unknown, progress?: DeckProgress): Promise<Blob>;
}

/** Loads the deck exporter on first use (pptxgenjs and the story files stay out of the first load). */
export type LoadDeckExporter = () => Promise<DeckExporter>;
