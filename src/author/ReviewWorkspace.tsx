import { lazy, Suspense, useMemo, useState } from 'react';
import type { AtlasIndex } from '../domain/atlasIndex';
import { useT } from '../i18n/useT';
import { ArticlePane } from './ArticlePane';
import { ChipItems } from './ChipItems';
import { EventCard } from './EventCard';
import { focusItem, focusProblem } from './focus';
import { FigureCard } from './FigureCard';
import { setPreview, shippedArticleIds } from './localArticles';
import { MetaForm } from './MetaForm';
import { previewOf } from './preview';
import { checkInWorker } from '../ingest/client';
import type { Problem } from './check';
import { checkReview, firstPerField, placeProblems } from './problems';
import type { Review } from './review';
import { ReviewBar } from './ReviewBar';
import { SelectionContext, useSelectionIn } from './selection';
import { showOnMap } from './showOnMap';
import { StoreWarning } from './StoreWarning';
import type { Work } from './useWork';

const SaveDialog = lazy(() => import('./SaveDialog'));

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
    () => ({
      regions: index.regionById,
      sectorIds: new Set(index.sectorById.keys()),
      takenIds: shippedArticleIds(),
    }),
    [index],
  );
  const local = useMemo(() => checkReview(review, ctx), [review, ctx]);
  // The worker's full check (which regions the text names, with the whole gazetteer) of the
  // review as it was when Save was pressed; any edit makes it stale.
  const [full, setFull] = useState<{ of: Review; problems: readonly Problem[] } | null>(null);
  const checked = useMemo(
    () =>
      full?.of === review && full.problems.length > 0
        ? {
            ...local,
            annotation: null,
            problems: firstPerField([...local.problems, ...full.problems]),
          }
        : local,
    [full, local, review],
  );
  const [checking, setChecking] = useState(false);
  const preview = useMemo(() => previewOf(review, ctx), [review, ctx]);

  const goTo = (key: string) => {
    setActive(key);
    focusItem(key);
  };
  const showProblem = (first = checked.problems[0]) => {
    if (!first) return;
    setActive(first.key);
    focusProblem(first);
  };
  const onPreview = () => {
    if (!preview) return;
    setPreview(preview.article);
    showOnMap(preview.article.annotation);
  };
  const onSave = async () => {
    if (!checked.annotation) {
      showProblem();
      return;
    }
    setChecking(true);
    try {
      const problems = await checkInWorker(checked.candidate, review.id, review.text.original);
      const placed = placeProblems(problems, review, checked.keys);
      setFull({ of: review, problems: placed });
      if (placed.length === 0) setSaving(true);
      else showProblem(placed[0]);
    } catch {
      // Without the worker the page's own check (every rule but "named in the text") stands.
      setSaving(true);
    } finally {
      setChecking(false);
    }
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
          onSave={() => void onSave()}
          saving={checking}
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
              onKept={work.clear}
            />
          </Suspense>
        )}
      </div>
    </SelectionContext.Provider>
  );
}
