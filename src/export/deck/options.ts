/**
 * The options of `window.atlas.exportDeck` and the Export dialog, checked: a
 * bad value is refused with a message in the page's language that names the
 * option and says what it takes.
 */
import type { Lang } from '../../domain/format';
import { deckText, type DeckKey } from '../../i18n/deck';
import type { Aspect } from './layout';

/** What to export; every field is optional. */
export interface DeckOptions {
  /** A story id (`data/stories/<id>.yaml`); null: every event in date order; absent: the current view. */
  story?: string | null;
  /** The deck's language (default: the page's). */
  lang?: Lang;
  /** Slide shape (default 16:9). */
  aspect?: Aspect;
  /** Pixel width of the map pictures, 640–3840 (default 1920; 1920×1080 at 16:9, 1920×1440 at 4:3). */
  width?: number;
}

/** The options with their defaults filled in. */
export interface CheckedOptions {
  readonly story: string | null | undefined;
  readonly lang: Lang;
  readonly aspect: Aspect;
  readonly width: number;
}

/** A refused option, worded for the person who gave it. */
export class DeckError extends Error {
  override readonly name = 'DeckError';
}

/** Checks `options` (possibly from a host page, so of any shape); `uiLang` words the errors. */
export function checkOptions(options: unknown, uiLang: Lang): CheckedOptions {
  const o: Record<string, unknown> =
    typeof options === 'object' && options !== null ? { ...options } : {};
  const refuse = (name: string, expected: DeckKey): never => {
    throw new DeckError(
      deckText(uiLang, 'deckBadOption', {
        name,
        value: String(o[name]),
        expected: deckText(uiLang, expected),
      }),
    );
  };
  const { story, lang, aspect, width } = o;
  if (story !== undefined && story !== null && typeof story !== 'string')
    refuse('story', 'deckExpectStory');
  if (lang !== undefined && lang !== 'zh' && lang !== 'en') refuse('lang', 'deckExpectLang');
  if (aspect !== undefined && aspect !== '16:9' && aspect !== '4:3')
    refuse('aspect', 'deckExpectAspect');
  if (
    width !== undefined &&
    (typeof width !== 'number' || !Number.isInteger(width) || width < 640 || width > 3840)
  )
    refuse('width', 'deckExpectWidth');
  return {
    story: typeof story === 'string' || story === null ? story : undefined,
    lang: lang === 'zh' || lang === 'en' ? lang : uiLang,
    aspect: aspect === '4:3' ? '4:3' : '16:9',
    width: typeof width === 'number' ? width : 1920,
  };
}
