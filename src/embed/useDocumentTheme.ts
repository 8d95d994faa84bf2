import { useEffect } from 'react';
import { useAtlasStore } from '../state/store';
import './dark.css';

/**
 * Puts the page in the store's theme (`theme=dark`): sets `<html data-theme>` for the
 * CSS variables. The maps follow the store's theme themselves.
 */
export function useDocumentTheme(): void {
  const theme = useAtlasStore((s) => s.theme);
  useEffect(() => {
    if (theme === 'dark') document.documentElement.dataset.theme = 'dark';
    else delete document.documentElement.dataset.theme;
  }, [theme]);
}
