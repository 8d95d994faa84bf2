import { formatCount, formatCountExact } from '../domain/format';
import type { MessageKey } from '../i18n/messages';
import { useT } from '../i18n/useT';

// Widths in digits: a CJK character is two, a separator or space half. Four digits fit a
// card of the four-column row at every panel width; wider numbers get two columns.
const FOUR_COLUMNS_MAX = 4;
const width = (text: string) =>
  [...text].reduce(
    (w, c) => w + (/[\u3400-\u9fff]/u.test(c) ? 2 : /[\d\p{L}]/u.test(c) ? 1 : 0.5),
    0,
  );

/** A row of big counts with their labels; numbers never break, and wide ones get two columns. */
export function Stats({ items }: { items: readonly (readonly [MessageKey, number])[] }) {
  const { t, lang } = useT();
  const cells = items.map(([key, n]) => ({ key, text: formatCount(n, lang), n }));
  const wide = cells.some((c) => width(c.text) > FOUR_COLUMNS_MAX);
  return (
    <dl className="stats" data-wide={wide ? '' : undefined}>
      {cells.map(({ key, text, n }) => (
        <div key={key}>
          <dt>{t(key)}</dt>
          <dd title={text === String(n) ? undefined : formatCountExact(n, lang)}>{text}</dd>
        </div>
      ))}
    </dl>
  );
}
