/**
 * Rule `pinyin`: remove pinyin annotations glued to characters.
 *
 * Some sites print every character with its reading: `進(jìn)`, `協(xié)`, `們(men)`.
 * An annotation is a parenthesised single lowercase pinyin syllable that directly
 * follows a Han character and either carries a tone mark or is one of the common
 * neutral-tone syllables (`men`, `de`, `le` …). Parentheses holding anything else
 * (`(記者 夏元)`, `(德陽)`, `(2016)`, `(app)`) are real text and stay.
 *
 * An annotation after an ASCII `?` is kept: there the character it annotated was
 * destroyed by mojibake, and the reading is the only clue to what it was; the
 * mojibake rule flags `?(bào)` as one span.
 */

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜḿńňǹ';
const PLAIN = 'aaaaeeeeiiiioooouuuuüüüümnnn';

/** Neutral-tone syllables that sites print without a tone mark. */
const NEUTRAL = new Set(
  'men de le me ma ne ba zi zhe ge guo li mo tou shang xia lai qu a ya wa na la zhao'.split(' '),
);

// Initial + final of a Mandarin syllable, on the tone-stripped form.
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouüv]{1,3}(?:ng|n|r)?|ng|n|m|r)$/;

/** Strips tone marks: `jìn` → `jin`, `lǜ` → `lü`. Returns null when a character is not pinyin. */
function toneless(s: string): { plain: string; toned: boolean } | null {
  let plain = '';
  let toned = false;
  for (const ch of s) {
    const i = TONED.indexOf(ch);
    if (i >= 0) {
      plain += PLAIN[i];
      toned = true;
    } else if ((ch >= 'a' && ch <= 'z') || ch === 'ü') {
      plain += ch;
    } else {
      return null;
    }
  }
  return { plain, toned };
}

/**
 * True when `s` (the text between the parentheses) is one pinyin syllable that a
 * site would print as an annotation: toned (`jìn`, `lǜ`) or a known neutral-tone
 * syllable (`men`). English words (`app`, `pdf`) are not.
 */
export function isPinyinSyllable(s: string): boolean {
  if (s.length === 0 || s.length > 7) return false;
  const t = toneless(s);
  if (t === null || !SYLLABLE.test(t.plain)) return false;
  return t.toned || NEUTRAL.has(t.plain);
}

// One annotation: Han character, "(", up to 7 lowercase (toned) letters, ")".
// Bounded quantifier, no nesting: linear time.
const ANNOTATION = /(\p{Script=Han})\(([a-zü\u00e0-\u01dc\u1e3f\u0144\u0148\u01f9]{1,7})\)/gu;

/**
 * Removes pinyin annotations from `text`, keeping everything else. Returns the new text
 * and each removed annotation with its character (`進(jìn)`), in order.
 */
export function stripPinyin(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const out = text.replace(ANNOTATION, (whole, han: string, syllable: string) => {
    if (!isPinyinSyllable(syllable)) return whole;
    removed.push(whole);
    return han;
  });
  return { text: out, removed };
}
