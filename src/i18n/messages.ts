/**
 * The message catalogue of both languages. Each feature keeps its strings in
 * its own module (`core.ts`, …) as a `zh` object and an `en` record typed
 * against it; this file merges them, so a key missing in either language
 * fails the typecheck and the catalogue test.
 */
import { coreEn, coreZh } from './core';

const zh = { ...coreZh };
const en: Record<keyof typeof zh, string> = { ...coreEn };

/** A key of the message catalogue. */
export type MessageKey = keyof typeof zh;

/** The catalogue of both languages. */
export const MESSAGES: Readonly<Record<'zh' | 'en', Readonly<Record<MessageKey, string>>>> = {
  zh,
  en,
};

/** A message in a language, with `{name}` placeholders filled from `params`. */
export function translate(
  lang: 'zh' | 'en',
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}
