import { useEffect } from 'react';
import { translate } from '../i18n/messages';
import { useAtlasStore } from '../state/store';

/** Keeps `<html lang>` and the document title in the current language. */
export function useDocumentLang(): void {
  const lang = useAtlasStore((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
    document.title = `${translate(lang, 'appTitle')} · ${translate(lang === 'zh' ? 'en' : 'zh', 'appTitle')}`;
  }, [lang]);
}
