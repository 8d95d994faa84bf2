import { formatCount, formatCountExact } from '../domain/format';
import { useT } from '../i18n/useT';

/**
 * A count in the language's form (`formatCount`: 3万 / 30,000) on one line; when the
 * short form rounds, the tooltip has every digit.
 */
export function Count({ n, className = 'count' }: { n: number; className?: string }) {
  const { lang } = useT();
  const text = formatCount(n, lang);
  const exact = formatCountExact(n, lang);
  return (
    <span className={className} title={text === exact || String(n) === text ? undefined : exact}>
      {text}
    </span>
  );
}
