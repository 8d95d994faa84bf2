/**
 * Publication meta data of a clean article: its title (the headline), publication time
 * (from the date line, in every format sites print) and source (`来源:`, `来自:`, a byline
 * such as `封面新闻记者 刘恪生`), each with a confidence and the text it was read from.
 */
import type { Evidence } from '../schema';
import { parsePublished } from './dates';
import type { Paragraph } from './structure';

/** A field's value and its evidence. */
export interface Field extends Evidence {
  value: string;
}

/** Publication time used when an article has none: the reviewer must fill it in. */
export const UNKNOWN_PUBLISHED = '1970-01-01';
/** Source used when an article names none. */
export const UNKNOWN_SOURCE = '未注明';

const SOURCE = /(?:来源|来自|稿源|出处|转自|转载自|来源于)\s*[:：]\s*([^\s|｜丨，,。;；]{2,30})/u;
const BYLINE = /^([\u4e00-\u9fff]{2,12}?)(?:记者|通讯员|特约撰稿)/u;

/** The headline. */
export function findTitle(paragraphs: readonly Paragraph[], fallback?: string): Field {
  const head = paragraphs.find((p) => p.role === 'headline');
  if (head && head.text.length >= 4 && head.text.length <= 120) {
    return { value: head.text, confidence: head.text.length <= 80 ? 0.9 : 0.6, quote: head.text };
  }
  if (fallback) return { value: fallback, confidence: 0.5, quote: '' };
  const text = head?.text.slice(0, 60) ?? '';
  return { value: text || '（无标题）', confidence: text ? 0.3 : 0, quote: text };
}

/** The publication time: the date line first, then the opening paragraphs, then `fallback` (an HTML meta date). */
export function findPublished(paragraphs: readonly Paragraph[], fallback?: string): Field {
  const ordered = [
    ...paragraphs.filter((p) => p.role === 'meta'),
    ...paragraphs.slice(0, 4).filter((p) => p.role !== 'meta'),
  ];
  for (const [i, p] of ordered.entries()) {
    const found = parsePublished(p.text);
    if (found) {
      return {
        value: found.value,
        confidence: p.role === 'meta' ? 0.95 : i < 2 ? 0.8 : 0.6,
        quote: p.text.slice(found.start, found.end),
      };
    }
  }
  if (fallback) {
    const found = parsePublished(fallback);
    if (found) return { value: found.value, confidence: 0.7, quote: '' };
  }
  return { value: UNKNOWN_PUBLISHED, confidence: 0, quote: '' };
}

/** The source: a `来源:` field, a byline's outlet, or {@link UNKNOWN_SOURCE}. */
export function findSource(paragraphs: readonly Paragraph[], fallback?: string): Field {
  for (const p of paragraphs.slice(0, 5)) {
    const m = SOURCE.exec(p.text);
    if (m?.[1]) return { value: m[1], confidence: p.role === 'meta' ? 0.9 : 0.7, quote: m[1] };
  }
  for (const p of paragraphs.slice(0, 6)) {
    const m = p.role === 'byline' || p.role === 'meta' ? BYLINE.exec(p.text) : null;
    if (m?.[1]) return { value: m[1], confidence: 0.6, quote: m[1] };
  }
  if (fallback) return { value: fallback, confidence: 0.5, quote: '' };
  return { value: UNKNOWN_SOURCE, confidence: 0, quote: '' };
}
