/**
 * The message catalogue of both languages. Each feature keeps its strings in
 * its own module (`core.ts`, …) as a `zh` object and an `en` record typed
 * against it; this file merges them, so a key missing in either language
 * fails the typecheck and the catalogue test.
 */
import { formatCount, type Lang } from '../domain/format';
import { a11yEn, a11yZh } from './a11y';
import { authorEn, authorZh } from './author';
import { coreEn, coreZh } from './core';
import { embedEn, embedZh } from './embed';
import { exploreEn, exploreZh } from './explore';
import { exportEn, exportZh } from './export';
import { flowsEn, flowsZh } from './flows';
import { directionEn, directionZh, ingestEn, ingestZh, refusalEn, refusalZh } from './ingest';
import { mapEn, mapZh } from './map';
import { presentEn, presentZh } from './present';
import { svgmapEn, svgmapZh } from './svgmap';

const zh = {
  ...coreZh,
  ...mapZh,
  ...a11yZh,
  ...presentZh,
  ...embedZh,
  ...exportZh,
  ...exploreZh,
  ...svgmapZh,
  ...flowsZh,
  ...authorZh,
  ...ingestZh,
  ...directionZh,
  ...refusalZh,
};
const en: Record<keyof typeof zh, string> = {
  ...coreEn,
  ...mapEn,
  ...a11yEn,
  ...presentEn,
  ...embedEn,
  ...exportEn,
  ...exploreEn,
  ...svgmapEn,
  ...flowsEn,
  ...authorEn,
  ...ingestEn,
  ...directionEn,
  ...refusalEn,
};

/** A key of the message catalogue. */
export type MessageKey = keyof typeof zh;

/** The catalogue of both languages. */
export const MESSAGES: Readonly<Record<'zh' | 'en', Readonly<Record<MessageKey, string>>>> = {
  zh,
  en,
};

/**
 * A message in a language, with `{name}` placeholders filled from `params`.
 * When `params.n` is 1 and the catalogue has `<key>_one`, that singular form is used ("1 event").
 * A number is a count and is written with {@link formatCount} (9999, 3万 / 30,000), so every
 * count in a message reads the same as in the stat cards; years and codes (below 10,000 or
 * passed as strings) are unchanged.
 */
export function translate(
  lang: 'zh' | 'en',
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const table: Readonly<Record<string, string>> = MESSAGES[lang];
  const template = (params.n === 1 ? table[`${key}_one`] : undefined) ?? MESSAGES[lang][key];
  return fill(template, params, lang);
}

/**
 * `template` with its `{name}` placeholders filled from `params` (unknown ones are left as
 * they are); numbers are written as counts in `lang` (1万 / 10,000) when a language is given.
 */
export function fill(
  template: string,
  params: Readonly<Record<string, string | number>>,
  lang?: Lang,
): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const value = params[name];
    if (value === undefined) return m;
    if (typeof value !== 'number') return value;
    return lang ? formatCount(value, lang) : String(value);
  });
}
