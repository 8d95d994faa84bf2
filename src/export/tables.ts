/**
 * CSV and JSON of what the current filters show: events and figures with their
 * source sentences and article ids. Pure, so the files are reproducible: the caller
 * loads the detail (summaries, quotes) of the view's articles first.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { formatValue } from '../domain/format';
import type { ArticleDetail } from '../domain/schema';
import type { FilteredView } from '../domain/select';

type Details = ReadonlyMap<string, ArticleDetail>;

type Cell = string | number | null | undefined;

// A cell starting like a formula is prefixed, so spreadsheets show it as text (CSV injection).
function escapeCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends and a UTF-8 byte-order mark (so Excel reads the Chinese). */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(escapeCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function names(index: AtlasIndex, ids: readonly string[], lang: 'zh' | 'en'): string {
  return ids.map((id) => index.regionById.get(id)?.name[lang] ?? id).join('; ');
}

/** The events of the view, one row each. */
export function eventsCsv(index: AtlasIndex, view: FilteredView, details: Details): string {
  const header = [
    'article_id',
    'event_id',
    'date',
    'end_date',
    'type',
    'title_zh',
    'title_en',
    'parties',
    'parties_zh',
    'parties_en',
    'venue',
    'sectors',
    'quote',
    'article_title_zh',
    'source_zh',
    'published',
  ];
  const rows = view.events.map((e) => {
    const article = index.articleById.get(e.article);
    return [
      e.article,
      e.id,
      e.date,
      e.endDate,
      e.type,
      e.title.zh,
      e.title.en,
      e.parties.join('; '),
      names(index, e.parties, 'zh'),
      names(index, e.parties, 'en'),
      e.venue,
      e.sectors.join('; '),
      details.get(e.article)?.events[e.id],
      article?.title.zh,
      article?.source.zh,
      article?.published,
    ];
  });
  return toCsv(header, rows);
}

/** The figures of the view, one row each, with the value as a number and as people read it. */
export function figuresCsv(index: AtlasIndex, view: FilteredView, details: Details): string {
  const header = [
    'article_id',
    'figure_id',
    'metric_zh',
    'metric_en',
    'value',
    'unit',
    'qualifier',
    'display_zh',
    'display_en',
    'as_of',
    'regions',
    'regions_zh',
    'regions_en',
    'sectors',
    'quote',
    'article_title_zh',
    'source_zh',
  ];
  const rows = view.figures.map((f) => {
    const article = index.articleById.get(f.article);
    return [
      f.article,
      f.id,
      f.metric.zh,
      f.metric.en,
      f.value,
      f.unit,
      f.qualifier,
      formatValue(f.value, f.unit, f.qualifier, 'zh'),
      formatValue(f.value, f.unit, f.qualifier, 'en'),
      f.asOf,
      f.regions.join('; '),
      names(index, f.regions, 'zh'),
      names(index, f.regions, 'en'),
      f.sectors.join('; '),
      details.get(f.article)?.figures[f.id],
      article?.title.zh,
      article?.source.zh,
    ];
  });
  return toCsv(header, rows);
}

/** Everything the view shows as one JSON document: filters, articles, events and figures. */
export function viewJson(index: AtlasIndex, view: FilteredView, details: Details): string {
  const doc = {
    atlas: 'Cooperation Atlas · 区域协作地图',
    dataDate: index.atlas.dataDate,
    filters: { years: view.filters.years, sectors: view.filters.sectors },
    articles: view.articles.map(({ id, title, published, source }) => ({
      id,
      title,
      published,
      source,
      summary: details.get(id)?.summary ?? null,
    })),
    events: view.events.map((e) => ({ ...e, quote: details.get(e.article)?.events[e.id] ?? null })),
    figures: view.figures.map((f) => ({
      ...f,
      quote: details.get(f.article)?.figures[f.id] ?? null,
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
