/**
 * The place-name lexicon the extractor matches against: every name and short form of
 * the gazetteer, single-character abbreviations (川, 渝, 蓉 …) for compounds, and
 * optionally the county-level divisions the gazetteer lacks (from the MCA code list) so
 * that they can be reported as candidates with their code instead of being missed.
 */
import type { Level, RegionSource, Sector } from '../schema';

/** One way of writing a place. */
export interface PlaceName {
  /** Gazetteer id, or undefined for a division that is not in the gazetteer. */
  regionId?: string;
  /** Administrative code (6 digits). */
  code: string;
  /** Full official name, e.g. `双流区`. */
  official: string;
  level: Level;
  /** `full`: with its suffix (荣昌区, 阿坝州); `short`: without (荣昌); `province`: a province's short name (四川). */
  kind: 'full' | 'short' | 'province';
}

/** A division the gazetteer does not hold: code and full name. */
export interface DivisionName {
  code: string;
  name: string;
}

/** Everything the extractor knows about places and sectors. Build once with {@link buildLexicon}. */
export interface Lexicon {
  regions: ReadonlyMap<string, RegionSource>;
  /** Names of two or more characters → the places written so (best first). */
  names: ReadonlyMap<string, PlaceName[]>;
  /** For each first character, the lengths of the names starting with it, longest first. */
  lengths: ReadonlyMap<string, number[]>;
  /** Single-character abbreviations → region id (川 → sichuan, 蓉 → chengdu). */
  abbreviations: ReadonlyMap<string, string>;
  /** Ancestors of each region id, nearest first. */
  ancestors: ReadonlyMap<string, string[]>;
  /** Region ids by administrative code. */
  byCode: ReadonlyMap<string, string>;
  sectors: readonly Sector[];
}

const SUFFIX = /(?:省|市|县|区|州|盟|旗|自治区|特别行政区)$/u;
const LEVEL_RANK: Record<Level, number> = { province: 0, prefecture: 1, county: 2 };

function add(names: Map<string, PlaceName[]>, text: string, name: PlaceName): void {
  if (text.length < 2) return;
  const list = names.get(text) ?? [];
  if (list.some((n) => n.code === name.code)) return;
  list.push(name);
  names.set(text, list);
}

/** County short name: the name without 区/县/市/旗 when at least two characters remain. */
function countyShort(name: string): string | null {
  const base = name.replace(/(?:自治县|自治旗|林区|特区|区|县|市|旗)$/u, '');
  return base.length >= 2 && base !== name ? base : null;
}

/**
 * Builds the lexicon. Gazetteer names come first for any text they share with a
 * division that is not in the gazetteer; among gazetteer regions, a higher level wins
 * (`吉林` is the province, `吉林市` the city).
 */
export function buildLexicon(
  regions: readonly RegionSource[],
  sectors: readonly Sector[],
  divisions: readonly DivisionName[] = [],
): Lexicon {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const names = new Map<string, PlaceName[]>();
  const abbreviations = new Map<string, string>();
  const sorted = [...regions].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]);
  for (const r of sorted) {
    const base = { regionId: r.id, code: r.code, official: r.name.zh, level: r.level };
    add(names, r.name.zh, { ...base, kind: 'full' });
    for (const s of r.shortNames) {
      if (s.length === 1) {
        if (!abbreviations.has(s)) abbreviations.set(s, r.id);
        continue;
      }
      const kind = SUFFIX.test(s) ? 'full' : r.level === 'province' ? 'province' : 'short';
      add(names, s, { ...base, kind });
    }
  }
  const codes = new Set(regions.map((r) => r.code));
  for (const d of divisions) {
    if (codes.has(d.code) || d.code.endsWith('0000')) continue;
    const level: Level = d.code.endsWith('00') ? 'prefecture' : 'county';
    const base = { code: d.code, official: d.name, level };
    add(names, d.name, { ...base, kind: 'full' });
    const short = countyShort(d.name);
    if (short) add(names, short, { ...base, kind: 'short' });
  }
  const lengths = new Map<string, number[]>();
  for (const text of names.keys()) {
    const first = text.charAt(0);
    const list = lengths.get(first) ?? [];
    if (!list.includes(text.length)) list.push(text.length);
    lengths.set(
      first,
      list.sort((a, b) => b - a),
    );
  }
  const ancestors = new Map<string, string[]>();
  for (const r of regions) {
    const chain: string[] = [];
    let parent = r.parent;
    while (parent && !chain.includes(parent)) {
      chain.push(parent);
      parent = byId.get(parent)?.parent ?? null;
    }
    ancestors.set(r.id, chain);
  }
  const byCode = new Map(regions.map((r) => [r.code, r.id]));
  return { regions: byId, names, lengths, abbreviations, ancestors, byCode, sectors };
}

/** The longest lexicon name starting at `at` in `text`, or null. */
export function longestName(
  lexicon: Lexicon,
  text: string,
  at: number,
): { text: string; places: PlaceName[] } | null {
  for (const len of lexicon.lengths.get(text.charAt(at)) ?? []) {
    const key = text.slice(at, at + len);
    if (key.length !== len) continue;
    const places = lexicon.names.get(key);
    if (places) return { text: key, places };
  }
  return null;
}

/**
 * The gazetteer region a division lies in, by its code: itself, else its prefecture
 * (`5134xx` → `513400`), else its province (`5001xx` → `500000`).
 */
export function regionOfCode(lexicon: Lexicon, code: string): string | undefined {
  return (
    lexicon.byCode.get(code) ??
    lexicon.byCode.get(`${code.slice(0, 4)}00`) ??
    lexicon.byCode.get(`${code.slice(0, 2)}0000`)
  );
}
