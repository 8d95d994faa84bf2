/**
 * One step of a story, as the presentation shows it and the deck exports it: what it
 * selects and filters, where the camera looks, and what its caption card says.
 */
import type { Filters } from './filters';
import type { Article, Bilingual, EventType, Figure, RegionId, StoryCamera } from './schema';
import type { Selection } from './selection';

export interface PresentStep {
  /** What to select (highlighting the parties and the link). */
  readonly selection: Selection;
  /** The filters of the step; null keeps the user's filters. */
  readonly filters: Filters | null;
  /** Regions the camera frames (unless `camera` says otherwise). */
  readonly frame: readonly RegionId[];
  readonly camera: StoryCamera | null;
  readonly date: string | null;
  readonly endDate: string | null;
  readonly type: EventType | null;
  readonly title: Bilingual;
  /** A curated sentence or two (stories); events show their parties instead. */
  readonly caption: Bilingual | null;
  readonly parties: readonly RegionId[];
  readonly figure: Figure | null;
  /** The article the step comes from: its source, title and date. */
  readonly article: Article | null;
}
