import { useEffect, useMemo, useRef } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { search } from '../domain/search';
import { useT } from '../i18n/useT';
import type { Edit } from './edits';
import { highlightPieces, type Mark } from './highlights';
import type { Review } from './review';
import { useArticleSelection } from './selection';

const MARK_LABEL = {
  event: 'events',
  figure: 'figures',
  region: 'regions',
  sector: 'sectors',
  meta: 'authorArticle',
} as const;

/**
 * The normalised article with every drafted item marked at its sentence (colour by
 * kind; dashed while pending, faint when rejected). Clicking a mark goes to its item;
 * selected text can become a new event, figure or region, or an item's source sentence.
 */
export function ArticlePane({
  index,
  review,
  active,
  onEdit,
  onPick,
}: {
  index: AtlasIndex;
  review: Review;
  active: string | null;
  onEdit: (edit: Edit) => void;
  onPick: (key: string) => void;
}) {
  const { t } = useT();
  const pane = useRef<HTMLDivElement>(null);
  const selected = useArticleSelection();
  const pieces = useMemo(() => highlightPieces(review), [review]);
  useEffect(() => {
    if (!active) return;
    pane.current
      ?.querySelector(`[data-keys~="${CSS.escape(active)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const region = useMemo(() => {
    if (!selected || selected.length > 12) return null;
    const hits = search(index, selected).find((g) => g.kind === 'region')?.hits[0];
    return hits?.kind === 'region' ? hits.region : null;
  }, [index, selected]);
  const day = review.published.slice(0, 10);
  const title = (m: readonly Mark[]) =>
    m
      .map(
        (x) =>
          `${t(MARK_LABEL[x.kind])}${x.decision === 'rejected' ? ` (${t('authorRejected')})` : ''}`,
      )
      .join(' · ');
  return (
    <section className="author-article" aria-labelledby="author-article-title">
      <header className="author-article__head">
        <h3 id="author-article-title">{t('authorArticleText')}</h3>
        <p className="author-legend" aria-hidden="true">
          <span className="hl hl-event">{t('events')}</span>
          <span className="hl hl-figure">{t('figures')}</span>
          <span className="hl hl-region">{t('regions')}</span>
          <span className="hl hl-sector">{t('sectors')}</span>
        </p>
      </header>
      <div className="author-selection" role="toolbar" aria-label={t('authorSelectionTools')}>
        {selected ? (
          <>
            <span className="author-selection__text">
              “{selected.length > 40 ? `${selected.slice(0, 40)}…` : selected}”
            </span>
            <button
              type="button"
              onClick={() =>
                onEdit({ type: 'addEvent', quote: selected, eventType: 'meeting', date: day })
              }
            >
              ＋ {t('authorAddEvent')}
            </button>
            <button
              type="button"
              onClick={() =>
                onEdit({ type: 'addFigure', quote: selected, unit: 'yuan', asOf: day })
              }
            >
              ＋ {t('authorAddFigure')}
            </button>
            {region && (
              <button
                type="button"
                onClick={() =>
                  onEdit({
                    type: 'addPlace',
                    kind: 'regions',
                    value: region.id,
                    evidence: selected,
                  })
                }
              >
                ＋ {t('authorAddRegionNamed', { name: region.name.zh })}
              </button>
            )}
          </>
        ) : (
          <span className="muted">{t('authorSelectHint')}</span>
        )}
      </div>
      <div
        className="author-article__text"
        lang="zh-Hans"
        ref={pane}
        tabIndex={0}
        data-article-pane=""
      >
        {pieces.map((p) => {
          const [top] = p.marks;
          if (!top) return <span key={p.start}>{p.text}</span>;
          const keys = p.marks.map((m) => m.key).join(' ');
          const isActive = p.marks.some((m) => m.key === active);
          return (
            <mark
              key={p.start}
              data-keys={keys}
              className={`hl hl-${top.kind} ${top.decision}${isActive ? ' active' : ''}${p.marks.length > 1 ? ' several' : ''}`}
              title={title(p.marks)}
              onClick={() => window.getSelection()?.isCollapsed !== false && onPick(top.key)}
            >
              {p.text}
            </mark>
          );
        })}
      </div>
    </section>
  );
}
