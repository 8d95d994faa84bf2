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
    '宿主网页可以用 postMessage 控制地图（atlas:set），并接收 atlas:ready、atlas:select、atlas:step、atlas:resize 等消息，详见 README。',
  embedPresetReveal: 'reveal.js 幻灯片',
  embedRevealNote:
    '把这段 <section> 粘贴到 reveal.js 幻灯片中：翻页笔的 PageDown 逐步讲完故事后进入下一页，PageUp 返回；地图跟随幻灯片缩放保持清晰。幻灯片也可以是本地 file:// 文件。',
  embedDetails: '详情',
  embedOriginsNull:
    '网址参数 origins=null 无效：要让本地（file://）幻灯片控制地图，请改用 origins=parent。',
  embedRejectOrigin:
    '不接受来自 {origin} 的消息：请在地图网址的 origins= 中加入 {origin}（本地 file:// 幻灯片用 origins=parent）。',
  embedRejectNoOrigin:
    '不接受来自本地（file://）页面的消息：如果它就是嵌入地图的幻灯片，请在地图网址中加入 origins=parent。',
  embedRejectMalformed: '{type} 消息格式不对（{detail}），已忽略。格式见 README 的“嵌入”一节。',
  embedRejectUnknown: '未知的消息类型 {type}，已忽略：地图只接受 atlas:set。',
  embedRejectInvalid: '{name}={value} 无效，已忽略；消息的其余部分已生效。',
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
    'The host page can drive the map with postMessage (atlas:set) and receives atlas:ready, atlas:select, atlas:step, atlas:resize and other messages; see the README.',
  embedPresetReveal: 'reveal.js slide',
  embedRevealNote:
    'Paste this <section> into a reveal.js deck: PageDown on the clicker steps through the story, then on to the next slide; PageUp goes back; the map stays sharp when the deck scales the slide. The deck may be a local file:// file.',
  embedDetails: 'Details',
  embedOriginsNull:
    'The URL parameter origins=null is not valid: to let a local (file://) deck drive the atlas, use origins=parent.',
  embedRejectOrigin:
    'Messages from {origin} are not accepted: add {origin} to the origins= parameter of the atlas URL (origins=parent for a local file:// deck).',
  embedRejectNoOrigin:
    'Messages from a page with no origin (file://) are not accepted: if it is the deck that frames the atlas, add origins=parent to the atlas URL.',
  embedRejectMalformed:
    'The {type} message is malformed ({detail}) and was ignored. See the README, “Embed”, for its format.',
  embedRejectUnknown: 'Unknown message type {type}, ignored: the atlas accepts atlas:set.',
  embedRejectInvalid:
    '{name}={value} is not valid and was ignored; the rest of the message applied.',
  legendTitle: 'Legend',
  legendActivity: 'Cooperation events',
  legendFew: 'few',
  legendMany: 'many',
  legendLink: 'Cooperation link (thicker: more events)',
  legendDirected: 'Direction of support',
  legendPlace: 'City or county',
};
