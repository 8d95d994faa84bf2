/**
 * Strings of the presentation mode, in Simplified Chinese and English. `en` is
 * typed against `zh`, so a key missing in either fails the typecheck.
 */
export const presentZh = {
  presentButton: '演示',
  presentMenu: '选择演示内容',
  presentEvents: '全部合作事件（按时间顺序）',
  presentStepsCount: '{n} 步',
  presentStepOf: '第 {n} 步，共 {total} 步',
  presentPrev: '上一步',
  presentNext: '下一步',
  presentExit: '退出演示',
  presentFullscreen: '全屏',
  presentKeys: '← → 翻页 · F 全屏 · Esc 退出',
  presentEmpty: '当前筛选条件下没有可演示的事件。',
  presentStoryInvalid: '演示脚本无效，已改为按时间顺序演示全部事件：{reason}',
  presentKeyFigure: '关键数据',
  presentParties: '参与方：{parties}',
  presentSource: '来源：{source}，{date}',
  presentRegion: '演示',
} as const;

export const presentEn: Record<keyof typeof presentZh, string> = {
  presentButton: 'Present',
  presentMenu: 'Choose what to present',
  presentEvents: 'Every cooperation event, in date order',
  presentStepsCount: '{n} steps',
  presentStepOf: 'Step {n} of {total}',
  presentPrev: 'Previous',
  presentNext: 'Next',
  presentExit: 'Exit presentation',
  presentFullscreen: 'Full screen',
  presentKeys: '← → to step · F full screen · Esc to exit',
  presentEmpty: 'No events to present under the current filters.',
  presentStoryInvalid:
    'The story is invalid, so every event is presented in date order instead: {reason}',
  presentKeyFigure: 'Key figure',
  presentParties: 'Parties: {parties}',
  presentSource: 'Source: {source}, {date}',
  presentRegion: 'Presentation',
};
