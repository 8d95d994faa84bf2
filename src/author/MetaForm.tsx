import { useT } from '../i18n/useT';
import { ARTICLE_KEY, type Problem } from './check';
import type { Edit } from './edits';
import { BilingualFields, problemsOf, TextField } from './Field';
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
  const pair = (field: 'title' | 'source' | 'summary', zh: string, en: string, rows?: number) => (
    <BilingualFields
      itemKey={ARTICLE_KEY}
      field={field}
      labels={{ zh, en }}
      at={at}
      value={review[field]}
      rows={rows}
      onChange={(lang, value) => onEdit({ type: 'meta', field, lang, value })}
    />
  );
  return (
    <section className="author-section" aria-labelledby="author-meta-title">
      <h3 id="author-meta-title">{t('authorArticle')}</h3>
      <div className="author-card__body author-meta">
        {pair('title', t('authorTitleZh'), t('authorTitleEn'))}
        <TextField
          itemKey={ARTICLE_KEY}
          field="published"
          label={t('published')}
          problem={at('published')}
          placeholder={t('authorPublishedExample')}
          value={review.published}
          onChange={(value) => onEdit({ type: 'published', value })}
        />
        <TextField
          itemKey={ARTICLE_KEY}
          field="id"
          label={t('authorArticleId')}
          problem={at('id')}
          spellCheck={false}
          value={review.id}
          onChange={(value) => onEdit({ type: 'id', value })}
        />
        {pair('source', t('authorSourceZh'), t('authorSourceEn'))}
        {pair('summary', t('authorSummaryZh'), t('authorSummaryEn'), 3)}
      </div>
    </section>
  );
}
