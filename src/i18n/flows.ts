/** Strings of merged flows: their ends, tooltips, panel and the summary of weaker flows. */
export const flowsZh = {
  flowEndDeep: '{name}全域',
  flowHolds: '{links} · {events} · {years}',
  flowLinksCount: '{n} 条联系',
  flowLinksCount_one: '{n} 条联系',
  weakerFlows: '另有 {n} 条较弱的联系未画出',
  weakerFlowsPassing: '另有 {n} 条联系未画出（{passing} 条途经此处）',
  weakerFlowsShow: '查看',
  legendWeaker: '另有 {n} 条较弱的联系（含 {links} 条关系）未画出',
  legendWeakerPassing: '另有 {n} 条联系（含 {links} 条关系，{passing} 条途经此处）未画出',
  legendFlows: '合作联系，线宽为事件数：{list}',
  legendPlaces: '地点（合并的地区含其下各地），圆点大小为事件数：{list}',
  flowPanelKind: '汇总联系',
  flowPanelHint: '地图在此缩放级别将这些联系合并显示；放大或选择其中一条可查看细节。',
  flowPanelLinks: '包含的联系',
  a11yAnnounceFlow: '已选择 {name}：{links}，{events}',
};

export const flowsEn: Record<keyof typeof flowsZh, string> = {
  flowEndDeep: 'all of {name}',
  flowHolds: '{links} · {events} · {years}',
  flowLinksCount: '{n} links',
  flowLinksCount_one: '{n} link',
  weakerFlows: '+{n} weaker flows not drawn',
  weakerFlowsPassing: '+{n} flows not drawn ({passing} passing over)',
  weakerFlowsShow: 'Show',
  legendWeaker: '+{n} weaker flows ({links} links) not drawn',
  legendWeakerPassing: '+{n} flows ({links} links, {passing} passing over) not drawn',
  legendFlows: 'Cooperation flows, width by events: {list}',
  legendPlaces: 'Places (a merged one holds the places in it), size by events: {list}',
  flowPanelKind: 'Merged flow',
  flowPanelHint:
    'At this zoom the map merges these links into one flow; zoom in or pick one of them for detail.',
  flowPanelLinks: 'Links it holds',
  a11yAnnounceFlow: 'Selected {name}: {links}, {events}',
};
