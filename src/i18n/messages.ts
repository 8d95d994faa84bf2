/**
 * The message catalogue of both languages. Each feature keeps its strings in
 * its own module (`core.ts`, …) as a `zh` object and an `en` record typed
 * against it; this file merges them, so a key missing in either language
 * fails the typecheck and the catalogue test.
 */
import { a11yEn, a11yZh } from './a11y';
import { coreEn, coreZh } from './core';
import { embedEn, embedZh } from './embed';
import { exploreEn, exploreZh } from './explore';
import { exportEn, exportZh } from './export';
import { loadEn, loadZh } from './load';
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
  ...loadZh,
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
  ...loadEn,
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
 */
export function translate(
  lang: 'zh' | 'en',
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const table: Readonly<Record<string, string>> = MESSAGES[lang];
  const template = (params.n === 1 ? table[`${key}_one`] : undefined) ?? MESSAGES[lang][key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}
