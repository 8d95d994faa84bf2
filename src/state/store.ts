/**
 * The one Zustand store: load status, filters, selection, language, notices.
 * Derived data (filtered view, panel content) is never stored: views derive it
 * with `domain/` selectors inside `useMemo`.
 */
import { create } from 'zustand';
import type { AtlasIndex } from '../domain/atlasIndex';
import { NO_FILTERS, sameFilters, type Filters } from '../domain/filters';
import type { Lang } from '../domain/format';
import type { LoadProblem } from '../domain/loadProblem';
import type { LocalArticle } from '../domain/localArticles';
import type { RegionId } from '../domain/schema';
import type { PlayMode } from '../domain/yearRange';
import { sameSelection, type Selection } from '../domain/selection';
import type { MessageKey } from '../i18n/messages';

export type { Selection } from '../domain/selection';

/** Loading the atlas: in progress, ready with its indexes, or failed with what went wrong (translated where shown). */
export type LoadState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly index: AtlasIndex }
  | { readonly status: 'error'; readonly problem: LoadProblem };

/** A message shown to the user until dismissed (e.g. a URL parameter that was dropped). */
export interface Notice {
  readonly id: number;
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string>>;
}

/** An event or figure of an article, by its id within the article. */
export interface RecordRef {
  readonly kind: 'event' | 'figure';
  readonly id: string;
}

/**
 * The article open in the reader and what to bring into view: the quote of one of
 * its events or figures (`record`, read from the article's detail), or a sentence of
 * its text (`quote`, a full-text search hit).
 */
export interface OpenArticle {
  readonly id: string;
  readonly quote: string | null;
  readonly record?: RecordRef;
}

/**
 * Articles added in this browser (issue 19): which articles of the loaded atlas are
 * local, which of them the user may remove, the one being previewed before it is saved,
 * and how to remove one (installed by the authoring feature; null until then).
 */
export interface LocalArticles {
  /** Local articles: kept in this browser, or carried inside this offline copy. */
  readonly ids: ReadonlySet<string>;
  /** The local articles kept in this browser (an offline copy's own cannot be removed). */
  readonly removable: ReadonlySet<string>;
  /** The article shown in preview (not saved), or null. */
  readonly preview: string | null;
  /** The saved ones (kept in this browser or carried by this copy, not the preview): an offline copy carries them. */
  readonly saved: readonly LocalArticle[];
  readonly remove: ((id: string) => void) | null;
}

/** No local articles. */
export const NO_LOCAL_ARTICLES: LocalArticles = Object.freeze({
  ids: new Set<string>(),
  removable: new Set<string>(),
  preview: null,
  saved: [],
  remove: null,
});

/** Colour theme of the page and the map (`theme=dark` is projector-friendly). */
export type Theme = 'light' | 'dark';

/**
 * How the page is embedded (`embed`, `panel`, `origins`, `keys`, `pixelRatio`
 * URL parameters, read once at start; a host may change `pixelRatio` by message).
 */
export interface EmbedOptions {
  /** No page chrome: title, legend and filter summary over the map. */
  readonly embed: boolean;
  /** Whether a selection opens the panel (as an overlay when embedded). */
  readonly panel: boolean;
  /** Host origins besides this page's own that may send `atlas:set` (each an `URL.origin`). */
  readonly origins: readonly string[];
  /**
   * `origins=parent`: the window that frames the atlas may send messages whatever its
   * origin (a `file://` deck's is `null`); never any other window with that origin.
   */
  readonly trustParent: boolean;
  /** `keys=host`: the host page (a slide deck) drives the steps; the atlas hands it its keys. */
  readonly hostKeys: boolean;
  /** Device pixels per CSS pixel of the map (a slide scaled up by its deck); null: the screen's. */
  readonly pixelRatio: number | null;
}

/** What presentation mode shows: its step, the number of steps and the story (null: events in date order). */
export interface Presented {
  readonly step: number;
  readonly total: number;
  readonly story: string | null;
}

/** The presentation position: a 1-based step of a story (or of the events in date order). */
export interface Presentation {
  readonly step: number | null;
  readonly story: string | null;
}

/** What fills the map area: the map, the table of events and figures, or two regions compared. */
export type ExploreView = 'map' | 'table' | 'compare';

/** Play speed of the timeline, as a multiple of one year per 1.2 s. */
export type PlaySpeed = 0.5 | 1 | 2;

/**
 * How the map is doing: starting, drawn and idle, unavailable (no WebGL: the SVG
 * map stands in), or none (no WebGL and no boundaries: no map can be drawn).
 */
export type MapStatus = 'starting' | 'ready' | 'unavailable' | 'none';

/**
 * Why the WebGL map is unavailable, for the SVG map's notice: no WebGL in this
 * browser, the graphics context lost while running, or its boundaries failed to load.
 */
export type MapFallback = 'noWebgl' | 'contextLost' | 'noBoundaries';

export interface AtlasState {
  readonly load: LoadState;
  readonly filters: Filters;
  readonly selection: Selection;
  readonly lang: Lang;
  readonly notices: readonly Notice[];
  readonly article: OpenArticle | null;
  readonly mapStatus: MapStatus;
  /** Why the map is 'unavailable' (null while it is not). */
  readonly mapFallback: MapFallback | null;
  readonly hovered: string | null;
  readonly theme: Theme;
  readonly embed: EmbedOptions;
  /** Presentation step (1-based) or null when not presenting. */
  readonly step: number | null;
  /** Curated story being presented, or null for the events in date order. */
  readonly story: string | null;
  /** The step presentation mode has checked and shows, with the total; null when not presenting. */
  readonly presented: Presented | null;
  /** The tab of the map area (`view` URL parameter). */
  readonly exploreView: ExploreView;
  /** True while the timeline plays through the years. */
  readonly playing: boolean;
  /** The region and link list beside the map: opened or closed by the user, or null (open only without a map). */
  readonly listOpen: boolean | null;
  readonly playMode: PlayMode;
  readonly playSpeed: PlaySpeed;
  /** The regions compared (0–2 ids; `compare` URL parameter); replaced, never mutated. */
  readonly compare: readonly RegionId[];
  /** True while the authoring view ("Add article", `author=1`) covers the map. */
  readonly authoring: boolean;
  readonly localArticles: LocalArticles;
}

export interface AtlasActions {
  setLoad(load: LoadState): void;
  setFilters(filters: Filters): void;
  select(selection: Selection): void;
  setLang(lang: Lang): void;
  notify(key: MessageKey, params?: Record<string, string>): void;
  dismissNotice(id: number): void;
  openArticle(article: OpenArticle | null): void;
  /** Sets the map's status; 'unavailable' takes its reason (default: no WebGL). */
  setMapStatus(status: MapStatus, fallback?: MapFallback): void;
  setHovered(id: string | null): void;
  setTheme(theme: Theme): void;
  setEmbed(embed: EmbedOptions): void;
  setPresented(presented: Presented | null): void;
  setExploreView(view: ExploreView): void;
  setPlaying(playing: boolean): void;
  setListOpen(open: boolean): void;
  setPlayMode(mode: PlayMode): void;
  setPlaySpeed(speed: PlaySpeed): void;
  setCompare(ids: readonly RegionId[]): void;
  setAuthoring(authoring: boolean): void;
  setLocalArticles(local: LocalArticles): void;
  /**
   * Moves the presentation in one update, with the step's selection and
   * filters when given, so the URL gets one history entry per step.
   */
  present(
    presentation: Presentation,
    view?: { readonly selection: Selection; readonly filters?: Filters },
  ): void;
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
  mapFallback: null,
  hovered: null,
  theme: 'light',
  embed: {
    embed: false,
    panel: true,
    origins: [],
    trustParent: false,
    hostKeys: false,
    pixelRatio: null,
  },
  step: null,
  story: null,
  presented: null,
  exploreView: 'map',
  playing: false,
  listOpen: null,
  playMode: 'window',
  playSpeed: 1,
  compare: [],
  authoring: false,
  localArticles: NO_LOCAL_ARTICLES,
  setLoad: (load) => set({ load }),
  // Equal values keep the old reference, so memoised derivations (the filtered
  // view, panel details, map features) are not recomputed on back/forward or setState.
  setFilters: (filters) => set((s) => (sameFilters(s.filters, filters) ? {} : { filters })),
  select: (selection) =>
    set((s) =>
      sameSelection(s.selection, selection) ? { article: null } : { selection, article: null },
    ),
  setLang: (lang) => set({ lang }),
  notify: (key, params = {}) =>
    set((s) => ({ notices: [...s.notices, { id: nextNoticeId++, key, params }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  openArticle: (article) => set({ article }),
  setMapStatus: (mapStatus, fallback = 'noWebgl') =>
    set({ mapStatus, mapFallback: mapStatus === 'unavailable' ? fallback : null }),
  setHovered: (hovered) => set({ hovered }),
  setTheme: (theme) => set({ theme }),
  setEmbed: (embed) => set({ embed }),
  setPresented: (presented) =>
    set((s) =>
      s.presented?.step === presented?.step &&
      s.presented?.total === presented?.total &&
      s.presented?.story === presented?.story
        ? {}
        : { presented },
    ),
  setExploreView: (exploreView) => set({ exploreView }),
  setPlaying: (playing) => set({ playing }),
  setListOpen: (listOpen) => set({ listOpen }),
  setPlayMode: (playMode) => set({ playMode }),
  setPlaySpeed: (playSpeed) => set({ playSpeed }),
  setCompare: (compare) =>
    set((s) => (compare.join() === s.compare.join() ? {} : { compare: [...compare] })),
  setAuthoring: (authoring) => set({ authoring }),
  setLocalArticles: (localArticles) => set({ localArticles }),
  present: ({ step, story }, view) =>
    set(
      view
        ? {
            step,
            story,
            selection: view.selection,
            article: null,
            ...(view.filters ? { filters: view.filters } : {}),
          }
        : { step, story },
    ),
}));
