import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';

/** A row of big counts with their labels. */
export function Stats({ items }: { items: readonly (readonly [MessageKey, number])[] }) {
  const { t } = useT();
  return (
    <dl className="stats">
      {items.map(([key, n]) => (
        <div key={key}>
          <dt>{t(key)}</dt>
          <dd>{n}</dd>
        </div>
      ))}
    </dl>
  );
}
