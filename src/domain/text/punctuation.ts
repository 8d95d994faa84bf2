/**
 * Rule `punctuation`: ASCII punctuation inside Chinese prose becomes full-width.
 *
 * `,` `:` `;` `!` become `，` `：` `；` `！` when a neighbour is Chinese (a Han
 * character or CJK punctuation); a pair of parentheses becomes `（…）` when it
 * touches or holds Chinese; `?` becomes `？` only when it is a real question mark
 * (see {@link isRealQuestionMark}). Numbers and times (`1.4`, `9.13%`,
 * `2024-05-17`, `08:52:51`) have no Chinese neighbour and stay as they are, and
 * so does everything inside a mojibake span. Every replacement is one UTF-16 unit
 * for one, so offsets computed before this rule stay valid.
 */
import { isCjk } from './chars';
import { isRealQuestionMark, type Span } from './mojibake';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！' };
const MAX_PAREN = 60;

/** One flag per UTF-16 unit: inside a span or not (O(1) lookups, however many spans). */
function spanMask(length: number, spans: readonly Span[]): Uint8Array {
  const mask = new Uint8Array(length);
  for (const s of spans) mask.fill(1, Math.max(0, s.start), Math.min(length, s.end));
  return mask;
}

/** Index of the `)` closing the `(` at `open`, if it comes before another `(` and within reach. */
function closingParen(line: string, open: number): number {
  for (let k = open + 1; k < line.length && k - open <= MAX_PAREN; k++) {
    if (line[k] === ')') return k;
    if (line[k] === '(') return -1;
  }
  return -1;
}

/**
 * Converts the ASCII punctuation of one line to full-width where it sits in Chinese
 * prose, leaving characters inside `skip` (mojibake spans) untouched.
 */
export function toFullWidthPunctuation(line: string, skip: readonly Span[] = []): string {
  const out = line.split('');
  const masked = spanMask(line.length, skip);
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (masked[i] === 1) continue;
    const chinese = isCjk(line[i - 1]) || isCjk(line[i + 1]);
    const full = FULL[ch];
    if (full !== undefined && chinese) {
      out[i] = full;
    } else if (ch === '?' && isRealQuestionMark(line, i)) {
      out[i] = '？';
    } else if (ch === '(') {
      const close = closingParen(line, i);
      const touches =
        close < 0
          ? isCjk(line[i + 1])
          : isCjk(line[i - 1]) ||
            isCjk(line[i + 1]) ||
            isCjk(line[close - 1]) ||
            isCjk(line[close + 1]);
      if (touches && (close < 0 || masked[close] !== 1)) {
        out[i] = '（';
        if (close >= 0) out[close] = '）';
      }
    } else if (
      ch === ')' &&
      out[i] === ')' &&
      isCjk(line[i - 1]) &&
      !line.slice(0, i).includes('(')
    ) {
      out[i] = '）';
    }
  }
  return out.join('');
}

const TIGHT_AFTER = '，。：；！？、';
const TIGHT_BEFORE = '，。：；！？、）';

/**
 * Drops the spaces that sit right after full-width punctuation or right before it
 * (`来自： 中国江西网` → `来自：中国江西网`), outside `skip`; returns the line and
 * the spans moved to their new offsets.
 */
export function tightenSpaces(
  line: string,
  skip: readonly Span[],
): { line: string; spans: Span[] } {
  let out = '';
  const shift: number[] = [];
  let removed = 0;
  const masked = spanMask(line.length, skip);
  for (let i = 0; i < line.length; i++) {
    shift.push(removed);
    const ch = line[i] ?? '';
    const loose =
      ch === ' ' &&
      masked[i] !== 1 &&
      (TIGHT_AFTER.includes(line[i - 1] ?? '') || TIGHT_BEFORE.includes(line[i + 1] ?? ''));
    if (loose) removed++;
    else out += ch;
  }
  shift.push(removed);
  const spans = skip.map((s) => ({
    start: s.start - (shift[s.start] ?? 0),
    end: s.end - (shift[s.end] ?? 0),
  }));
  return { line: out, spans };
}
