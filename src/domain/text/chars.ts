/**
 * Character classes shared by the normalisation rules. Each predicate looks at one
 * UTF-16 code unit or code point string; all are O(1) and allocation free.
 */

/** True for a Han ideograph (CJK Unified Ideographs, extensions, compatibility forms). */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && /^\p{Script=Han}$/u.test(ch);
}

/**
 * True for characters that belong to Chinese prose: Han ideographs, CJK and full-width
 * punctuation, and the curly quotes Chinese text uses.
 */
export function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (isHan(ch)) return true;
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x3000 && c <= 0x303f) || // CJK symbols and punctuation
    (c >= 0xff00 && c <= 0xffef) || // full-width forms
    (c >= 0x2018 && c <= 0x201f) || // ‘ ’ “ ”
    c === 0x2026 || // …
    c === 0x2014 || // —
    c === 0x00b7 // ·
  );
}

/** True for ASCII letters and the Latin-1/Extended-A/B letters that carry pinyin tone marks. */
export function isLatinLetter(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z\u00c0-\u024f]$/.test(ch);
}

/** True for an ASCII digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** True for any whitespace, including no-break and ideographic spaces. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /^\s$/u.test(ch);
}

/**
 * True for characters that do not occur in ordinary Chinese news prose and that a
 * wrong GBK/UTF-8 round trip typically produces: bopomofo, kana, private-use code
 * points, the replacement character, and `锟` (first character of `锟斤拷`, what
 * U+FFFD becomes when its UTF-8 bytes are read as GBK; rare in any real text).
 */
export function isImplausible(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x3040 && c <= 0x30ff) || // hiragana, katakana
    (c >= 0x3100 && c <= 0x312f) || // bopomofo
    (c >= 0x31a0 && c <= 0x31bf) || // bopomofo extended
    (c >= 0xe000 && c <= 0xf8ff) || // private use
    c === 0xfffd ||
    ch === '锟'
  );
}
