/**
 * Strings of the embed kit (embedded layout, legend, embed dialog), in
 * Simplified Chinese and English. `en` is typed against `zh`.
 */
export const embedZh = {
  embedButton: '嵌入',
  embedTitle: '嵌入到网页',
  embedIntro:
    '把下面的代码粘贴到网页中。代码固定了当前视图的全部参数（地区、年份、行业、语言、主题），以后默认设置变化也不会改变嵌入的内容。',
  embedSize: '尺寸',
  embedPreset169: '16:9',
  embedPreset43: '4:3',
  embedPresetResponsive: '自适应高度',
  embedTheme: '主题',
  embedThemeLight: '浅色',
  embedThemeDark: '深色（投影）',
  embedCode: '嵌入代码',
  embedCopy: '复制代码',
  embedCopied: '已复制到剪贴板',
  embedCopyManual: '已选中代码，请按 Ctrl+C（⌘C）复制',
  embedOpenFull: '打开完整地图',
  embedPanelClose: '关闭详情',
  embedApiNote:
    '宿主网页可以用 postMessage 控制地图（atlas:set），并接收 atlas:ready、atlas:select、atlas:resize 消息，详见 README。',
  legendTitle: '图例',
  legendActivity: '合作事件数',
  legendFew: '少',
  legendMany: '多',
  legendLink: '合作关系（线越粗，事件越多）',
  legendDirected: '帮扶方向',
  legendPlace: '市、区县',
} as const;

export const embedEn: Record<keyof typeof embedZh, string> = {
  embedButton: 'Embed',
  embedTitle: 'Embed in a web page',
  embedIntro:
    'Paste this code into a web page. It pins every parameter of the current view (region, years, sectors, language, theme), so a later change of defaults cannot alter the embed.',
  embedSize: 'Size',
  embedPreset169: '16:9',
  embedPreset43: '4:3',
  embedPresetResponsive: 'Responsive height',
  embedTheme: 'Theme',
  embedThemeLight: 'Light',
  embedThemeDark: 'Dark (projector)',
  embedCode: 'Embed code',
  embedCopy: 'Copy code',
  embedCopied: 'Copied to the clipboard',
  embedCopyManual: 'The code is selected: press Ctrl+C (⌘C) to copy',
  embedOpenFull: 'Open the full atlas',
  embedPanelClose: 'Close details',
  embedApiNote:
    'The host page can drive the map with postMessage (atlas:set) and receives atlas:ready, atlas:select and atlas:resize messages; see the README.',
  legendTitle: 'Legend',
  legendActivity: 'Cooperation events',
  legendFew: 'few',
  legendMany: 'many',
  legendLink: 'Cooperation link (thicker: more events)',
  legendDirected: 'Direction of support',
  legendPlace: 'City or county',
};
