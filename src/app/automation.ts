/**
 * `window.atlas`: the automation API that tests and host pages use instead of
 * pixel guessing (documented in the README).
 */
import { screenPointOf } from '../map';
import { useAtlasStore } from '../state/store';
import { OWN_PARAMS, serializeQuery } from '../state/url';
import { applyUrl, currentUrlState } from '../state/urlSync';
import { loadProblemMessage } from '../i18n/loadProblem';

/** The public state: the same values as the URL parameters. */
export interface PublicState {
  region: string | null;
  pair: string | null;
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
  /** CSS pixels of the slide, 320–4096 (default 1920). */
  width?: number;
  /** CSS pixels of the slide, 240–4096 (default 1080). */
  height?: number;
  /** Device pixels per CSS pixel, 1–4 (default 1); the PNG is width×pixelRatio wide. */
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
  /** A PNG of the current view for slides (the Export button's code path). */
  exportImage(options?: ExportImageOptions): Promise<Blob>;
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
    years: params.get('years'),
    sectors: params.get('sectors')?.split(',') ?? [],
    lang: useAtlasStore.getState().lang,
    theme: useAtlasStore.getState().theme,
    step: useAtlasStore.getState().step,
    story: useAtlasStore.getState().story,
  };
}

function setState(partial: StateInput): void {
  const { load, lang } = useAtlasStore.getState();
  if (load.status !== 'ready') return;
  const params = new URLSearchParams(
    serializeQuery(currentUrlState(), '', lang === 'zh' ? 'en' : 'zh'),
  );
  for (const name of OWN_PARAMS) {
    if (!(name in partial)) continue;
    const value = partial[name];
    params.delete(name);
    if (name === 'region' && value) params.delete('pair');
    if (name === 'pair' && value) params.delete('region');
    if (typeof value === 'number') params.set(name, String(value));
    else if (value !== null && value !== undefined && value.length > 0) {
      params.set(name, Array.isArray(value) ? value.join(',') : value);
    }
  }
  applyUrl(load.index, params.toString());
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
    screenPoint: screenPointOf,
    exportImage: async (options) => (await import('../export/exportImage')).exportImage(options),
  };
}
