/**
 * Rule `mojibake`: flag spans of a line that an encoding accident destroyed.
 *
 * The seeds carry GBK text that slipped by one byte: the first damaged byte became
 * an ASCII `?` (often followed by `!`, the remains of a full-width `！`), the next
 * bytes paired up wrongly into unrelated characters (`偭恳淹黄`, `敝貞`, bopomofo
 * `ㄊ`, kana `ど`), and the stream realigned at the next ASCII byte, which shows as
 * a Latin letter glued to Han characters (`貞c`, `睒s`, `睂O`) or as a digit. So a
 * span starts at an ASCII `?` that is not a real question mark and runs over `?`,
 * `!` and non-ASCII characters up to that realigning byte (at most 12 characters,
 * never across spaces or ordinary Chinese punctuation). Pinyin left behind by the
 * damage (`?lián)`, `?(bào)`) belongs to the span.
 *
 * Without a `?`, a run of implausible characters (bopomofo, kana, private use,
 * U+FFFD, `锟`) and a single lowercase Latin letter between two Han characters
 * (`貞c瑜`, with the character before it) are flagged as well.
 *
 * The text stays in place: the rule only reports spans, so a reader sees the
 * damage and a curator can repair it from the original.
 */
import { isHan, isImplausible, isLatinLetter, isSpace } from './chars';

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

const CLOSERS = '”’」』）)】》"\'';
const STOPS = '，。、；：？！“”‘’《》（）【】…';
const CLAUSE_END = '，。！？；,;!\n';
const QUESTION_WORDS =
  /吗|嗎|呢|什么|什麼|甚麼|哪|谁|誰|怎|为何|為何|如何|多少|是否|难道|難道|何不/;
const MAX_DAMAGED = 12;

/**
 * True when the ASCII `?` at `line[i]` ends a question: it follows a Han character
 * or a closing quote and is followed by the end of the line, a space, or a closing
 * quote or bracket — or by more Han text when the clause before it asks something
 * (`哪家强?讯飞`). `?!`, `?` after `)` and `?` inside a run of Han without a question
 * word are not.
 */
export function isRealQuestionMark(line: string, i: number): boolean {
  if (line[i] !== '?') return false;
  const prev = line[i - 1];
  const next = line[i + 1];
  if (prev === undefined || !(isHan(prev) || '”’」』'.includes(prev))) return false;
  if (next === undefined || isSpace(next) || CLOSERS.includes(next)) return true;
  if (!isHan(next) && next !== '“' && next !== '‘') return false;
  let from = i - 1;
  while (from > 0 && i - from < 20 && !CLAUSE_END.includes(line[from - 1] ?? '')) from--;
  return QUESTION_WORDS.test(line.slice(from, i));
}

/** Length of the Latin run (a pinyin remnant `qǐng)`, `(bào)`, or a realigned byte `c`) at `line[j]`. */
function latinRunLength(line: string, j: number): number {
  let k = j;
  if (line[k] === '(') k++;
  const letters = k;
  while (isLatinLetter(line[k]) && k - letters < 8) k++;
  if (k === letters) return 0;
  if (line[k] === ')') {
    k++;
    // one more realigned byte glued to the remnant: `?cái)y手`
    if (isLatinLetter(line[k]) && !isLatinLetter(line[k + 1])) k++;
  }
  return k - j;
}

/** End of the damaged span that starts at the `?` at `line[i]`. */
function damageEnd(line: string, i: number): number {
  let j = i + 1;
  let damaged = 0;
  while (j < line.length) {
    const c = line[j] ?? '';
    if (c === '?' || c === '!') {
      j++;
      continue;
    }
    const latin = latinRunLength(line, j);
    if (latin > 0) {
      j += latin;
      if (line[j] === '?') continue;
      break;
    }
    const code = c.charCodeAt(0);
    if (code < 0x80 || isSpace(c) || STOPS.includes(c) || damaged >= MAX_DAMAGED) break;
    j++;
    damaged++;
  }
  return j;
}

function hasNonAsciiNeighbour(line: string, i: number): boolean {
  const p = line.charCodeAt(i - 1);
  const n = line.charCodeAt(i + 1);
  return (p > 0x7f && !isSpace(line[i - 1])) || (n > 0x7f && !isSpace(line[i + 1]));
}

/** Finds the mojibake spans of one line (no line breaks), sorted and non-overlapping. */
export function findMojibake(line: string): Span[] {
  const spans: Span[] = [];
  const lone = /^[?\s]+$/.test(line);
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (ch === '?' && !isRealQuestionMark(line, i) && (lone || hasNonAsciiNeighbour(line, i))) {
      const end = damageEnd(line, i);
      spans.push({ start: i, end });
      i = end;
    } else if (isImplausible(ch)) {
      let end = i + 1;
      while (isImplausible(line[end]) || line[end] === '」') end++;
      spans.push({ start: i, end });
      i = end;
    } else if (
      ch !== undefined &&
      ch >= 'a' &&
      ch <= 'z' &&
      isHan(line[i - 1]) &&
      isHan(line[i + 1])
    ) {
      spans.push({ start: i - 1, end: i + 1 });
      i++;
    } else {
      i++;
    }
  }
  return mergeSpans(spans);
}

/** Merges overlapping or touching spans; input in start order. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
