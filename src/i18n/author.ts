/**
 * Strings of the authoring view ("Add article", issue 19), in Simplified Chinese and
 * English. `en` is typed against `zh`.
 */
export const authorZh = {
  authorButton: '添加报道',
  authorClose: '返回地图',
  authorTitle: '添加报道',
  authorIntro:
    '粘贴一篇报道的全文，或拖入网页保存的 .txt / .html 文件（任意编码）。系统会起草地区、事件、日期、数据和行业，由您逐项确认。',
  authorPasteLabel: '报道全文',
  authorPastePlaceholder: '在此粘贴报道全文（标题、日期、来源和正文）…',
  authorChooseFile: '选择文件…',
  authorDropHint: '或把 .txt / .html 文件拖到这里',
  authorDraftButton: '起草',
  authorDrafting: '正在起草…',
  authorRefused: '无法读取此文件：{reason}',
  authorEmpty: '请先粘贴报道全文或选择文件。',
  authorLoading: '正在加载编辑器…',
  authorStartOver: '换一篇',
  authorLocalTitle: '本浏览器中添加的报道',
  authorLocalNone: '还没有在本浏览器中添加的报道。',
  authorStoreReadFailed:
    '无法读取本浏览器中保存的报道（浏览器存储不可用：{detail}）。地图显示其余数据；已下载的 .yaml 和 .txt 文件不受影响。',
  authorStoreUnreadable: '本浏览器中有 {n} 篇保存的报道无法读取，已原样保留，未显示在地图上。',
  authorRemoveFailed: '无法从本浏览器删除这篇报道（{detail}）。请稍后再试。',
  authorLocalBadge: '本机添加',
  authorLocalBadgeHint: '这篇报道是在本浏览器（或这个离线副本）中添加的，尚未进入正式数据。',
  authorPreviewBadge: '预览 · 未保存',
  authorRemove: '从本浏览器删除',
  authorRemoveConfirm: '从本浏览器删除“{title}”？地图上将不再显示它。',
  authorCancel: '取消',
} as const;

export const authorEn: Record<keyof typeof authorZh, string> = {
  authorButton: 'Add article',
  authorClose: 'Back to the map',
  authorTitle: 'Add an article',
  authorIntro:
    'Paste the full text of a news article, or drop a .txt or .html file saved from a web page (any encoding). The atlas drafts its regions, events, dates, figures and sectors; you check each one.',
  authorPasteLabel: 'Article text',
  authorPastePlaceholder: 'Paste the full article here (title, date, source and body)…',
  authorChooseFile: 'Choose a file…',
  authorDropHint: 'or drop a .txt or .html file here',
  authorDraftButton: 'Draft',
  authorDrafting: 'Drafting…',
  authorRefused: 'This file cannot be read: {reason}',
  authorEmpty: 'Paste the article text or choose a file first.',
  authorLoading: 'Loading the editor…',
  authorStartOver: 'Another article',
  authorLocalTitle: 'Articles added in this browser',
  authorLocalNone: 'No article has been added in this browser yet.',
  authorStoreReadFailed:
    'The articles saved in this browser could not be read (browser storage unavailable: {detail}). The map shows everything else; downloaded .yaml and .txt files are not affected.',
  authorStoreUnreadable:
    '{n} article(s) saved in this browser could not be read; they are kept as they are and not shown on the map.',
  authorRemoveFailed: 'This article could not be removed from this browser ({detail}). Try again later.',
  authorLocalBadge: 'Added here',
  authorLocalBadgeHint:
    'This article was added in this browser (or this offline copy); it is not in the published data yet.',
  authorPreviewBadge: 'Preview · not saved',
  authorRemove: 'Remove from this browser',
  authorRemoveConfirm: 'Remove “{title}” from this browser? The map will no longer show it.',
  authorCancel: 'Cancel',
};
