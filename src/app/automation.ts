/**
 * `window.atlas`: the automation API that tests and host pages use instead of
 * pixel guessing (documented in the README).
 */
import { screenPointOf } from '../map';
import { useAtlasStore } from '../state/store';
import { OWN_PARAMS, serializeQuery } from '../state/url';
import { applyUrl, currentUrlState } from '../state/urlSync';

/** The public state: the same values as the URL parameters. */
export interface PublicState {
  region: string | null;
  pair: string | null;
  years: string | null;
  sectors: string[];
  lang: 'zh' | 'en';
}

export interface AtlasApi {
  /** Resolves once the data is loaded and the map is idle (or known to be unavailable). */
  readonly ready: Promise<void>;
  getState(): PublicState;
  /** Applies URL-style values; invalid ones are dropped with a notice, like URL parameters. */
  setState(partial: Partial<Record<keyof PublicState, string | string[] | null>>): void;
  /** Page coordinates of a region's marker or label, where a click selects it. */
  screenPoint(regionId: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    atlas?: AtlasApi;
  }
}

function whenReady(): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const { load, mapStatus } = useAtlasStore.getState();
      if (load.status === 'error') reject(new Error(load.message));
      else if (load.status === 'ready' && mapStatus !== 'starting') resolve();
      else return false;
      return true;
    };
    if (check()) return;
    const unsubscribe = useAtlasStore.subscribe(() => {
      if (check()) unsubscribe();
    });
  });
}

function getState(): PublicState {
  const params = new URLSearchParams(serializeQuery(currentUrlState(), '', 'zh'));
  return {
    region: params.get('region'),
    pair: params.get('pair'),
    years: params.get('years'),
    sectors: params.get('sectors')?.split(',') ?? [],
    lang: useAtlasStore.getState().lang,
  };
}

function setState(partial: Partial<Record<keyof PublicState, string | string[] | null>>): void {
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
    if (value !== null && value !== undefined && value.length > 0) {
      params.set(name, Array.isArray(value) ? value.join(',') : value);
    }
  }
  applyUrl(load.index, params.toString());
}

/** Installs `window.atlas` once. */
export function installAutomation(): void {
  if (window.atlas) return;
  window.atlas = { ready: whenReady(), getState, setState, screenPoint: screenPointOf };
}
