/** The translate function for the current language, for React views. */
import { useCallback } from 'react';
import type { Bilingual } from '../domain/schema';
import { useAtlasStore } from '../state/store';
import { translate, type MessageKey } from './messages';

/** Returns `t(key, params)` bound to the store's language, and the language itself. */
export function useT() {
  const lang = useAtlasStore((s) => s.lang);
  const t = useCallback(
    (key: MessageKey, params?: Readonly<Record<string, string | number>>) =>
      translate(lang, key, params),
    [lang],
  );
  const pick = useCallback((text: Bilingual) => text[lang], [lang]);
  return { t, lang, pick };
}
