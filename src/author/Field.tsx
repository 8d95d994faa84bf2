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

/** Where a field is and what is wrong with it: the item, the field and its problem. */
interface FieldPlace {
  readonly itemKey: string;
  readonly field: string;
  readonly label: string;
  readonly problem: Problem | undefined;
  readonly wide?: boolean;
}

/** A text field: one line, or `rows` lines. */
export function TextField({
  value,
  onChange,
  rows,
  ...input
}: FieldPlace & {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  placeholder?: string;
  lang?: string;
  inputMode?: 'decimal';
  spellCheck?: boolean;
}) {
  const { itemKey, field, label, problem, wide, ...attributes } = input;
  return (
    <Field itemKey={itemKey} field={field} label={label} problem={problem} wide={wide}>
      {(c) =>
        rows ? (
          <textarea
            {...c}
            {...attributes}
            rows={rows}
            value={value}
            onChange={(x) => onChange(x.target.value)}
          />
        ) : (
          <input {...c} {...attributes} value={value} onChange={(x) => onChange(x.target.value)} />
        )
      }
    </Field>
  );
}

/** A field choosing one of `options`, each shown by `optionLabel`. */
export function ChoiceField<T extends string>({
  value,
  options,
  optionLabel,
  onChange,
  ...place
}: FieldPlace & {
  value: T;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
}) {
  return (
    <Field {...place}>
      {(c) => (
        <select
          {...c}
          value={value}
          onChange={(x) => {
            const chosen = options.find((o) => o === x.target.value);
            if (chosen !== undefined) onChange(chosen);
          }}
        >
          {options.map((o) => (
            <option key={o} value={o}>
              {optionLabel(o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The Chinese and English of one bilingual field (`field.zh`, `field.en`), full width. */
export function BilingualFields({
  itemKey,
  field,
  labels,
  at,
  value,
  onChange,
  rows,
}: {
  itemKey: string;
  field: string;
  labels: Readonly<Record<'zh' | 'en', string>>;
  at: (field: string) => Problem | undefined;
  value: Readonly<Record<'zh' | 'en', string>>;
  onChange: (lang: 'zh' | 'en', text: string) => void;
  rows?: number;
}) {
  return (
    <>
      {(['zh', 'en'] as const).map((lang) => (
        <TextField
          key={lang}
          itemKey={itemKey}
          field={`${field}.${lang}`}
          label={labels[lang]}
          problem={at(`${field}.${lang}`)}
          wide
          lang={lang === 'zh' ? 'zh-Hans' : 'en'}
          rows={rows}
          value={value[lang]}
          onChange={(text) => onChange(lang, text)}
        />
      ))}
    </>
  );
}
