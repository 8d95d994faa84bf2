import type { AtlasIndex } from '../domain/atlasIndex';
import { useT } from '../i18n/useT';
import type { Problem } from './check';
import { Field } from './Field';
import type { EventDraft, ReviewItem } from './review';

/** An event's venue (one of its parties, or none) and its direction of support (from one party to another, or none). */
export function EventRelations({
  index,
  item,
  at,
  set,
}: {
  index: AtlasIndex;
  item: ReviewItem<'events'>;
  at: (field: string) => Problem | undefined;
  set: (patch: Partial<EventDraft>) => void;
}) {
  const { t, pick } = useT();
  const e = item.value;
  const regionName = (id: string) => {
    const r = index.regionById.get(id);
    return r ? pick(r.name) : id;
  };
  return (
    <>
      <Field itemKey={item.key} field="venue" label={t('venue')} problem={at('venue')}>
        {(c) => (
          <select
            {...c}
            value={e.venue ?? ''}
            onChange={(x) => set({ venue: x.target.value || null })}
          >
            <option value="">{t('authorNoVenue')}</option>
            {[...new Set([...e.parties, ...(e.venue ? [e.venue] : [])])].map((id) => (
              <option key={id} value={id}>
                {regionName(id)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        itemKey={item.key}
        field="direction"
        label={t('authorDirection')}
        problem={at('direction')}
      >
        {(c) => (
          <select
            {...c}
            value={e.direction ? `${e.direction.from}>${e.direction.to}` : ''}
            onChange={(x) => {
              const [from = '', to = ''] = x.target.value.split('>');
              set({ direction: x.target.value ? { from, to } : null });
            }}
          >
            <option value="">{t('authorNoDirection')}</option>
            {e.parties.flatMap((from) =>
              e.parties
                .filter((to) => to !== from)
                .map((to) => (
                  <option key={`${from}>${to}`} value={`${from}>${to}`}>
                    {t('authorDirectionOption', { from: regionName(from), to: regionName(to) })}
                  </option>
                )),
            )}
          </select>
        )}
      </Field>
    </>
  );
}
