import { useEffect } from 'react';
import type { YearSpan } from '../domain/dates';
import { playNext, playStart, toFilterYears } from '../domain/yearRange';
import { useAtlasStore } from '../state/store';

/** Milliseconds per year at speed 1. */
export const STEP_MS = 1200;

function setYears(range: YearSpan, domain: YearSpan): void {
  const { filters, setFilters } = useAtlasStore.getState();
  const years = toFilterYears(range, domain);
  if (filters.years?.[0] === years?.[0] && filters.years?.[1] === years?.[1]) return;
  setFilters({ ...filters, years });
}

/** Starts playing from the current range (see `playStart`), or stops. */
export function togglePlay(domain: YearSpan): void {
  const { playing, playMode, filters, setPlaying } = useAtlasStore.getState();
  if (playing) {
    setPlaying(false);
    return;
  }
  setYears(playStart(filters.years, domain, playMode), domain);
  setPlaying(true);
}

/**
 * While `playing`, advances the year filter one step per interval (by the
 * current mode and speed) and stops after the last year. The map, the panel and
 * the URL follow the filter like any other change.
 */
export function usePlayback(domain: YearSpan): void {
  const playing = useAtlasStore((s) => s.playing);
  const speed = useAtlasStore((s) => s.playSpeed);
  const [from, to] = domain;
  useEffect(() => {
    if (!playing) return;
    const id = window.setInterval(() => {
      const { filters, playMode, setPlaying } = useAtlasStore.getState();
      const next = playNext(filters.years ?? [from, to], [from, to], playMode);
      if (next) setYears(next, [from, to]);
      else setPlaying(false);
    }, STEP_MS / speed);
    return () => window.clearInterval(id);
  }, [playing, speed, from, to]);
}
