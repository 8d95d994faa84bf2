import { useEffect } from 'react';
import { applyMapTheme } from '../map/theme';
import { registeredMap } from '../map/screenPoint';
import { useAtlasStore } from '../state/store';
import './dark.css';

/**
 * Puts the page and the map in the store's theme (`theme=dark`): sets
 * `<html data-theme>` for the CSS variables and swaps the map's colours once
 * its layers are in.
 */
export function useDocumentTheme(): void {
  const theme = useAtlasStore((s) => s.theme);
  const lang = useAtlasStore((s) => s.lang);
  const mapStatus = useAtlasStore((s) => s.mapStatus);
  useEffect(() => {
    if (theme === 'dark') document.documentElement.dataset.theme = 'dark';
    else delete document.documentElement.dataset.theme;
  }, [theme]);
  useEffect(() => {
    // A light map needs nothing until it has been dark; no map at all needs nothing either.
    if (
      mapStatus === 'unavailable' ||
      mapStatus === 'none' ||
      (theme === 'light' && !registeredMap())
    )
      return;
    let frame = 0;
    let detach = () => {};
    // The map registers a few frames after mounting: wait for it, so no light frame is left on screen.
    const attach = () => {
      const map = registeredMap()?.map;
      if (!map) {
        frame = requestAnimationFrame(attach);
        return;
      }
      const apply = () => applyMapTheme(map, theme, lang);
      if (map.isStyleLoaded()) apply();
      map.on('styledata', apply);
      detach = () => map.off('styledata', apply);
    };
    attach();
    return () => {
      cancelAnimationFrame(frame);
      detach();
    };
  }, [theme, lang, mapStatus]);
}
