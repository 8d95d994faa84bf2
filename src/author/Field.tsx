import type { ReactNode } from 'react';
import type { Problem } from './check';
import { problemText } from './messages';
import { useT } from '../i18n/useT';

/** The DOM id of a form field, so a problem can point at (and focus) it. */
export function fieldId(key: string, field: string): string {
  return `author-${key}-${field}`.replace(/[^\w-]+/gu, '-');
}

/** Props every field control gets: its id, and its problem's description. */
export interface Control {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby': string | undefined;
}

/**
 * A labelled form field with its problem underneath (amber for English still to write,
 * red for an error), wired with `aria-invalid` and `aria-describedby`.
 */
export function Field({
  itemKey,
  field,
  label,
  problem,
  wide = false,
  children,
}: {
  itemKey: string;
  field: string;
  label: string;
  problem: Problem | undefined;
  wide?: boolean;
  children: (control: Control) => ReactNode;
}) {
  const { lang } = useT();
  const id = fieldId(itemKey, field);
  const note = `${id}-problem`;
  return (
    <div className={`author-field${wide ? ' wide' : ''}${problem ? ` has-${problem.code}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': problem !== undefined,
        'aria-describedby': problem ? note : undefined,
      })}
      {problem && (
        <p id={note} className={`author-problem ${problem.code}`}>
          {problemText(problem, lang)}
        </p>
      )}
    </div>
  );
}

/** The problems of one item, by field. */
export function problemsOf(
  problems: readonly Problem[],
  key: string,
): (field: string) => Problem | undefined {
  const mine = problems.filter((p) => p.key === key);
  return (field) => mine.find((p) => p.field === field);
}
