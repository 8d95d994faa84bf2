/**
 * Rule `simplify`: Traditional → Simplified Chinese with OpenCC (`opencc-js`).
 *
 * Variant choice: the seeds are mainland articles that their sites rendered in
 * Traditional characters, so the right inverse is a character-level conversion
 * without regional vocabulary (`twp` would rewrite 資訊 → 信息 and 網路 → 网络,
 * changing words the mainland author wrote). Of the character-level variants,
 * `tw → cn` gives the most natural mainland text: it turns 著力/著手 into 着力/着手
 * (`hk` and `t` keep 著) while its phrase rules keep 著名, 著作 and 顯著 (one known
 * miss: 土著 → 土着); 萬 → 万, 製造 → 制造, 裏/裡 → 里 behave the same in all three.
 *
 * Simplified input passes through unchanged. The one simplified character the
 * `tw` tables alter is 么 (Taiwan reads it as 幺), so text is converted around it.
 */
// The `t2cn` entry holds only the Traditional → mainland tables (110 KB instead of 1.2 MB
// for every direction); its `tw → cn` output is the full build's.
import * as OpenCC from 'opencc-js/t2cn';

let converter: ((s: string) => string) | null = null;

function convert(s: string): string {
  converter ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return converter(s);
}

/** Converts Traditional Chinese to Simplified; never throws (returns the input if OpenCC fails). */
export function toSimplified(text: string): string {
  try {
    return text.split('么').map(convert).join('么');
  } catch {
    return text;
  }
}
