import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useAtlasStore } from '../../state/store';
import { downloadBlob } from '../../ui/download';
import type { LoadDeckExporter, StoryChoice } from './catalogue';
import type { Aspect } from './layout';
import './deck.css';

/** A file name that says what the deck holds: `cooperation-atlas_decade-of-cooperation_zh_16x9.pptx`. */
export function deckFileName(
  story: string | null | undefined,
  lang: string,
  aspect: string,
): string {
  const what = story === undefined ? 'view' : (story ?? 'events');
  return `cooperation-atlas_${what}_${lang}_${aspect.replace(':', 'x')}.pptx`;
}

const VIEW = 'view';
const EVENTS = 'events';
const STORY = 'story:';

/**
 * The Export dialog's PowerPoint part: the current view, a curated story or
 * every event in date order, at 16:9 or 4:3, in the page's language.
 */
export function DeckSection({
  loadDeck,
  events,
  busy,
  run,
  onStatus,
}: {
  loadDeck: LoadDeckExporter;
  events: number;
  busy: boolean;
  run: (work: () => Promise<string>) => Promise<void>;
  onStatus: (status: string) => void;
}) {
  const { t, pick, lang } = useT();
  const [choices, setChoices] = useState<readonly StoryChoice[]>([]);
  const [content, setContent] = useState(VIEW);
  const [aspect, setAspect] = useState<Aspect>('16:9');

  useEffect(() => {
    let live = true;
    const { load } = useAtlasStore.getState();
    if (load.status !== 'ready') return;
    loadDeck().then(
      (deck) => live && setChoices(deck.choices(load.index)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [loadDeck]);

  const download = () =>
    run(async () => {
      const deck = await loadDeck();
      const story =
        content === VIEW ? undefined : content === EVENTS ? null : content.slice(STORY.length);
      const blob = await deck.exportDeck({ story, lang, aspect }, (stage) =>
        onStatus(stage === 'writing' ? t('deckWriting') : t('deckDrawing', stage)),
      );
      const name = deckFileName(story, lang, aspect);
      downloadBlob(blob, name);
      return t('exportDone', { name });
    });

  return (
    <section>
      <h3>{t('deckHeading')}</h3>
      <p>{t('deckNote')}</p>
      <div className="deck-options">
        <label className="deck-options__label" htmlFor="deck-content">
          {t('deckContent')}
        </label>
        <select id="deck-content" value={content} onChange={(e) => setContent(e.target.value)}>
          <option value={VIEW}>{t('deckCurrentView')}</option>
          {choices.map((c) => (
            <option key={c.id} value={`${STORY}${c.id}`}>
              {pick(c.title)} · {t('presentStepsCount', { n: c.steps })}
            </option>
          ))}
          <option value={EVENTS} disabled={events === 0}>
            {t('presentEvents')} · {t('presentStepsCount', { n: events })}
          </option>
        </select>
        <span className="deck-options__label" id="deck-aspect">
          {t('deckAspect')}
        </span>
        <div className="deck-options__aspects" role="radiogroup" aria-labelledby="deck-aspect">
          {(['16:9', '4:3'] as const).map((a) => (
            <label key={a}>
              <input
                type="radio"
                name="deck-aspect"
                checked={aspect === a}
                onChange={() => setAspect(a)}
              />{' '}
              {t(a === '16:9' ? 'deckWide' : 'deckStandard')}
            </label>
          ))}
        </div>
      </div>
      <button type="button" className="tool-button" disabled={busy} onClick={() => void download()}>
        {t('deckButton')}
      </button>
    </section>
  );
}
