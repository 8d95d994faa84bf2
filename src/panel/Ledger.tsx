import { useMemo } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { formatDate, formatFigureList, formatValue, formatYears } from '../domain/format';
import {
  buildLedger,
  type FigureSeries,
  type LedgerEntry,
  type LedgerStage,
} from '../domain/ledger';
import type { RegionId } from '../domain/schema';
import { SeriesChart } from '../ui/SeriesChart';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { useAtlasStore, type RecordRef } from '../state/store';
import { pageOf, ShowMore, usePaged } from '../ui/ShowMore';
import { SourceQuote } from '../ui/SourceQuote';
import './ledger.css';

const STAGE_LABEL: Record<LedgerStage, MessageKey> = {
  framework: 'ledgerStageFramework',
  signing: 'ledgerStageSigning',
  park: 'ledgerStagePark',
  outcome: 'ledgerStageOutcome',
  exchange: 'ledgerStageExchange',
};

function yearsOf(first: string | null, last: string | null): string {
  if (!first || !last) return '';
  return formatYears([Number(first.slice(0, 4)), Number(last.slice(0, 4))]);
}

/**
 * A pair's cooperation ledger: the steps it reached (framework agreement →
 * project signings → parks → outcomes), every event and reported figure in
 * date order (those the filters hide are dimmed, not dropped), and a small chart
 * for each figure reported more than once. Its lists are paged like the panel's others:
 * a busy province pair at 10,000 articles has hundreds of entries (5,000 elements drawn
 * at once cost 200 ms of layout).
 */
export function Ledger({ index, a, b }: { index: AtlasIndex; a: RegionId; b: RegionId }) {
  const { t, pick, lang } = useT();
  const filters = useAtlasStore((s) => s.filters);
  const openArticle = useAtlasStore((s) => s.openArticle);
  const ledger = useMemo(() => buildLedger(index, a, b, filters), [index, a, b, filters]);
  const entries = usePaged(ledger.entries);
  const series = usePaged(ledger.series);
  if (ledger.entries.length === 0) return null;
  const entryText = (e: LedgerEntry) =>
    e.kind === 'event'
      ? pick(e.event.title)
      : formatFigureList(
          e.figures.map((f) => ({
            metric: pick(f.metric),
            value: formatValue(f.value, f.unit, f.qualifier, lang),
          })),
          lang,
        );
  return (
    <section className="section ledger" aria-labelledby="ledger-title">
      <h3 id="ledger-title">{t('ledgerTitle')}</h3>
      <ol className="ledger-steps">
        {ledger.steps.map((s) => (
          <li key={s.stage} className={s.count > 0 ? 'is-reached' : undefined}>
            <span className="ledger-steps__label">{t(STAGE_LABEL[s.stage])}</span>
            <span className="ledger-steps__count">{s.count > 0 ? s.count : '—'}</span>
            <span className="ledger-steps__years">{yearsOf(s.first, s.last)}</span>
          </li>
        ))}
      </ol>
      <ol className="ledger-entries">
        {pageOf(ledger.entries, entries).map((e) => {
          const article = e.kind === 'event' ? e.event.article : e.article;
          const first = e.kind === 'event' ? e.event : e.figures[0];
          const record: RecordRef | undefined = first && {
            kind: e.kind === 'event' ? 'event' : 'figure',
            id: first.id,
          };
          return (
            <li
              key={
                e.kind === 'event'
                  ? `${e.event.article}#${e.event.id}`
                  : `${e.stage}|${e.date}|${e.article}`
              }
              className={`ledger-entry ledger-entry--${e.stage}${e.passes ? '' : ' is-out'}`}
            >
              <time className="ledger-entry__date">{formatDate(e.date, lang)}</time>
              <span className="ledger-entry__stage">{t(STAGE_LABEL[e.stage])}</span>
              <button
                type="button"
                className="ledger-entry__text"
                title={t('openArticle')}
                onClick={() => openArticle({ id: article, quote: null, record })}
              >
                {entryText(e)}
              </button>
              {!e.passes && <span className="visually-hidden">{t('ledgerOutsideFilters')}</span>}
            </li>
          );
        })}
      </ol>
      <ShowMore paged={entries} />
      {ledger.series.length > 0 && (
        <div className="ledger-series">
          <h4>{t('ledgerRepeated')}</h4>
          {pageOf(ledger.series, series).map((s) => (
            <SeriesItem key={s.key} series={s} />
          ))}
          <ShowMore paged={series} />
        </div>
      )}
    </section>
  );
}

/** One figure reported more than once: its chart, and each value with its sentence (paged). */
function SeriesItem({ series: s }: { series: FigureSeries }) {
  const { pick, lang } = useT();
  const points = usePaged(s.points);
  const values = s.points
    .map((p) => `${formatDate(p.asOf, lang)} ${formatValue(p.value, p.unit, p.qualifier, lang)}`)
    .join('; ');
  return (
    <figure className="ledger-series__item">
      <figcaption>{pick(s.metric)}</figcaption>
      <SeriesChart series={s} lang={lang} label={`${pick(s.metric)}: ${values}`} />
      <ol className="ledger-series__points">
        {pageOf(s.points, points).map((p) => (
          <li key={`${p.article}#${p.id}`}>
            <time>{formatDate(p.asOf, lang)}</time>{' '}
            <strong>{formatValue(p.value, p.unit, p.qualifier, lang)}</strong>
            <SourceQuote article={p.article} record={{ kind: 'figure', id: p.id }} />
          </li>
        ))}
      </ol>
      <ShowMore paged={points} />
    </figure>
  );
}
