/**
 * URL ⇄ state (DESIGN.md "Explicit, validated URL state"). Each parameter is
 * parsed to valid | invalid | missing; invalid ones are dropped and reported,
 * defaults are omitted, unknown parameters are kept untouched.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { Filters } from '../domain/filters';
import type { Lang } from '../domain/format';
import { PAIR_SEPARATOR } from '../domain/select';
import type { Selection } from './store';

/** The part of the state that lives in the URL. */
export interface UrlState {
  readonly selection: Selection;
  readonly filters: Filters;
  /** null: not in the URL (the browser's language applies). */
  readonly lang: Lang | null;
}

/** A parameter that was present but invalid, and so ignored. */
export interface DroppedParam {
  readonly name: string;
  readonly value: string;
}

/** The parameters this module owns; all others are left alone. */
export const OWN_PARAMS = ['region', 'pair', 'years', 'sectors', 'lang'] as const;

function parseYears(value: string, index: AtlasIndex): Filters['years'] | undefined {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(value.trim());
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  const [min, max] = index.years;
  if (from > to || from < min || to > max) return undefined;
  return [from, to];
}

function parseSelection(
  params: URLSearchParams,
  index: AtlasIndex,
  dropped: DroppedParam[],
): Selection {
  const region = params.get('region');
  const pair = params.get('pair');
  let selection: Selection = null;
  if (region !== null) {
    if (index.regionById.has(region)) selection = { kind: 'region', id: region };
    else dropped.push({ name: 'region', value: region });
  }
  if (pair !== null) {
    const [a = '', b = '', ...rest] = pair.split(PAIR_SEPARATOR);
    const valid =
      rest.length === 0 && a !== b && index.regionById.has(a) && index.regionById.has(b);
    if (valid && selection === null) selection = { kind: 'pair', a, b };
    else dropped.push({ name: 'pair', value: pair });
  }
  return selection;
}

/** Parses a query string against the atlas; never throws. */
export function parseQuery(
  search: string,
  index: AtlasIndex,
): { state: UrlState; dropped: DroppedParam[] } {
  const params = new URLSearchParams(search);
  const dropped: DroppedParam[] = [];
  const selection = parseSelection(params, index, dropped);

  let years: Filters['years'] = null;
  const yearsParam = params.get('years');
  if (yearsParam !== null) {
    const parsed = parseYears(yearsParam, index);
    if (parsed) years = parsed;
    else dropped.push({ name: 'years', value: yearsParam });
  }

  const sectors: string[] = [];
  const sectorsParam = params.get('sectors');
  if (sectorsParam !== null) {
    for (const id of sectorsParam.split(',').filter(Boolean)) {
      if (index.sectorById.has(id) && !sectors.includes(id)) sectors.push(id);
      else dropped.push({ name: 'sectors', value: id });
    }
  }

  let lang: Lang | null = null;
  const langParam = params.get('lang');
  if (langParam !== null) {
    if (langParam === 'zh' || langParam === 'en') lang = langParam;
    else dropped.push({ name: 'lang', value: langParam });
  }
  return { state: { selection, filters: { years, sectors }, lang }, dropped };
}

/**
 * Writes the state into a query string, keeping every parameter this module
 * does not own from `base` and omitting defaults (no filter, no selection, the
 * browser's language).
 */
export function serializeQuery(state: UrlState, base: string, defaultLang: Lang): string {
  const params = new URLSearchParams(base);
  OWN_PARAMS.forEach((name) => params.delete(name));
  const { selection, filters, lang } = state;
  if (selection?.kind === 'region') params.set('region', selection.id);
  if (selection?.kind === 'pair')
    params.set('pair', `${selection.a}${PAIR_SEPARATOR}${selection.b}`);
  if (filters.years) {
    const [from, to] = filters.years;
    params.set('years', from === to ? String(from) : `${from}-${to}`);
  }
  if (filters.sectors.length > 0) params.set('sectors', filters.sectors.join(','));
  if (lang !== null && lang !== defaultLang) params.set('lang', lang);
  const out = params.toString().replaceAll('%7E', '~').replaceAll('%2C', ',');
  return out ? `?${out}` : '';
}
