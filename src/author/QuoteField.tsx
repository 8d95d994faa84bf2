import { useT } from '../i18n/useT';
import type { Problem } from './check';
import { Field } from './Field';
import { useArticleSelection } from './selection';

/** An item's source sentence: exact text of the article; replaced by the article pane's selection. */
export function QuoteField({
  itemKey,
  quote,
  problem,
  onChange,
}: {
  itemKey: string;
  quote: string;
  problem: Problem | undefined;
  onChange: (quote: string) => void;
}) {
  const { t } = useT();
  const selected = useArticleSelection();
  return (
    <Field itemKey={itemKey} field="quote" label={t('quote')} problem={problem} wide>
      {(c) => (
        <div className="quote-field">
          <textarea
            {...c}
            lang="zh-Hans"
            rows={2}
            value={quote}
            onChange={(e) => onChange(e.target.value)}
          />
          <button
            type="button"
            className="text-button"
            disabled={!selected}
            title={t('authorUseSelectionHint')}
            onClick={() => selected && onChange(selected)}
          >
            {t('authorUseSelection')}
          </button>
        </div>
      )}
    </Field>
  );
}
