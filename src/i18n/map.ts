/**
 * The map's own strings (overlays, inset, controls), in Simplified Chinese and
 * English. `en` is typed against `zh`, so a key missing in either fails the typecheck.
 */
export const mapZh = {
  southChinaSeaInset: '南海诸岛',
  mapControls: '地图缩放',
  mapLabel: '合作地图',
  tooltipDirected: '{from} → {to}',
} as const;

export const mapEn: Record<keyof typeof mapZh, string> = {
  southChinaSeaInset: 'South China Sea Islands',
  mapControls: 'Map zoom',
  mapLabel: 'Cooperation map',
  tooltipDirected: '{from} → {to}',
};
