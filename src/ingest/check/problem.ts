/**
 * A problem found in an annotation: where (`path` into the annotation, e.g.
 * `['events', 3, 'quote']`), what (`code`, whose words live in `src/i18n/ingest.ts` as
 * `check.<code>` in zh and en) and the details the words need (`params`). The CLI prints
 * the English line with the file and the record; the authoring form shows the line in
 * the UI's language next to the field `path` names.
 */

/** Every kind of problem, one message each (see `src/i18n/ingest.ts`). */
export const PROBLEM_CODES = [
  // The file and its shape.
  'notRecord',
  'required',
  'notNumber',
  'numberWithUnit',
  'notText',
  'notList',
  'notBoolean',
  'empty',
  'tooFew',
  'quoteTooShort',
  'notOneOf',
  'regionIdFormat',
  'sectorIdFormat',
  'localIdFormat',
  'dateFormat',
  'publishedFormat',
  'notRealDate',
  'unknownField',
  'invalid',
  'idMismatch',
  // Ids and references.
  'unknownRegion',
  'unknownRegionSuggest',
  'regionNotNamed',
  'regionNotNamedSuggest',
  'unknownSector',
  'duplicateEventId',
  'duplicateFigureId',
  'listedTwice',
  'partyNotInRegions',
  'directionNotParty',
  'endBeforeDate',
  // Quotes.
  'noRawText',
  'quoteNotFound',
  'quoteHalfWidth',
  'quoteTraditional',
  'quoteExtra',
  'quoteMissing',
  'quoteDiffers',
  // What a reviewer must see before the atlas takes an article.
  'isDraft',
  'extractionBlock',
  'untranslated',
  // YAML syntax (the CLI's files).
  'yamlIndent',
  'yamlTab',
  'yamlDuplicateKey',
  'yamlUnclosed',
  'yamlReserved',
  'yamlOther',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** A key into an annotation: a field name or a list index. */
export type PathKey = string | number;

/** One problem. */
export interface CheckProblem {
  path: PathKey[];
  code: ProblemCode;
  params: Record<string, string | number>;
}

/** Shorthand for a problem. */
export const problemAt = (
  path: readonly PathKey[],
  code: ProblemCode,
  params: Record<string, string | number> = {},
): CheckProblem => ({ path: [...path], code, params });

/** The first `n` characters of a text, for messages. */
export function excerpt(s: string, n = 30): string {
  const chars = [...s];
  return chars.length <= n ? s : `${chars.slice(0, n).join('')}…`;
}
