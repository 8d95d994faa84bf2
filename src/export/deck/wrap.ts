/**
 * Line breaking for the deck's text boxes, so a box can be sized before an
 * office suite lays it out: Chinese breaks between any two characters except
 * before closing and after opening punctuation; Latin breaks at spaces and
 * hyphens; a word wider than the line is cut between characters.
 */

/** Width of `text` in points at `size` points, bold or not. */
export type Measure = (text: string, size: number, bold: boolean) => number;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;
const NO_START = new Set([...'，。、；：！？）》」』】〕〉’”·…—,.;:!?)]}%']);
const NO_END = new Set([...'（《「『【〔〈‘“([{']);

/** The pieces a line may break between, each with its trailing space. */
export function breakUnits(text: string): string[] {
  const units: string[] = [];
  let word = '';
  const flush = () => {
    if (word) units.push(word);
    word = '';
  };
  for (const ch of text) {
    if (CJK.test(ch) || NO_END.has(ch)) {
      flush();
      units.push(ch);
    } else if (ch === ' ' || ch === '-' || ch === '/') {
      word += ch;
      flush();
    } else word += ch;
  }
  flush();
  // Closing punctuation joins the unit before it; opening punctuation joins the unit after it.
  const joined: string[] = [];
  for (const unit of units) {
    const first = [...unit][0] ?? '';
    const last = joined[joined.length - 1];
    if (last !== undefined && (NO_START.has(first) || NO_END.has([...last].pop() ?? ''))) {
      joined[joined.length - 1] = last + unit;
    } else joined.push(unit);
  }
  return joined;
}

function cut(unit: string, fits: (s: string) => boolean): string[] {
  const parts: string[] = [];
  let part = '';
  for (const ch of unit) {
    if (part && !fits(part + ch)) {
      parts.push(part);
      part = '';
    }
    part += ch;
  }
  if (part) parts.push(part);
  return parts;
}

/** The lines `text` takes in a box `width` points wide; explicit newlines are kept. */
export function wrapLines(
  text: string,
  width: number,
  size: number,
  bold: boolean,
  measure: Measure,
): string[] {
  const fits = (s: string) => measure(s.trimEnd(), size, bold) <= width;
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const unit of breakUnits(paragraph)) {
      if (fits(line + unit)) {
        line += unit;
        continue;
      }
      if (line) lines.push(line.trimEnd());
      const parts = fits(unit) ? [unit] : cut(unit, fits);
      lines.push(...parts.slice(0, -1));
      line = parts[parts.length - 1] ?? '';
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

/** `lines` cut to `max` lines, the last one ending in "…" when anything was cut. */
export function clampLines(
  lines: readonly string[],
  max: number,
  width: number,
  size: number,
  bold: boolean,
  measure: Measure,
): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, Math.max(1, max));
  let last = kept[kept.length - 1] ?? '';
  while (last && measure(`${last}…`, size, bold) > width) last = [...last].slice(0, -1).join('');
  kept[kept.length - 1] = `${last}…`;
  return kept;
}

/** Wrapped lines back into one text: Chinese lines join directly, Latin ones with a space. */
export function joinLines(lines: readonly string[]): string {
  return lines.reduce((text, line) => {
    if (!text) return line;
    const last = [...text].pop() ?? '';
    const first = [...line][0] ?? '';
    return CJK.test(last) || CJK.test(first) ? text + line : `${text} ${line}`;
  }, '');
}
