/**
 * Figures that report the same metric at different times (Zhejiang businesspeople
 * in Sichuan: 300,000 in 2016, 300,000+ in 2024), found across articles whose
 * curators worded the metric differently.
 */
import { dateSortKey } from './dates';
import type { Bilingual, Figure, Unit } from './schema';

/** One metric reported more than once, its reports oldest first. */
export interface FigureSeries {
  /** The first report's `article#id`. */
  readonly key: string;
  readonly unit: Unit;
  /** The metric as the latest report words it. */
  readonly metric: Bilingual;
  readonly points: readonly Figure[];
}

/** Similarity at or above which two metric names count as the same metric. */
export const SAME_METRIC = 0.6;

const STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'by',
  'and',
  'for',
  'at',
  'to',
  'on',
  'with',
  'from',
  'as',
  'its',
]);

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The English metric's content words, stemmed, without stop words or numbers. */
export function metricWords(metric: string): Set<string> {
  return new Set(
    metric
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w && !STOP.has(w))
      .map(stem),
  );
}

function bigrams(s: string): Set<string> {
  const chars = [...s.replace(/[^\p{Script=Han}]/gu, '')];
  return new Set(chars.slice(1).map((c, i) => `${chars[i] ?? ''}${c}`));
}

function overlap(x: Set<string>, y: Set<string>, dice: boolean): number {
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  x.forEach((w) => (common += y.has(w) ? 1 : 0));
  return dice ? (2 * common) / (x.size + y.size) : common / (x.size + y.size - common);
}

/**
 * The rule for "the same metric": the same unit, not two figures of one article
 * for one date (an article does not report a metric twice at once), and either
 * the same figure id (curators name a metric's figure alike across articles), or
 * English metric names whose content words overlap by {@link SAME_METRIC}
 * (Jaccard, after dropping stop words, numbers and plural endings), or Chinese
 * metric names whose character pairs overlap by as much (Dice).
 */
export function sameMetric(x: Figure, y: Figure): boolean {
  if (x.unit !== y.unit) return false;
  if (x.article === y.article && x.asOf === y.asOf) return false;
  if (x.id === y.id) return true;
  return (
    overlap(metricWords(x.metric.en), metricWords(y.metric.en), false) >= SAME_METRIC ||
    overlap(bigrams(x.metric.zh), bigrams(y.metric.zh), true) >= SAME_METRIC
  );
}

/** Groups figures into series of the same metric (transitively); only groups of two or more. */
export function figureSeries(figures: readonly Figure[]): FigureSeries[] {
  const parent = figures.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  figures.forEach((x, i) =>
    figures.forEach((y, j) => {
      if (j > i && sameMetric(x, y)) parent[root(j)] = root(i);
    }),
  );
  const groups = new Map<number, Figure[]>();
  figures.forEach((f, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), f]));
  const series: FigureSeries[] = [];
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    const points = [...list].sort((p, q) => dateSortKey(p.asOf).localeCompare(dateSortKey(q.asOf)));
    const first = points[0];
    const last = points[points.length - 1];
    if (!first || !last) continue;
    series.push({
      key: `${first.article}#${first.id}`,
      unit: first.unit,
      metric: last.metric,
      points,
    });
  }
  return series;
}
