import type { AtlasIndex } from '../domain/atlasIndex';
import { EventTypeSchema } from '../domain/schema';
import { useT } from '../i18n/useT';
import type { Problem } from './check';
import { Confidence, Decision } from './Decision';
import type { Edit } from './edits';
import { BilingualFields, ChoiceField, Field, problemsOf, TextField } from './Field';
import { PlacesField, SectorsField } from './PlacesField';
import { EventRelations } from './EventRelations';
import { QuoteField } from './QuoteField';
import type { EventDraft, ReviewItem } from './review';

/** One drafted (or added) event: decision, type, title in both languages, dates, places, sectors, quote. */
export function EventCard({
  index,
  item,
  problems,
  active,
  onEdit,
  onFocus,
}: {
  index: AtlasIndex;
  item: ReviewItem<'events'>;
  problems: readonly Problem[];
  active: boolean;
  onEdit: (edit: Edit) => void;
  onFocus: (key: string) => void;
}) {
  const { t } = useT();
  const e = item.value;
  const at = problemsOf(problems, item.key);
  const set = (patch: Partial<EventDraft>) => onEdit({ type: 'event', key: item.key, patch });
  const name = e.title.zh || t(`eventType_${e.type}`);
  return (
    <article
      id={`author-item-${item.key}`}
      className={`author-card ${item.decision}${active ? ' active' : ''}`}
      aria-label={name}
      onFocusCapture={() => onFocus(item.key)}
    >
      <header className="author-card__head">
        <span className="kind event">{t(`eventType_${e.type}`)}</span>
        <Confidence value={item.confidence} />
        <h4>{name}</h4>
        <Decision
          name={name}
          decision={item.decision}
          onDecide={(decision) =>
            onEdit({ type: 'decide', kind: 'events', key: item.key, decision })
          }
        />
      </header>
      {at('decision') && <p className="author-problem pending">{t('authorProblem_pending')}</p>}
      {item.decision !== 'rejected' && (
        <div className="author-card__body">
          <ChoiceField
            itemKey={item.key}
            field="type"
            label={t('authorEventType')}
            problem={at('type')}
            value={e.type}
            options={EventTypeSchema.options}
            optionLabel={(type) => t(`eventType_${type}`)}
            onChange={(type) => set({ type })}
          />
          <TextField
            itemKey={item.key}
            field="date"
            label={t('authorDate')}
            problem={at('date')}
            placeholder="2024-06-12"
            value={e.date}
            onChange={(date) => set({ date })}
          />
          <TextField
            itemKey={item.key}
            field="endDate"
            label={t('authorEndDate')}
            problem={at('endDate')}
            placeholder={t('authorOptional')}
            value={e.endDate}
            onChange={(endDate) => set({ endDate })}
          />
          <BilingualFields
            itemKey={item.key}
            field="title"
            labels={{ zh: t('authorTitleZh'), en: t('authorTitleEn') }}
            at={at}
            value={e.title}
            onChange={(lang, text) => set({ title: { ...e.title, [lang]: text } })}
          />
          <Field
            itemKey={item.key}
            field="parties"
            label={t('parties')}
            problem={at('parties')}
            wide
          >
            {(c) => (
              <PlacesField
                index={index}
                control={c}
                label={t('parties')}
                value={e.parties}
                onChange={(parties) => set({ parties })}
              />
            )}
          </Field>
          <EventRelations index={index} item={item} at={at} set={set} />
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
                value={e.sectors}
                onChange={(sectors) => set({ sectors })}
              />
            )}
          </Field>
          <QuoteField
            itemKey={item.key}
            quote={e.quote}
            problem={at('quote')}
            onChange={(quote) => set({ quote })}
          />
        </div>
      )}
    </article>
  );
}
