/**
 * The one Zustand store: load status, filters, selection, language, notices.
 * Derived data (filtered view, panel content) is never stored: views derive it
 * with `domain/` selectors inside `useMemo`.
 */
import { create } from 'zustand';
import type { AtlasIndex } from '../domain/atlasIndex';
import { NO_FILTERS, type Filters } from '../domain/filters';
import type { Lang } from '../domain/format';
import type { RegionId } from '../domain/schema';
import type { MessageKey } from '../i18n/messages';

/** What is selected: a region, a pair of regions (a link), or nothing. */
export type Selection =
  | { readonly kind: 'region'; readonly id: RegionId }
  | { readonly kind: 'pair'; readonly a: RegionId; readonly b: RegionId }
  | null;

/** Loading the atlas: in progress, ready with its indexes, or failed with a reason. */
export type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly index: AtlasIndex }
  | { readonly status: 'error'; readonly message: string };

/** A message shown to the user until dismissed (e.g. a URL parameter that was dropped). */
export interface Notice {
  readonly id: number;
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string>>;
}

/** The article open in the reader, and the quote to highlight in it. */
export interface OpenArticle {
  readonly id: string;
  readonly quote: string | null;
}

/** How the map is doing: starting, drawn and idle, or unavailable (no WebGL). */
export type MapStatus = 'starting' | 'ready' | 'unavailable';

export interface AtlasState {
  readonly load: LoadState;
  readonly filters: Filters;
  readonly selection: Selection;
  readonly lang: Lang;
  readonly notices: readonly Notice[];
  readonly article: OpenArticle | null;
  readonly mapStatus: MapStatus;
  readonly hovered: string | null;
}

export interface AtlasActions {
  setLoad(load: LoadState): void;
  setFilters(filters: Filters): void;
  select(selection: Selection): void;
  setLang(lang: Lang): void;
  notify(key: MessageKey, params?: Record<string, string>): void;
  dismissNotice(id: number): void;
  openArticle(article: OpenArticle | null): void;
  setMapStatus(status: MapStatus): void;
  setHovered(id: string | null): void;
}

/** The browser's preferred atlas language: Chinese for any `zh*` locale, otherwise English. */
export function browserLang(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Lang {
  return languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

let nextNoticeId = 1;

/** The store hook. Select primitives or stable references only (Zustand v5 loops on fresh arrays). */
export const useAtlasStore = create<AtlasState & AtlasActions>()((set) => ({
  load: { status: 'loading' },
  filters: NO_FILTERS,
  selection: null,
  lang: browserLang(),
  notices: [],
  article: null,
  mapStatus: 'starting',
  hovered: null,
  setLoad: (load) => set({ load }),
  setFilters: (filters) => set({ filters }),
  select: (selection) => set({ selection, article: null }),
  setLang: (lang) => set({ lang }),
  notify: (key, params = {}) =>
    set((s) => ({ notices: [...s.notices, { id: nextNoticeId++, key, params }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  openArticle: (article) => set({ article }),
  setMapStatus: (mapStatus) => set({ mapStatus }),
  setHovered: (hovered) => set({ hovered }),
}));
