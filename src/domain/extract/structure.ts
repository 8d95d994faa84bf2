/**
 * The shape of a clean article (`normalizeArticle(raw).clean`): paragraphs with a role,
 * sentences and clauses, each with its offsets in the clean text so that every quote the
 * extractor gives is an exact substring.
 */

/** What a paragraph is: the extractor reads facts from `body` (and names from `headline`). */
export type ParagraphRole = 'headline' | 'meta' | 'byline' | 'caption' | 'subheading' | 'body';

/** A span of the clean text. */
export interface Piece {
  start: number;
  end: number;
  text: string;
}

/** A sentence, with its clauses (split at `，：` and at the sentence's end). */
export interface Sentence extends Piece {
  paragraph: number;
  clauses: Piece[];
}

/** A paragraph and its sentences. */
export interface Paragraph extends Piece {
  index: number;
  role: ParagraphRole;
  sentences: Sentence[];
}

const SENTENCE_END = /[。！？!?；;…]+[”’」』]?/gu;
const CLAUSE_END = /[，,：:]/gu;
const DATE_LINE = /(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})|来源|来自|发布(?:时间|日期)|作者|编辑/u;

/** Splits `text[start, end)` at every match of `re` (kept with the piece before it). */
function splitAt(text: string, start: number, end: number, re: RegExp): Piece[] {
  const out: Piece[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  for (const m of slice.matchAll(re)) {
    const to = (m.index ?? 0) + m[0].length;
    if (slice.slice(from, to).trim()) out.push(piece(text, start + from, start + to));
    from = to;
  }
  if (slice.slice(from).trim()) out.push(piece(text, start + from, end));
  return out;
}

function piece(text: string, start: number, end: number): Piece {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** The role of paragraph `index` (0 = first) from its text alone. */
export function paragraphRole(text: string, index: number): ParagraphRole {
  if (index === 0) return 'headline';
  const hasStop = /[。！？!?；]/u.test(text);
  if (index <= 3 && !hasStop && text.length <= 80 && DATE_LINE.test(text)) return 'meta';
  if (
    /[（(][^）)]{0,20}摄[）)]$/u.test(text) ||
    /^[（(]?图[为：:]/u.test(text) ||
    /(?:记者|通讯员|摄影)\s*[\u4e00-\u9fff]{2,4}\s*摄$/u.test(text)
  )
    return 'caption';
  if (
    !hasStop &&
    /^[\u4e00-\u9fff]{0,12}(?:记者|通讯员|特约撰稿)\s*[\u4e00-\u9fff]{2,4}$/u.test(text)
  )
    return 'byline';
  if (!hasStop && text.length <= 12 && !/[，,]/u.test(text)) return 'caption';
  if (!hasStop && text.length <= 40) return 'subheading';
  return 'body';
}

/** Splits the clean text into paragraphs (blank-line separated), sentences and clauses. */
export function structure(clean: string): Paragraph[] {
  const out: Paragraph[] = [];
  let at = 0;
  for (const block of clean.split(/\n\s*\n/u)) {
    const start = clean.indexOf(block, at);
    at = start + block.length;
    const p = piece(clean, start, start + block.length);
    if (!p.text) continue;
    const index = out.length;
    const sentences = splitAt(clean, p.start, p.end, SENTENCE_END).map((s) => ({
      ...s,
      paragraph: index,
      clauses: splitAt(clean, s.start, s.end, CLAUSE_END),
    }));
    out.push({ ...p, index, role: paragraphRole(p.text, index), sentences });
  }
  return out;
}

/** The piece of `pieces` (sorted, not overlapping) that contains offset `at`, or undefined. */
export function pieceAt<T extends Piece>(pieces: readonly T[], at: number): T | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid];
    if (p === undefined) return undefined;
    if (at < p.start) hi = mid - 1;
    else if (at >= p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}

/** The items of `list` (sorted by `start`) that start in [from, to), by binary search. */
export function between<T extends { start: number }>(
  list: readonly T[],
  from: number,
  to: number,
): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length; i++) {
    const x = list[i];
    if (x === undefined || x.start >= to) break;
    out.push(x);
  }
  return out;
}

/** True when offset `at` of `text` lies inside a title in 《…》 (a name, not a report). */
export function insideTitle(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/**
 * For many offsets of one long text: a test of whether an offset lies inside a title in
 * 《…》, built in one pass (an unclosed 《 runs to the end of the text).
 */
export function titleTest(text: string): (at: number) => boolean {
  const spans: Piece[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x300a && open < 0) open = i;
    else if (ch === 0x300b && open >= 0) {
      spans.push({ start: open + 1, end: i + 1, text: '' });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ start: open + 1, end: text.length + 1, text: '' });
  return (at) => pieceAt(spans, at) !== undefined;
}
