/**
 * Strings of the SVG map (the map at rest, and the map without WebGL), in
 * Simplified Chinese and English. `en` is typed against `zh`.
 */
export const svgmapZh = {
  svgmapLabel: '合作地图。方向键平移，加号、减号缩放，Tab 键逐个选择地区和合作关系。',
  svgmapRegion: '{name}，{events}',
  svgmapLink: '{link}，{events}',
  svgmapNotice: '此浏览器无法使用 WebGL：地图保持 SVG 显示，平移和缩放逐级进行。',
  svgmapNoticeContextLost:
    'WebGL 地图已停止（图形上下文丢失）：地图改以 SVG 显示，平移和缩放逐级进行。',
  svgmapNoticeNoBoundaries: 'WebGL 地图的边界数据无法加载：地图保持 SVG 显示，平移和缩放逐级进行。',
  firstFrameNoScript:
    '这是一张静态地图。启用 JavaScript 后，可以按年份和行业筛选，点击地区或连线查看报道、事件和数据。',
} as const;

export const svgmapEn: Record<keyof typeof svgmapZh, string> = {
  svgmapLabel:
    'Cooperation map. Arrow keys pan, plus and minus zoom, Tab moves through the regions and links.',
  svgmapRegion: '{name}, {events}',
  svgmapLink: '{link}, {events}',
  svgmapNotice:
    'WebGL is not available in this browser: the map stays SVG and pans and zooms in steps.',
  svgmapNoticeContextLost:
    'The WebGL map stopped (its graphics context was lost): the map is SVG again and pans and zooms in steps.',
  svgmapNoticeNoBoundaries:
    "The WebGL map's boundary data could not be loaded: the map stays SVG and pans and zooms in steps.",
  firstFrameNoScript:
    'This map is a still picture. With JavaScript on, you can filter by year and sector and click a region or link for its articles, events and figures.',
};
