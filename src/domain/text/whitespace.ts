/**
 * Rule `whitespace`: the layout of the clean text.
 *
 * Each non-empty line of the source is one paragraph; lines are trimmed (which
 * removes the full-width and no-break indentation of `  記者…` paragraphs), runs of
 * spaces inside a line become one space, and paragraphs are separated by exactly
 * one blank line.
 */

/** Collapses the whitespace inside one line: trims it and turns every run of spaces (any kind) into one space. */
export function collapseLine(line: string): string {
  return line
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Splits text into trimmed, non-empty lines (CRLF, CR and LF all end a line). */
export function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map(collapseLine)
    .filter((l) => l.length > 0);
}

/** Joins paragraphs with one blank line between them. */
export function joinParagraphs(lines: readonly string[]): string {
  return lines.join('\n\n');
}
