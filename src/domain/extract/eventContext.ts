import type { Level } from '../schema';
import type { DateMention } from './dateMention';
import type { Mention } from './mentions';
import type { Paragraph } from './structure';

/** What the event finder reads besides the text. */
export interface EventContext {
  paragraphs: readonly Paragraph[];
  /** Trusted place mentions with a gazetteer region, offsets in the clean text. */
  mentions: readonly Mention[];
  dates: readonly DateMention[];
  published: string;
  levels: ReadonlyMap<string, Level>;
  /** Mentions of divisions the gazetteer lacks (`西昌`), for venues. */
  divisions: readonly Mention[];
  /** Ancestors of each region id, nearest first (for a party's province). */
  ancestors: ReadonlyMap<string, readonly string[]>;
  /** The gazetteer region a division's code lies in (`513401` 西昌 → `liangshan`). */
  regionOfCode: (code: string) => string | undefined;
  /** The article's main regions, for events whose sentence names none. */
  fallbackParties: readonly string[];
}
