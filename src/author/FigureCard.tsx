import type { AtlasIndex } from '../domain/atlasIndex';
import { formatValue } from '../domain/format';
import { QualifierSchema, UnitSchema } from '../domain/schema';
import { useT } from '../i18n/useT';
import { parseValue, type Problem } from './check';
import { Confidence, Decision } from './Decision';
import type { Edit } from './edits';
import { BilingualFields, ChoiceField, Field, problemsOf, TextField } from './Field';
import { PlacesField, SectorsField } from './PlacesField';
import { QuoteField } from './QuoteField';
import type { FigureDraft, ReviewItem } from './review';

/** One drafted (or added) figure: decision, metric in both languages, value, unit, date, places, quote. */
export function FigureCard({
  index,
  item,
  problems,
  active,
  onEdit,
  onFocus,
}: {
  index: AtlasIndex;
  item: ReviewItem<'figures'>;
  problems: readonly Problem[];
  active: boolean;
  onEdit: (edit: Edit) => void;
  onFocus: (key: string) => void;
}) {
  const { t, lang } = useT();
  const f = item.value;
  const at = problemsOf(problems, item.key);
  const set = (patch: Partial<FigureDraft>) => onEdit({ type: 'figure', key: item.key, patch });
  const value = parseValue(f.value);
  const shown = value === null ? f.value : formatValue(value, f.unit, f.qualifier, lang);
  const name = f.metric.zh || t('figures');
  return (
    <article
      id={`author-item-${item.key}`}
      className={`author-card ${item.decision}${active ? ' active' : ''}`}
      aria-label={`${name} ${shown}`}
      onFocusCapture={() => onFocus(item.key)}
    >
      <header className="author-card__head">
        <span className="kind figure">{t('authorFigure')}</span>
        <Confidence value={item.confidence} />
        <h4>
          {name} <span className="figure-value">{shown}</span>
        </h4>
        <Decision
          name={name}
          decision={item.decision}
          onDecide={(decision) =>
            onEdit({ type: 'decide', kind: 'figures', key: item.key, decision })
          }
        />
      </header>
      {at('decision') && <p className="author-problem pending">{t('authorProblem_pending')}</p>}
      {item.decision !== 'rejected' && (
        <div className="author-card__body">
          <BilingualFields
            itemKey={item.key}
            field="metric"
            labels={{ zh: t('authorMetricZh'), en: t('authorMetricEn') }}
            at={at}
            value={f.metric}
            onChange={(lang, text) => set({ metric: { ...f.metric, [lang]: text } })}
          />
          <TextField
            itemKey={item.key}
            field="value"
            label={t('authorValue')}
            problem={at('value')}
            inputMode="decimal"
            value={f.value}
            onChange={(value) => set({ value })}
          />
          <ChoiceField
            itemKey={item.key}
            field="unit"
            label={t('authorUnit')}
            problem={at('unit')}
            value={f.unit}
            options={UnitSchema.options}
            optionLabel={(u) => t(`authorUnit_${u}`)}
            onChange={(unit) => set({ unit })}
          />
          <ChoiceField
            itemKey={item.key}
            field="qualifier"
            label={t('authorQualifier')}
            problem={at('qualifier')}
            value={f.qualifier}
            options={QualifierSchema.options}
            optionLabel={(q) => t(`authorQualifier_${q}`)}
            onChange={(qualifier) => set({ qualifier })}
          />
          <TextField
            itemKey={item.key}
            field="asOf"
            label={t('asOf')}
            problem={at('asOf')}
            placeholder="2024-06-12"
            value={f.asOf}
            onChange={(asOf) => set({ asOf })}
          />
          <Field
            itemKey={item.key}
            field="regions"
            label={t('regions')}
            problem={at('regions')}
            wide
          >
            {(c) => (
              <PlacesField
                index={index}
                control={c}
                label={t('regions')}
                value={f.regions}
                onChange={(regions) => set({ regions })}
              />
            )}
          </Field>
          <Field
            itemKey={item.key}
            field="sectors"
            label={t('sectors')}
            problem={at('sectors')}
            wide
          >
            {(c) => (
              <SectorsField
                index={index}
                control={c}
                label={t('sectors')}
                value={f.sectors}
                onChange={(sectors) => set({ sectors })}
              />
            )}
          </Field>
          <QuoteField
            itemKey={item.key}
            quote={f.quote}
            problem={at('quote')}
            onChange={(quote) => set({ quote })}
          />
        </div>
      )}
    </article>
  );
}
