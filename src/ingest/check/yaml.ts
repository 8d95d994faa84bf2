/**
 * A YAML syntax error in plain words: the first error of a file (the ones after it
 * almost always follow from it: one slipped line gives half a dozen), with its line, the
 * line's text and what to do, instead of the parser's messages.
 */
import type { CheckProblem } from './problem';
import { excerpt, problemAt } from './problem';

/** What the YAML parser reports about one error. */
export interface YamlError {
  code: string;
  message: string;
  /** 1-based line and column, when the parser knows them. */
  line?: number;
  col?: number;
}

/** The problem for the first error of `text`, with where it is. */
export function yamlProblem(
  errors: readonly YamlError[],
  text: string,
): { problem: CheckProblem; line: number; col: number; more: number } | null {
  const e = errors[0];
  if (e === undefined) return null;
  const line = e.line ?? 1;
  const col = e.col ?? 1;
  // The line the error is on, or (an error at the end of the file) the last one with text.
  const lines = text.split('\n').slice(0, line);
  const shown = [...lines].reverse().find((l) => l.trim() !== '') ?? '';
  const params = { line, text: excerpt(shown.trim(), 40) };
  const m = e.message.split('\n')[0] ?? '';
  const code = ((): CheckProblem['code'] => {
    if (e.code === 'TAB_AS_INDENT') return 'yamlTab';
    if (e.code === 'DUPLICATE_KEY') return 'yamlDuplicateKey';
    if (e.code === 'BAD_SCALAR_START') return 'yamlReserved';
    if (/closing|flow (?:sequence|map)|end with [\]}]|after [[{]/iu.test(m)) return 'yamlUnclosed';
    if (
      ['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR'].includes(
        e.code,
      )
    )
      return 'yamlIndent';
    return 'yamlOther';
  })();
  const message = m.replace(/ at line \d+, column \d+:?$/u, '');
  return {
    problem: problemAt([], code, { ...params, message }),
    line,
    col,
    more: errors.length - 1,
  };
}
