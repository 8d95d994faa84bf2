import { useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { useIndex } from '../state/derived';
import { useAtlasStore, type Theme } from '../state/store';
import { Dialog } from '../ui/Dialog';
import { embedSnippet, embedUrl, type EmbedPreset } from './snippet';

const PRESETS: readonly [
  EmbedPreset,
  'embedPreset169' | 'embedPreset43' | 'embedPresetResponsive' | 'embedPresetReveal',
][] = [
  ['16:9', 'embedPreset169'],
  ['4:3', 'embedPreset43'],
  ['responsive', 'embedPresetResponsive'],
  ['reveal', 'embedPresetReveal'],
];

/** The Embed dialog: an `<iframe>` snippet pinning the current view, size presets and a copy button. */
export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const { t, lang } = useT();
  const index = useIndex();
  const selection = useAtlasStore((s) => s.selection);
  const filters = useAtlasStore((s) => s.filters);
  const step = useAtlasStore((s) => s.step);
  const story = useAtlasStore((s) => s.story);
  const pageTheme = useAtlasStore((s) => s.theme);
  const total = useAtlasStore((s) => s.presented?.total ?? null);
  const [theme, setTheme] = useState<Theme>(pageTheme);
  const [preset, setPreset] = useState<EmbedPreset>('16:9');
  const [status, setStatus] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const code = useMemo(() => {
    if (!index) return '';
    const view = { selection, filters, lang, theme, step, story };
    const deck = preset === 'reveal';
    const src = embedUrl(window.location.href, index, view, deck);
    const deckStory = step === null ? null : { id: story ?? '', total };
    return embedSnippet(src, preset, t('appTitle'), deckStory);
  }, [index, selection, filters, lang, theme, step, story, total, preset, t]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(t('embedCopied'));
    } catch {
      // No clipboard permission (an http page, an iframe without clipboard-write): select for Ctrl+C.
      area.current?.focus();
      area.current?.select();
      setStatus(t('embedCopyManual'));
    }
  };

  return (
    <Dialog title={t('embedTitle')} onClose={onClose}>
      <p>{t('embedIntro')}</p>
      <fieldset>
        <legend>{t('embedSize')}</legend>
        {PRESETS.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="embed-preset"
              checked={preset === value}
              onChange={() => setPreset(value)}
            />{' '}
            {t(label)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('embedTheme')}</legend>
        {(['light', 'dark'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="embed-theme"
              checked={theme === value}
              onChange={() => setTheme(value)}
            />{' '}
            {t(value === 'light' ? 'embedThemeLight' : 'embedThemeDark')}
          </label>
        ))}
      </fieldset>
      <label className="visually-hidden" htmlFor="embed-code">
        {t('embedCode')}
      </label>
      <textarea id="embed-code" ref={area} readOnly value={code} spellCheck={false} />
      <div className="row">
        <button type="button" className="tool-button primary" onClick={() => void copy()}>
          {t('embedCopy')}
        </button>
        <span className="status" role="status">
          {status}
        </span>
      </div>
      <p>{t(preset === 'reveal' ? 'embedRevealNote' : 'embedApiNote')}</p>
    </Dialog>
  );
}
