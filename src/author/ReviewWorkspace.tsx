import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { useT } from '../i18n/useT';
import { ArticlePane } from './ArticlePane';
import { ChipItems } from './ChipItems';
import { EventCard } from './EventCard';
import { fieldId } from './Field';
import { FigureCard } from './FigureCard';
import { setPreview, shippedArticleIds } from './localArticles';
import { MetaForm } from './MetaForm';
import { previewOf } from './preview';
import { checkReview } from './problems';
import type { Review } from './review';
import { ReviewBar } from './ReviewBar';
import { SelectionContext } from './selection';
import { showOnMap } from './showOnMap';
import { StoreWarning } from './StoreWarning';
import type { Work } from './useWork';

const SaveDialog = lazy(() => import('./SaveDialog'));

function useSelectionIn(selector: string): string | null {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const update = () => {
      const s = window.getSelection();
      const node = s?.anchorNode ?? null;
      const inside =
        node instanceof Node && (node.parentElement?.closest(selector) ?? null) !== null;
      const value = inside && s ? s.toString().trim() : '';
      // Keep the last selection while the user moves to a button that uses it.
      if (value) setText(value);
      else if (inside) setText(null);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [selector]);
  return text;
}

/** Step two: the article with its marks on the left, the items to review on the right. */
export function ReviewWorkspace({
  index,
  work,
  review,
}: {
  index: AtlasIndex;
  work: Work;
  review: Review;
}) {
  const { t } = useT();
  const [active, setActive] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const selection = useSelectionIn('[data-article-pane]');
  const ctx = useMemo(
    () => ({ regionIds: new Set(index.regionById.keys()), takenIds: shippedArticleIds() }),
    [index],
  );
  const checked = useMemo(() => checkReview(review, ctx), [review, ctx]);
  const preview = useMemo(() => previewOf(review, ctx), [review, ctx]);

  const goTo = (key: string) => {
    setActive(key);
    const card = document.getElementById(`author-item-${key}`);
    card?.scrollIntoView({ block: 'nearest' });
    card
      ?.querySelector<HTMLElement>('button, input, select, textarea')
      ?.focus({ preventScroll: true });
  };
  const showProblem = () => {
    const first = checked.problems[0];
    if (!first) return;
    setActive(first.key);
    const target = document.getElementById(fieldId(first.key, first.field));
    const card = document.getElementById(`author-item-${first.key}`);
    (target ?? card)?.scrollIntoView({ block: 'center' });
    (target ?? card?.querySelector<HTMLElement>('button'))?.focus({ preventScroll: true });
  };
  const onPreview = () => {
    if (!preview) return;
    setPreview(preview.article);
    showOnMap(preview.article.annotation);
  };
  const onSave = () => {
    if (checked.annotation) setSaving(true);
    else showProblem();
  };

  return (
    <SelectionContext.Provider value={selection}>
      <div className="author-review">
        <ReviewBar
          review={review}
          problems={checked.problems}
          canPreview={preview !== null}
          onStartOver={() => work.setReview(null)}
          onAcceptPending={() => work.edit({ type: 'acceptPending' })}
          onNextProblem={showProblem}
          onPreview={onPreview}
          onSave={onSave}
        />
        <StoreWarning failure={work.storeFailure} />
        <div className="author-columns">
          <ArticlePane
            index={index}
            review={review}
            active={active}
            onEdit={work.edit}
            onPick={goTo}
          />
          <div className="author-items" aria-label={t('authorItems')} role="region">
            <MetaForm review={review} problems={checked.problems} onEdit={work.edit} />
            <ChipItems
              index={index}
              review={review}
              kind="regions"
              problems={checked.problems}
              active={active}
              onEdit={work.edit}
              onFocus={setActive}
            />
            <ChipItems
              index={index}
              review={review}
              kind="sectors"
              problems={checked.problems}
              active={active}
              onEdit={work.edit}
              onFocus={setActive}
            />
            <section className="author-section" aria-labelledby="author-events-title">
              <h3 id="author-events-title">
                {t('events')} <span className="count">{review.events.length}</span>
              </h3>
              {review.events.map((item) => (
                <EventCard
                  key={item.key}
                  index={index}
                  item={item}
                  problems={checked.problems}
                  active={active === item.key}
                  onEdit={work.edit}
                  onFocus={setActive}
                />
              ))}
            </section>
            <section className="author-section" aria-labelledby="author-figures-title">
              <h3 id="author-figures-title">
                {t('figures')} <span className="count">{review.figures.length}</span>
              </h3>
              {review.figures.map((item) => (
                <FigureCard
                  key={item.key}
                  index={index}
                  item={item}
                  problems={checked.problems}
                  active={active === item.key}
                  onEdit={work.edit}
                  onFocus={setActive}
                />
              ))}
            </section>
          </div>
        </div>
        {saving && checked.annotation && (
          <Suspense fallback={null}>
            <SaveDialog
              review={review}
              annotation={checked.annotation}
              onClose={() => setSaving(false)}
              onKept={() => work.setReview(null)}
            />
          </Suspense>
        )}
      </div>
    </SelectionContext.Provider>
  );
}
