/**
 * `window.atlas`: the automation API that tests and host pages use instead of
 * pixel guessing (documented in the README).
 */
import type { MapSnapshot } from '../mapmodel/snapshot';
import { mapControl } from './mapControl';
import type { DraftJson } from '../ingest/ingest';
import { useAtlasStore } from '../state/store';
import { serializeQuery } from '../state/url';
import { applyPartial, currentUrlState } from '../state/urlSync';
import type { DeckOptions } from '../export/deck/options';
import { loadDeckExporter } from './loadDeckExporter';
import { loadProblemMessage } from '../i18n/loadProblem';

/** The public state: the same values as the URL parameters. */
export interface PublicState {
  region: string | null;
  pair: string | null;
  /** A merged flow (`sichuan*~zhejiang*`: every link between the two provinces), or null. */
  flow: string | null;
  years: string | null;
  sectors: string[];
  lang: 'zh' | 'en';
  theme: 'light' | 'dark';
  /** Presentation step, 1-based, or null when not presenting. */
  step: number | null;
  /** Curated story being presented, or null (events in date order). */
  story: string | null;
}

/** Values `setState` accepts: URL-style strings (numbers for `step`), arrays for `sectors`, null to clear. */
export type StateInput = Partial<Record<keyof PublicState, string | number | string[] | null>>;

/** Options of {@link AtlasApi.exportImage}; every field is optional. */
export interface ExportImageOptions {
  /** `png` (default), `svg` (text as text, the map as vector paths) or `pdf` (with its CJK glyphs embedded). */
  format?: 'png' | 'svg' | 'pdf';
  /** CSS pixels of the slide, 320–4096 (default 1920). */
  width?: number;
  /** CSS pixels of the slide, 240–4096 (default 1080). */
  height?: number;
  /** Device pixels per CSS pixel, 1–4 (default 1); the PNG is width×pixelRatio wide (SVG and PDF ignore it). */
  pixelRatio?: number;
  /** Leave the sea and the page background transparent (default false). */
  transparent?: boolean;
}

export interface AtlasApi {
  /** Resolves once the data is loaded and the map is idle (or known to be unavailable). */
  readonly ready: Promise<void>;
  getState(): PublicState;
  /** Applies URL-style values; invalid ones are dropped with a notice, like URL parameters. */
  setState(partial: StateInput): void;
  /** Page coordinates of a region's marker or label, where a click selects it. */
  screenPoint(regionId: string): { x: number; y: number } | null;
  /**
   * What the map draws now: flows drawn and summarised, the labels it shows with their
   * boxes in page pixels, and the flows and places as GeoJSON; null before the first picture.
   */
  mapSnapshot(): MapSnapshot | null;
  /** A PNG, SVG or PDF of the current view for slides and print (the Export button's code path). */
  exportImage(options?: ExportImageOptions): Promise<Blob>;
  /**
   * A PowerPoint deck (.pptx) of a story (`story: id`), of every event in date order
   * (`story: null`) or of the current view (no `story`): the Export dialog's code path.
   */
  exportDeck(options?: DeckOptions): Promise<Blob>;
  /**
   * Drafts an annotation from an article's text in the ingest worker: the same object as
   * `npm run ingest -- <file> --json` prints for that text (without its `file` and
   * `encoding`). `id` is the article id (the CLI takes the file's stem). Rejects with the
   * reason when the text is not an article (empty, no Chinese …).
   */
  draft(text: string, id?: string): Promise<DraftJson>;
}

declare global {
  interface Window {
    atlas?: AtlasApi;
  }
}

// Set when `ready` rejected: a retry then gets a fresh `ready` that follows the new attempt.
let readyFailed = false;

/**
 * Resolves when the atlas and its map are ready; rejects when the atlas failed to load.
 * The rejection counts as handled here: a page whose data failed must show its message,
 * not also log an "Uncaught (in promise)" for a promise no script may be watching.
 */
function whenReady(): Promise<void> {
  const ready = new Promise<void>((resolve, reject) => {
    const check = () => {
      const { load, mapStatus } = useAtlasStore.getState();
      if (load.status === 'error') {
        readyFailed = true;
        reject(new Error(loadProblemMessage(load.problem)));
      } else if (load.status === 'ready' && mapStatus !== 'starting') resolve();
      else return false;
      return true;
    };
    if (check()) return;
    const unsubscribe = useAtlasStore.subscribe(() => {
      if (check()) unsubscribe();
    });
  });
  ready.catch(() => undefined);
  return ready;
}

function getState(): PublicState {
  const params = new URLSearchParams(serializeQuery(currentUrlState(), '', 'zh'));
  return {
    region: params.get('region'),
    pair: params.get('pair'),
    flow: params.get('flow'),
    years: params.get('years'),
    sectors: params.get('sectors')?.split(',') ?? [],
    lang: useAtlasStore.getState().lang,
    theme: useAtlasStore.getState().theme,
    step: useAtlasStore.getState().step,
    story: useAtlasStore.getState().story,
  };
}

function setState(partial: StateInput): void {
  const { load } = useAtlasStore.getState();
  if (load.status === 'ready') applyPartial(load.index, partial);
}

/** Installs `window.atlas` once. */
export function installAutomation(): void {
  if (window.atlas && readyFailed) {
    readyFailed = false;
    window.atlas = { ...window.atlas, ready: whenReady() };
  }
  if (window.atlas) return;
  window.atlas = {
    ready: whenReady(),
    getState,
    setState,
    screenPoint: (id) => mapControl.get()?.screenPoint(id) ?? null,
    mapSnapshot: () => mapControl.get()?.snapshot() ?? null,
    exportImage: async (options) =>
      (await import('../export/exportImage')).exportImage(options, mapControl.get()),
    exportDeck: async (options) => (await loadDeckExporter()).exportDeck(options ?? {}),
    draft: async (text, id = 'draft') => {
      const result = await (await import('../ingest/client')).draftInWorker({ text }, id);
      if (!result.ok) throw new Error(result.message);
      return result.draft;
    },
  };
}
