import { useT } from '../i18n/useT';
import { ARTICLE_KEY, type Problem } from './check';
import type { Edit } from './edits';
import { Field, problemsOf } from './Field';
import type { Review } from './review';

/** The article's own fields: id, title, publication time, source and summary, in both languages. */
export function MetaForm({
  review,
  problems,
  onEdit,
}: {
  review: Review;
  problems: readonly Problem[];
  onEdit: (edit: Edit) => void;
}) {
  const { t } = useT();
  const at = problemsOf(problems, ARTICLE_KEY);
  const pair = (field: 'title' | 'source' | 'summary', label: [string, string], long = false) =>
    (['zh', 'en'] as const).map((lang, i) => (
      <Field
        key={lang}
        itemKey={ARTICLE_KEY}
        field={`${field}.${lang}`}
        label={label[i] ?? ''}
        problem={at(`${field}.${lang}`)}
        wide
      >
        {(c) =>
          long ? (
            <textarea
              {...c}
              rows={3}
              lang={lang === 'zh' ? 'zh-Hans' : 'en'}
              value={review[field][lang]}
              onChange={(e) => onEdit({ type: 'meta', field, lang, value: e.target.value })}
            />
          ) : (
            <input
              {...c}
              lang={lang === 'zh' ? 'zh-Hans' : 'en'}
              value={review[field][lang]}
              onChange={(e) => onEdit({ type: 'meta', field, lang, value: e.target.value })}
            />
          )
        }
      </Field>
    ));
  return (
    <section className="author-section" aria-labelledby="author-meta-title">
      <h3 id="author-meta-title">{t('authorArticle')}</h3>
      <div className="author-card__body author-meta">
        {pair('title', [t('authorTitleZh'), t('authorTitleEn')])}
        <Field
          itemKey={ARTICLE_KEY}
          field="published"
          label={t('published')}
          problem={at('published')}
        >
          {(c) => (
            <input
              {...c}
              value={review.published}
              placeholder={t('authorPublishedExample')}
              onChange={(e) => onEdit({ type: 'published', value: e.target.value })}
            />
          )}
        </Field>
        <Field itemKey={ARTICLE_KEY} field="id" label={t('authorArticleId')} problem={at('id')}>
          {(c) => (
            <input
              {...c}
              value={review.id}
              spellCheck={false}
              onChange={(e) => onEdit({ type: 'id', value: e.target.value })}
            />
          )}
        </Field>
        {pair('source', [t('authorSourceZh'), t('authorSourceEn')])}
        {pair('summary', [t('authorSummaryZh'), t('authorSummaryEn')], true)}
      </div>
    </section>
  );
}
