/**
 * Strings of the SVG map (the first-frame map and the map without WebGL), in
 * Simplified Chinese and English. `en` is typed against `zh`.
 */
export const svgmapZh = {
  svgmapLabel: '合作地图。方向键平移，加号、减号缩放，Tab 键逐个选择地区和合作关系。',
  svgmapRegion: '{name}，{events}',
  svgmapLink: '{link}，{events}',
  svgmapNotice: '此浏览器无法使用 WebGL，正在显示简化的 SVG 地图。',
} as const;

export const svgmapEn: Record<keyof typeof svgmapZh, string> = {
  svgmapLabel:
    'Cooperation map. Arrow keys pan, plus and minus zoom, Tab moves through the regions and links.',
  svgmapRegion: '{name}, {events}',
  svgmapLink: '{link}, {events}',
  svgmapNotice: 'WebGL is not available in this browser: showing a simplified SVG map.',
};
