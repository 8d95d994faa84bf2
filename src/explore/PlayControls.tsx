import type { YearSpan } from '../domain/dates';
import { useT } from '../i18n/useT';
import { useAtlasStore, type PlaySpeed } from '../state/store';
import { togglePlay } from './usePlayback';

const SPEEDS: readonly PlaySpeed[] = [0.5, 1, 2];

/** Play/pause, moving window or cumulative, and speed. */
export function PlayControls({ domain, label }: { domain: YearSpan; label: string }) {
  const { t } = useT();
  const playing = useAtlasStore((s) => s.playing);
  const mode = useAtlasStore((s) => s.playMode);
  const speed = useAtlasStore((s) => s.playSpeed);
  const setMode = useAtlasStore((s) => s.setPlayMode);
  const setSpeed = useAtlasStore((s) => s.setPlaySpeed);
  return (
    <div className="tl-controls">
      <div className="tl-controls__row">
        <button
          type="button"
          className="tl-play"
          aria-pressed={playing}
          aria-label={playing ? t('explorePause') : t('explorePlay')}
          title={playing ? t('explorePause') : t('explorePlay')}
          onClick={() => togglePlay(domain)}
        >
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            {playing ? <path d="M3 2h3v10H3zM8 2h3v10H8z" /> : <path d="M3 1.5v11l9.5-5.5z" />}
          </svg>
        </button>
        {/* The page's announcer already reads out each filter change during play. */}
        <span className="tl-current">{label}</span>
      </div>
      <div className="tl-controls__row">
        <button
          type="button"
          className="tl-mode"
          aria-label={`${t('explorePlayMode')}: ${mode === 'window' ? t('exploreModeWindow') : t('exploreModeCumulative')}`}
          title={t('exploreModeHelp')}
          onClick={() => setMode(mode === 'window' ? 'cumulative' : 'window')}
        >
          {mode === 'window' ? t('exploreModeWindow') : t('exploreModeCumulative')}
        </button>
        <select
          className="tl-speed"
          aria-label={t('exploreSpeed')}
          value={speed}
          onChange={(e) => {
            const next = SPEEDS.find((s) => String(s) === e.target.value);
            if (next) setSpeed(next);
          }}
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
