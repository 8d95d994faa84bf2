/**
 * The regions an article is about, from the place mentions of its headline and body
 * (never its date/source line, bylines, or anything the normaliser cut), and the
 * place-like names it could not resolve, reported as candidates.
 */
import type { Removed } from '../text/boilerplate';
import type { Lexicon } from './lexicon';
import type { Mention } from './mentions';
import { findMentions } from './mentions';
import type { Paragraph } from './structure';
import { pieceAt } from './structure';

/** A region of the article with the evidence for it. */
export interface RegionEvidence {
  id: string;
  confidence: number;
  quote: string;
  mentions: number;
}

/** A place-like name the gazetteer does not resolve. */
export interface Candidate {
  name: string;
  code?: string;
  confidence: number;
  quote: string;
  note: string;
}

/** Confidence from which a region is listed as one of the article's. */
export const REGION_THRESHOLD = 0.6;

const GENERIC =
  /(?:强市|强省|强县|重镇|先进县|大县|大市|大省|名城|名镇|开发区|经开区|高新区|试验区|示范区|合作区|功能区|名胜区|风景区|保税区|自贸区|新区|园区|景区|城区|片区|专区|展区|洽谈区|地区|山区|藏区|社区|辖区|市区|郊区|矿区|灾区|库区|牧区|林区|城市|都市|超市|股市|上市|城乡|城镇|小镇|县市|省市|区市|县区|市县|县级市|地级市)$/u;
const STOP =
  /[的在与和及于到赴从是等对将把被由为向至、，。；：“”‘’（）《》〈〉·\s\d一二两三四五六七八九十百千万亿个全本我该各每多省]/u;
const NOT_PLACE_AFTER = /[场民值面委级长区县属辖内中域情况容貌政]/u;

/** Spam: a paragraph made mostly of place names (`阿城市| 航空| 永登县| …`). */
function isPlaceList(text: string, mentions: readonly Mention[]): boolean {
  if (mentions.length < 6) return false;
  const named = mentions.reduce((n, m) => n + (m.end - m.start), 0);
  return named / text.replace(/[\s|｜,，、。；;:：·]/gu, '').length > 0.5;
}

/** Finds the article's place mentions with offsets in the clean text. */
export function articleMentions(
  paragraphs: readonly Paragraph[],
  lexicon: Lexicon,
  review: string[],
): Mention[] {
  const out: Mention[] = [];
  for (const p of paragraphs) {
    if (p.role === 'meta' || p.role === 'byline') continue;
    const found = findMentions(p.text, lexicon).map((m) => ({
      ...m,
      start: m.start + p.start,
      end: m.end + p.start,
    }));
    if (isPlaceList(p.text, found)) {
      review.push(
        `paragraph ${p.index + 1} looks like a list of place names and was ignored: "${p.text.slice(0, 30)}…"`,
      );
      continue;
    }
    out.push(...found);
  }
  const trustedIds = new Set(
    out.filter((m) => m.confidence >= REGION_THRESHOLD).map((m) => m.place.regionId),
  );
  return out.map((m) => {
    const id = m.place.regionId;
    const supported =
      id !== undefined &&
      m.place.kind === 'short' &&
      m.text.length >= 2 &&
      (lexicon.ancestors.get(id) ?? []).some((a) => trustedIds.has(a));
    if (m.confidence > 0 && m.confidence < REGION_THRESHOLD && supported) {
      return {
        ...m,
        confidence: Math.round((m.confidence + 0.1) * 100) / 100,
        reason: `${m.reason}, its province or parent is named`,
      };
    }
    return m;
  });
}

/** The quote for a span: the clause around it. */
export function clauseQuote(paragraphs: readonly Paragraph[], at: number): string {
  const p = pieceAt(paragraphs, at);
  const s = p && pieceAt(p.sentences, at);
  const c = s && pieceAt(s.clauses, at);
  return (c && c.text.length >= 4 ? c.text : s?.text) ?? p?.text ?? '';
}

/** Aggregates mentions into regions: the best mention's confidence, plus a little per further mention. */
export function aggregateRegions(
  mentions: readonly Mention[],
  paragraphs: readonly Paragraph[],
): RegionEvidence[] {
  const byId = new Map<string, Mention[]>();
  for (const m of mentions) {
    const id = m.place.regionId;
    if (id === undefined || m.confidence === 0) continue;
    const list = byId.get(id);
    if (list) list.push(m);
    else byId.set(id, [m]);
  }
  const out: RegionEvidence[] = [];
  for (const [id, list] of byId) {
    const best = list.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    const support = list.filter((m) => m !== best && m.confidence >= 0.5).length;
    const confidence = Math.min(0.99, Math.round((best.confidence + 0.05 * support) * 100) / 100);
    out.push({ id, confidence, quote: clauseQuote(paragraphs, best.start), mentions: list.length });
  }
  return out.sort(
    (a, b) => b.confidence - a.confidence || b.mentions - a.mentions || a.id.localeCompare(b.id),
  );
}

/** Places outside the gazetteer: trusted mentions of other divisions, and unknown names with a place suffix. */
export function findCandidates(
  clean: string,
  paragraphs: readonly Paragraph[],
  mentions: readonly Mention[],
): Candidate[] {
  const out = new Map<string, Candidate>();
  for (const m of mentions) {
    if (
      m.place.regionId !== undefined ||
      m.confidence < REGION_THRESHOLD ||
      out.has(m.place.official)
    )
      continue;
    out.set(m.place.official, {
      name: m.place.official,
      code: m.place.code,
      confidence: m.confidence,
      quote: clauseQuote(paragraphs, m.start),
      note: `${m.place.level}-level division ${m.place.code} (MCA 2023), not in the gazetteer`,
    });
  }
  const mask = new Uint8Array(clean.length);
  for (const m of mentions) if (m.place.regionId !== undefined) mask.fill(1, m.start, m.end);
  const covered = (i: number) => mask[i] === 1;
  for (const p of paragraphs) {
    if (p.role !== 'body' && p.role !== 'headline') continue;
    for (const s of p.text.matchAll(/镇|乡|街道|县|区|市|州/gu)) {
      const at = p.start + (s.index ?? 0);
      if (NOT_PLACE_AFTER.test(clean.charAt(at + s[0].length)) || covered(at)) continue;
      let from = at;
      while (
        from > p.start &&
        at - from < 4 &&
        !STOP.test(clean.charAt(from - 1)) &&
        !covered(from - 1)
      )
        from--;
      const name = clean.slice(from, at + s[0].length);
      if (
        name.length < 3 ||
        !/^[\u4e00-\u9fff]+$/u.test(name) ||
        GENERIC.test(name) ||
        out.has(name)
      )
        continue;
      out.set(name, {
        name,
        confidence: 0.4,
        quote: clauseQuote(paragraphs, at),
        note: 'place-like name not in the gazetteer',
      });
      if (out.size >= 50) break;
    }
  }
  return [...out.values()];
}

/** Gazetteer places named only in the boilerplate the normaliser cut, by rule. */
export function ignoredPlaces(
  removed: readonly Removed[],
  lexicon: Lexicon,
  kept: ReadonlySet<string>,
): { rule: string; places: string[] }[] {
  const byRule = new Map<string, Set<string>>();
  for (const r of removed) {
    if (r.rule === 'pinyin') continue;
    for (const m of findMentions(r.text.slice(0, 2000), lexicon)) {
      const id = m.place.regionId;
      if (
        id === undefined ||
        kept.has(id) ||
        (m.place.kind === 'short' && m.confidence < REGION_THRESHOLD)
      )
        continue;
      const set = byRule.get(r.rule) ?? new Set<string>();
      if (set.size < 20) set.add(m.place.official);
      byRule.set(r.rule, set);
    }
  }
  return [...byRule].map(([rule, places]) => ({ rule, places: [...places] }));
}
