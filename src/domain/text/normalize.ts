/**
 * Turns a raw article (text copied from a news web page) into clean Simplified
 * Chinese, keeping a record of everything it removed and flagging what it could
 * not trust.
 *
 * The rules run in this order, each documented in its module:
 * 1. `pinyin` ({@link stripPinyin}): `進(jìn)` → `進`;
 * 2. `whitespace` ({@link splitLines}): one trimmed line per paragraph;
 * 3. `simplify` ({@link toSimplified}): Traditional → Simplified with OpenCC;
 * 4. `boilerplate` ({@link cutBoilerplate}): navigation, footers, teasers, spam …;
 * 5. `mojibake` ({@link findMojibake}): flag damaged spans, keep the text;
 * 6. `punctuation` ({@link toFullWidthPunctuation}): `,` → `，` in Chinese prose.
 *
 * Pure and deterministic, never throws, and linear in the input: every loop and
 * regular expression does bounded work per character.
 */
import { cutBoilerplate, type Removed } from './boilerplate';
import { findMojibake, type Span } from './mojibake';
import { stripPinyin } from './pinyin';
import { tightenSpaces, toFullWidthPunctuation } from './punctuation';
import { toSimplified } from './simplify';
import { joinParagraphs, splitLines } from './whitespace';

export { cutBoilerplate, type Removed } from './boilerplate';
export { isPinyinSyllable, stripPinyin } from './pinyin';
export { toSimplified } from './simplify';
export { findMojibake, isRealQuestionMark, type Span } from './mojibake';
export { tightenSpaces, toFullWidthPunctuation } from './punctuation';
export { collapseLine, joinParagraphs, splitLines } from './whitespace';
export { findQuote, quoteIndex, type QuoteIndex } from './quote';

/** A mojibake span of the clean text: `clean.slice(start, end) === text`. */
export interface MojibakeSpan extends Span {
  text: string;
}

/** The result of {@link normalizeArticle}. */
export interface NormalizedArticle {
  /** Clean Simplified text: the headline, the date/source line, the body; paragraphs separated by one blank line. */
  clean: string;
  /** Spans of `clean` that look like encoding damage, in order. */
  mojibake: MojibakeSpan[];
  /** Every piece a rule removed, with the rule's name (`pinyin`, `footer`, `teaser` …). */
  removed: Removed[];
}

/** Normalises one raw article. See the module comment for the rules. */
export function normalizeArticle(raw: string): NormalizedArticle {
  const removed: Removed[] = [];
  const { text, removed: annotations } = stripPinyin(typeof raw === 'string' ? raw : '');
  for (const a of annotations) removed.push({ rule: 'pinyin', text: a });

  const simplified = splitLines(text).map(toSimplified);
  const article = cutBoilerplate(simplified);
  removed.push(...article.removed);

  const paragraphs: string[] = [];
  const mojibake: MojibakeSpan[] = [];
  let offset = 0;
  for (const line of article.lines) {
    const found = findMojibake(line);
    const { line: clean, spans } = tightenSpaces(toFullWidthPunctuation(line, found), found);
    for (const s of spans) {
      mojibake.push({
        start: offset + s.start,
        end: offset + s.end,
        text: clean.slice(s.start, s.end),
      });
    }
    paragraphs.push(clean);
    offset += clean.length + 2;
  }
  return { clean: joinParagraphs(paragraphs), mojibake, removed };
}
