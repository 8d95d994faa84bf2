import { useMemo } from 'react';
import { legendFacts, legendStyle, type LegendStyle } from '../mapmodel/legend';
import { svgStyle } from '../mapmodel/style/read';
import { useAtlasStore } from '../state/store';
import { legendRows, type LegendRow } from './legend';
import { useDrawnFeatures } from './mapControl';

/** The legend of what the map draws now, in the UI's language and the map's theme. */
export function useLegend(): { rows: LegendRow[]; style: LegendStyle } {
  const lang = useAtlasStore((s) => s.lang);
  const theme = useAtlasStore((s) => s.theme);
  const drawn = useDrawnFeatures();
  return useMemo(() => {
    const facts = legendFacts(drawn);
    const style = legendStyle(svgStyle(lang, theme), facts);
    return { rows: legendRows(lang, style, facts), style };
  }, [drawn, lang, theme]);
}
