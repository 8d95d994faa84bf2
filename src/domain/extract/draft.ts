/**
 * The extractor: a raw article in, a draft annotation out (`status: draft`), in the
 * schema of the curated annotations plus the evidence a reviewer needs. Pure: the
 * lexicon is passed in, nothing is read or written.
 */
import type { AnnotationSource, Evidence, Extraction, Unit } from '../schema';
import { AnnotationSourceSchema } from '../schema';
import type { NormalizedArticle } from '../text/normalize';
import { normalizeArticle } from '../text/normalize';
import { articleDates } from './articleDates';
import { dayOf } from './dates';
import { findEvents } from './events';
import { findFigures } from './figures';
import { eventTitleEn, metricEn, UNTRANSLATED } from './labels';
import type { Lexicon } from './lexicon';
import { regionOfCode } from './lexicon';
import { findPublished, findSource, findTitle } from './meta';
import {
  REGION_THRESHOLD,
  aggregateRegions,
  articleMentions,
  findCandidates,
  ignoredPlaces,
} from './regions';
import { demoteProvinces } from './provinces';
import { findSectors, sectorMatchers } from './sectors';
import { structure } from './structure';
import { articleSectors, locate, regionsNear } from './attach';
import { asOfNear } from './asOf';

/** What an HTML page says about itself, used where the text does not say it. */
export interface PageMeta {
  title?: string;
  published?: string;
  source?: string;
}

/** A drafted annotation with the clean text its quotes index into. */
export interface Draft {
  id: string;
  annotation: AnnotationSource;
  clean: string;
  /** Spans of `clean` that look like encoding damage (flagged, not removed). */
  mojibake: NormalizedArticle['mojibake'];
  /** Schema problems that keep the draft from being written (e.g. no region found); empty when valid. */
  problems: string[];
}

/** Drafts the annotation of article `id` from its raw text. */
export function extractDraft(
  raw: string,
  id: string,
  lexicon: Lexicon,
  page: PageMeta = {},
): Draft {
  const normalized = normalizeArticle(raw);
  const { clean } = normalized;
  const paragraphs = structure(clean);
  const review: string[] = [];
  const title = findTitle(paragraphs, page.title);
  const published = findPublished(paragraphs, page.published);
  const source = findSource(paragraphs, page.source);
  const pub = dayOf(published.value);

  const dates = articleDates(paragraphs, pub);

  const mentions = demoteProvinces(clean, articleMentions(paragraphs, lexicon, review), lexicon);
  const regions = aggregateRegions(mentions, paragraphs).filter(
    (r) => r.confidence >= REGION_THRESHOLD,
  );
  const regionIds = regions.map((r) => r.id);
  const trusted = mentions.filter(
    (m) => m.place.regionId !== undefined && m.confidence >= REGION_THRESHOLD,
  );
  const weak = aggregateRegions(mentions, paragraphs).filter(
    (r) => r.confidence < REGION_THRESHOLD && r.confidence >= 0.4,
  );
  const candidates = [
    ...findCandidates(clean, paragraphs, mentions),
    ...weak.map((r) => ({
      name: lexicon.regions.get(r.id)?.name.zh ?? r.id,
      code: lexicon.regions.get(r.id)?.code,
      confidence: r.confidence,
      quote: r.quote,
      note: `gazetteer region "${r.id}" with weak evidence: not listed`,
    })),
  ];

  const matchers = sectorMatchers(lexicon.sectors);
  const sectorsIn = (at: number): string[] => {
    const { s } = locate(paragraphs, at);
    return s ? findSectors(s.text, matchers).map((h) => h.id) : [];
  };
  const en = (rid: string) => lexicon.regions.get(rid)?.name.en ?? rid;

  const levels = new Map([...lexicon.regions.values()].map((r) => [r.id, r.level]));
  const rawEvents = findEvents({
    paragraphs,
    mentions: trusted,
    dates,
    published: published.value,
    levels,
    divisions: mentions.filter((m) => m.place.regionId === undefined && m.confidence >= 0.5),
    regionOfCode: (code) => regionOfCode(lexicon, code),
    ancestors: lexicon.ancestors,
    fallbackParties: regionIds,
  });
  const events = rawEvents.map((e, i) => ({
    id: `${e.type}-${i + 1}`,
    type: e.type,
    title: { zh: e.name, en: eventTitleEn(e.type, e.parties.map(en)) },
    date: e.date,
    ...(e.endDate && e.endDate !== e.date ? { endDate: e.endDate } : {}),
    venue: e.venue,
    parties: e.parties,
    ...(e.direction ? { direction: e.direction } : {}),
    sectors: sectorsIn(e.start),
    quote: e.quote,
    confidence: Math.round(e.confidence * 100) / 100,
  }));

  const figures = findFigures(paragraphs).map((f, i) => ({
    id: `${f.unit}-${i + 1}`,
    metric: { zh: f.metric || f.quote.slice(0, 20), en: metricEn(f.metric, f.unit) },
    value: f.value,
    unit: f.unit satisfies Unit,
    qualifier: f.qualifier,
    asOf: asOfNear(f.start, dates, paragraphs, published.value, rawEvents),
    regions: regionsNear(f.start, trusted, paragraphs, regionIds),
    sectors: sectorsIn(f.start),
    quote: f.quote,
    confidence: f.confidence,
  }));

  const sectorEvidence = articleSectors(paragraphs, matchers);

  const leadSentence =
    paragraphs.find((p) => p.role === 'body')?.sentences.find((s) => s.text.length >= 15)?.text ??
    title.value;
  const lead =
    leadSentence.replace(
      /^[^，。：:]{0,16}(?:记者|通讯员)[^，。：:]{0,12}(?:报道|电|讯)\s*[：:，]?/u,
      '',
    ) || leadSentence;
  const summaryZh = lead.length > 150 ? `${lead.slice(0, 150)}…` : lead;

  if (published.confidence === 0) review.push('no publication date found: fill in published');
  if (source.confidence === 0) review.push('no source found: fill in source');
  review.push('translate title, summary, source, event titles and figure metrics into English');
  if (normalized.mojibake.length > 0)
    review.push(
      `${normalized.mojibake.length} span(s) of mojibake flagged in the text: check quotes and numbers near them`,
    );
  events.forEach((e, i) => {
    if (e.confidence < 0.6)
      review.push(
        `events[${i}] (${e.type}, ${e.date}): date or parties inferred from context; check them`,
      );
  });
  figures.forEach((f, i) => {
    if (f.confidence < 0.6)
      review.push(`figures[${i}] (${f.value} ${f.unit}): unit inferred from context; check it`);
  });
  if (candidates.length > 0)
    review.push(`${candidates.length} place name(s) not resolved: see extraction.candidates`);

  const evidence = (f: { confidence: number; quote: string }): Evidence => ({
    confidence: f.confidence,
    quote: f.quote,
  });
  const extraction: Extraction = {
    tool: 'npm run ingest (extractor v1)',
    title: evidence(title),
    published: evidence(published),
    source: evidence(source),
    regions: regions.map((r) => ({ id: r.id, confidence: r.confidence, quote: r.quote })),
    sectors: sectorEvidence,
    candidates: candidates.slice(0, 60).map((c) => ({
      name: c.name,
      ...(c.code ? { code: c.code } : {}),
      confidence: c.confidence,
      quote: c.quote,
      note: c.note,
    })),
    ignored: ignoredPlaces(normalized.removed, lexicon, new Set(regionIds)),
    review,
  };
  const annotation: AnnotationSource = {
    id,
    status: 'draft',
    title: { zh: title.value, en: `${UNTRANSLATED}${title.value}` },
    published: published.value,
    source: { zh: source.value, en: `${UNTRANSLATED}${source.value}` },
    summary: { zh: summaryZh, en: `${UNTRANSLATED}${summaryZh}` },
    regions: regionIds,
    sectors: sectorEvidence.map((s) => s.id),
    events,
    figures,
    extraction,
  };
  const checked = AnnotationSourceSchema.safeParse(annotation);
  const problems = checked.success
    ? []
    : checked.error.issues.map((i) => `${i.path.join('.') || '(draft)'}: ${i.message}`);
  return {
    id,
    annotation: checked.success ? checked.data : annotation,
    clean,
    mojibake: normalized.mojibake,
    problems,
  };
}
