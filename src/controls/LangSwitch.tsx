import { useT } from '../i18n/useT';
import { useAtlasStore } from '../state/store';

/** Switches between Chinese and English, keeping the view. */
export function LangSwitch() {
  const { t, lang } = useT();
  const setLang = useAtlasStore((s) => s.setLang);
  return (
    <button
      type="button"
      className="lang-switch"
      lang={lang === 'zh' ? 'en' : 'zh'}
      title={t('language')}
      onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
    >
      {t('switchLang')}
    </button>
  );
}
