/**
 * Strings of the export dialog and of exported images, in Simplified Chinese
 * and English. `en` is typed against `zh`.
 */
export const exportZh = {
  exportButton: '导出',
  exportTitle: '导出当前视图',
  exportImage: '图片（幻灯片与印刷）',
  exportPng1080: 'PNG 1920×1080',
  exportPng2x: 'PNG 1920×1080 @2×',
  exportPng4k: 'PNG 3840×2160',
  exportSvg: 'SVG 1920×1080',
  exportPdf: 'PDF 1920×1080',
  exportVectorNote:
    'SVG 和 PDF 是矢量文件：文字是真实文字，可在 Illustrator、Inkscape 中编辑；PDF 嵌入所用的中文字形，可直接交付印刷。',
  exportPdfFontMissing:
    '无法加载 PDF 所需的字体（{reason}）。请确认 fonts 文件夹随应用一同部署，或改用 SVG 或 PNG 导出。',
  exportPdfMissingGlyphs: 'PDF 字体中没有这些字符：{chars}。请改用 SVG 或 PNG 导出。',
  exportTransparent: '透明背景',
  exportCopy: '复制图片',
  exportCopied: '图片已复制到剪贴板。',
  exportCopyUnavailable: '此浏览器不允许复制图片，请下载 PNG。',
  exportWorking: '正在生成图片…',
  exportDone: '已生成 {name}。',
  exportFailed: '导出失败：{reason}',
  exportData: '数据',
  exportDataNote: '当前筛选条件下的 {events} 个事件和 {figures} 项数据，含原文出处和文章编号。',
  exportEventsCsv: '事件（CSV）',
  exportFiguresCsv: '统计数据（CSV）',
  exportJson: '全部（JSON）',
  exportOffline: '离线副本',
  exportOfflineNote:
    '一个 HTML 文件，包含数据、边界、程序和字体，无网络时双击即可打开，并显示当前视图。',
  exportOfflineButton: '下载离线副本（HTML）',
  exportOfflineMissing: '服务器上没有离线副本 atlas.html。请先运行 npm run build:single。',
  exportSources: '来源：{sources}',
  exportAllYears: '全部年份',
  deckHeading: '演示文稿（PowerPoint）',
  deckNote:
    '每步一页：地图为图片，标题、说明、关键数据和日期为可编辑文字，出处和原文在备注中，末页列出全部报道。',
  deckContent: '内容',
  deckCurrentView: '当前视图',
  deckAspect: '比例',
  deckWide: '16:9 宽屏',
  deckStandard: '4:3 标准',
  deckButton: '下载 PowerPoint（.pptx）',
  deckDrawing: '正在绘制第 {n} 页，共 {total} 页…',
  deckWriting: '正在写入 .pptx 文件…',
} as const;

export const exportEn: Record<keyof typeof exportZh, string> = {
  exportButton: 'Export',
  exportTitle: 'Export the current view',
  exportImage: 'Image (slides and print)',
  exportPng1080: 'PNG 1920×1080',
  exportPng2x: 'PNG 1920×1080 @2×',
  exportPng4k: 'PNG 3840×2160',
  exportSvg: 'SVG 1920×1080',
  exportPdf: 'PDF 1920×1080',
  exportVectorNote:
    'SVG and PDF are vector files: text stays text, editable in Illustrator or Inkscape; the PDF embeds the Chinese glyphs it uses, ready for print.',
  exportPdfFontMissing:
    'The font the PDF needs could not be loaded ({reason}). Make sure the fonts folder is deployed with the app, or export SVG or PNG instead.',
  exportPdfMissingGlyphs: 'The PDF font has no glyph for: {chars}. Export SVG or PNG instead.',
  exportTransparent: 'Transparent background',
  exportCopy: 'Copy image',
  exportCopied: 'The image is on the clipboard.',
  exportCopyUnavailable: 'This browser does not allow copying images: download the PNG instead.',
  exportWorking: 'Rendering the image…',
  exportDone: '{name} is ready.',
  exportFailed: 'The export failed: {reason}',
  exportData: 'Data',
  exportDataNote:
    'The {events} events and {figures} figures the current filters show, with their source sentences and article ids.',
  exportEventsCsv: 'Events (CSV)',
  exportFiguresCsv: 'Figures (CSV)',
  exportJson: 'Everything (JSON)',
  exportOffline: 'Offline copy',
  exportOfflineNote:
    'One HTML file with the data, boundaries, code and font: it opens with no network and shows the current view.',
  exportOfflineButton: 'Download offline copy (HTML)',
  exportOfflineMissing:
    'The server has no offline copy (atlas.html). Run npm run build:single first.',
  exportSources: 'Sources: {sources}',
  exportAllYears: 'All years',
  deckHeading: 'Slide deck (PowerPoint)',
  deckNote:
    'One slide per step: the map as a picture; title, caption, key figure and date as editable text; sources in the notes; a closing list of every report.',
  deckContent: 'Content',
  deckCurrentView: 'The current view',
  deckAspect: 'Aspect ratio',
  deckWide: '16:9 widescreen',
  deckStandard: '4:3 standard',
  deckButton: 'Download PowerPoint (.pptx)',
  deckDrawing: 'Drawing slide {n} of {total}…',
  deckWriting: 'Writing the .pptx file…',
};
