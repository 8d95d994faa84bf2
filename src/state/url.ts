/**
 * URL ⇄ state (DESIGN.md "Explicit, validated URL state"). Each parameter is
 * parsed to valid | invalid | missing; invalid ones are dropped and reported,
 * defaults are omitted, unknown parameters are kept untouched.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { Filters } from '../domain/filters';
import type { Lang } from '../domain/format';
import { PAIR_SEPARATOR } from '../domain/select';
import { flowKey, parseEnd } from '../domain/selection';
// `view` and `compare` are owned by `exploreUrl.ts` (EXPLORE_PARAMS); parse and serialise delegate to it.
import { parseExploreParams, writeExploreParams } from './exploreUrl';
import type { EmbedOptions, ExploreView, Selection, Theme } from './store';

/** The part of the state that lives in the URL. */
export interface UrlState {
  readonly selection: Selection;
  readonly filters: Filters;
  /** null: not in the URL (the browser's language applies). */
  readonly lang: Lang | null;
  /** null or absent: not in the URL (the light theme applies). */
  readonly theme?: Theme | null;
  /** Presentation step, 1-based; null or absent: not presenting. */
  readonly step?: number | null;
  /** Curated story presented (`data/stories/<id>.yaml`); null or absent: events in date order. */
  readonly story?: string | null;
  /** The map area's tab; absent: the map. */
  readonly view?: ExploreView;
  /** Regions compared (0–2); absent: none. */
  readonly compare?: readonly string[];
  /** The authoring view is open (`author=1`); absent: closed. */
  readonly author?: boolean;
}

/** A parameter that was present but invalid, and so ignored. */
export interface DroppedParam {
  readonly name: string;
  readonly value: string;
}

/** The parameters this module owns; all others are left alone. */
export const OWN_PARAMS = [
  'region',
  'pair',
  'flow',
  'years',
  'sectors',
  'lang',
  'theme',
  'step',
  'story',
] as const;

/** The authoring view's parameter (`author=1`), kept out of the automation API's state. */
export const AUTHOR_PARAM = 'author';

/** Embedding parameters: read once at start, never written back (see {@link parseEmbedParams}). */
export const EMBED_PARAMS = ['embed', 'panel', 'origins', 'keys', 'pixelRatio'] as const;

/** Steps beyond this are surely a typo: presentations have tens of steps. */
const MAX_STEP = 9999;

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
  const flow = params.get('flow');
  if (flow !== null) {
    const [a, b, ...rest] = flow.split(PAIR_SEPARATOR).map(parseEnd);
    const valid =
      a &&
      b &&
      rest.length === 0 &&
      a.id !== b.id &&
      index.regionById.has(a.id) &&
      index.regionById.has(b.id);
    if (a && b && valid && selection === null) selection = { kind: 'flow', a, b };
    else dropped.push({ name: 'flow', value: flow });
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
  const { theme, step, story } = parsePresentation(params, dropped);
  const { view, compare } = parseExploreParams(params, index, dropped);
  let author = false;
  const authorParam = params.get(AUTHOR_PARAM);
  if (authorParam !== null) {
    if (authorParam === '1' || authorParam === '0') author = authorParam === '1';
    else dropped.push({ name: AUTHOR_PARAM, value: authorParam });
  }
  return {
    state: {
      selection,
      filters: { years, sectors },
      lang,
      theme,
      step,
      story,
      view,
      compare,
      author,
    },
    dropped,
  };
}

function parsePresentation(
  params: URLSearchParams,
  dropped: DroppedParam[],
): { theme: Theme | null; step: number | null; story: string | null } {
  let theme: Theme | null = null;
  const themeParam = params.get('theme');
  if (themeParam !== null) {
    if (themeParam === 'light' || themeParam === 'dark') theme = themeParam;
    else dropped.push({ name: 'theme', value: themeParam });
  }
  let step: number | null = null;
  const stepParam = params.get('step');
  if (stepParam !== null) {
    const n = /^\d{1,4}$/.test(stepParam) ? Number(stepParam) : NaN;
    if (n >= 1 && n <= MAX_STEP) step = n;
    else dropped.push({ name: 'step', value: stepParam });
  }
  let story: string | null = null;
  const storyParam = params.get('story');
  if (storyParam !== null) {
    if (/^[a-z0-9-]{1,64}$/.test(storyParam)) story = storyParam;
    else dropped.push({ name: 'story', value: storyParam });
  }
  return { theme, step, story };
}

/**
 * An `origins=` entry as an origin: any http(s) URL counts for its origin
 * (`https://host/deck/` → `https://host`); anything else (`*`, `null`,
 * `file:`) is null. A `file://` deck is trusted with `origins=parent` instead.
 */
function parseOrigin(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Device pixels per CSS pixel a map may be drawn at (`pixelRatio=`, `atlas:set`). */
export const PIXEL_RATIO_RANGE = [0.5, 4] as const;

/** A pixel ratio within {@link PIXEL_RATIO_RANGE}, or null. */
export function parsePixelRatio(value: string | number): number | null {
  const n =
    typeof value === 'number' ? value : /^\d{1,2}(\.\d{1,4})?$/.test(value) ? Number(value) : NaN;
  return n >= PIXEL_RATIO_RANGE[0] && n <= PIXEL_RATIO_RANGE[1] ? n : null;
}

/**
 * Reads the embedding parameters: `embed=1` (no page chrome), `panel=0` (the
 * panel stays closed on selection), `origins=<origin>,parent` (host pages
 * allowed to send messages; `parent` is the window that frames the atlas),
 * `keys=host` (the host drives the steps and gets the keys) and
 * `pixelRatio=<0.5–4>` (the map's device pixels per CSS pixel). Invalid
 * values are dropped and reported.
 */
export function parseEmbedParams(search: string): {
  options: EmbedOptions;
  dropped: DroppedParam[];
} {
  const params = new URLSearchParams(search);
  const dropped: DroppedParam[] = [];
  const flag = (name: 'embed' | 'panel', fallback: boolean): boolean => {
    const value = params.get(name);
    if (value === null) return fallback;
    if (value === '1' || value === '0') return value === '1';
    dropped.push({ name, value });
    return fallback;
  };
  const embed = flag('embed', false);
  const panel = flag('panel', true);
  const origins: string[] = [];
  let trustParent = false;
  for (const value of params.get('origins')?.split(',').filter(Boolean) ?? []) {
    const origin = value.trim() === 'parent' ? 'parent' : parseOrigin(value.trim());
    if (origin === 'parent') trustParent = true;
    else if (origin === null) dropped.push({ name: 'origins', value });
    else if (!origins.includes(origin)) origins.push(origin);
  }
  const keys = params.get('keys');
  if (keys !== null && keys !== 'host' && keys !== 'atlas')
    dropped.push({ name: 'keys', value: keys });
  const ratioParam = params.get('pixelRatio');
  const pixelRatio = ratioParam === null ? null : parsePixelRatio(ratioParam);
  if (ratioParam !== null && pixelRatio === null) {
    dropped.push({ name: 'pixelRatio', value: ratioParam });
  }
  return {
    options: { embed, panel, origins, trustParent, hostKeys: keys === 'host', pixelRatio },
    dropped,
  };
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
  if (selection?.kind === 'flow') params.set('flow', flowKey(selection.a, selection.b));
  if (filters.years) {
    const [from, to] = filters.years;
    params.set('years', from === to ? String(from) : `${from}-${to}`);
  }
  if (filters.sectors.length > 0) params.set('sectors', filters.sectors.join(','));
  if (lang !== null && lang !== defaultLang) params.set('lang', lang);
  if (state.theme === 'dark') params.set('theme', state.theme);
  writeExploreParams(params, state);
  params.delete(AUTHOR_PARAM);
  if (state.author) params.set(AUTHOR_PARAM, '1');
  if (state.step !== null && state.step !== undefined) {
    if (state.story) params.set('story', state.story);
    params.set('step', String(state.step));
  }
  // `:` and `/` are legal in a query: keep `origins=https://host` readable.
  const out = params
    .toString()
    .replaceAll('%7E', '~')
    .replaceAll('%2C', ',')
    .replaceAll('%3A', ':')
    .replaceAll('%2F', '/');
  return out ? `?${out}` : '';
}
