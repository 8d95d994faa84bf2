import { useMemo } from 'react';
import { Dialog } from '../ui/Dialog';
import { useT } from '../i18n/useT';
import { useFilteredView, useIndex } from '../state/derived';
import { useAtlasStore } from '../state/store';
import { allStories } from './stories';
import './present.css';

/** Chooses what to present: every event in date order, or one of the curated stories. */
export default function PresentMenu({ onClose }: { onClose: () => void }) {
  const { t, pick } = useT();
  const index = useIndex();
  const view = useFilteredView();
  const stories = useMemo(() => (index ? allStories(index).filter((s) => s.ok) : []), [index]);
  const start = (story: string | null) => {
    onClose();
    useAtlasStore.getState().present({ step: 1, story });
  };
  return (
    <Dialog title={t('presentMenu')} onClose={onClose}>
      <ul className="present-menu">
        {stories.map((s) =>
          s.ok ? (
            <li key={s.id}>
              <button type="button" className="tool-button" onClick={() => start(s.id)}>
                <strong>{pick(s.title)}</strong>
                <span>{t('presentStepsCount', { n: s.steps.length })}</span>
              </button>
            </li>
          ) : null,
        )}
        <li>
          <button
            type="button"
            className="tool-button"
            disabled={!view?.events.length}
            onClick={() => start(null)}
          >
            <strong>{t('presentEvents')}</strong>
            <span>{t('presentStepsCount', { n: view?.events.length ?? 0 })}</span>
          </button>
        </li>
      </ul>
      <p>{t('presentKeys')}</p>
    </Dialog>
  );
}
