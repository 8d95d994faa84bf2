import type { AtlasIndex } from '../domain/atlasIndex';
import { EventTypeSchema } from '../domain/schema';
import { useT } from '../i18n/useT';
import type { Problem } from './check';
import { Confidence, Decision } from './Decision';
import type { Edit } from './edits';
import { Field, problemsOf } from './Field';
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
          <Field itemKey={item.key} field="type" label={t('authorEventType')} problem={at('type')}>
            {(c) => (
              <select
                {...c}
                value={e.type}
                onChange={(x) => set({ type: EventTypeSchema.parse(x.target.value) })}
              >
                {EventTypeSchema.options.map((type) => (
                  <option key={type} value={type}>
                    {t(`eventType_${type}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field itemKey={item.key} field="date" label={t('authorDate')} problem={at('date')}>
            {(c) => (
              <input
                {...c}
                value={e.date}
                placeholder="2024-06-12"
                onChange={(x) => set({ date: x.target.value })}
              />
            )}
          </Field>
          <Field
            itemKey={item.key}
            field="endDate"
            label={t('authorEndDate')}
            problem={at('endDate')}
          >
            {(c) => (
              <input
                {...c}
                value={e.endDate}
                placeholder={t('authorOptional')}
                onChange={(x) => set({ endDate: x.target.value })}
              />
            )}
          </Field>
          <Field
            itemKey={item.key}
            field="title.zh"
            label={t('authorTitleZh')}
            problem={at('title.zh')}
            wide
          >
            {(c) => (
              <input
                {...c}
                lang="zh-Hans"
                value={e.title.zh}
                onChange={(x) => set({ title: { ...e.title, zh: x.target.value } })}
              />
            )}
          </Field>
          <Field
            itemKey={item.key}
            field="title.en"
            label={t('authorTitleEn')}
            problem={at('title.en')}
            wide
          >
            {(c) => (
              <input
                {...c}
                lang="en"
                value={e.title.en}
                onChange={(x) => set({ title: { ...e.title, en: x.target.value } })}
              />
            )}
          </Field>
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
