/**
 * Strings of the exported deck (slides, notes) and of its refusals, in
 * Simplified Chinese and English. Loaded with the deck export, not with the
 * app, so they stay out of the first load's catalogue (`MESSAGES`); `deckText`
 * fills them like `translate`. `en` is typed against `zh`.
 */
import type { Lang } from '../domain/format';
import { fill } from './messages';

export const deckZh = {
  deckSourcesTitle: '资料来源',
  deckSourcesIntro: '本演示文稿中的事件和数据均出自以下报道：',
  deckSourcesMore: '另有 {n} 篇报道，完整列表见本页备注。',
  deckArticle: '{source}《{title}》',
  deckArticleDated: '{article}，{date}',
  deckArticleId: '文章编号：{id}',
  deckQuote: '原文：“{quote}”',
  deckFigureLine: '关键数据：{value}，{metric}（{date}）',
  deckFigureSource: '数据出处：{source}',
  deckNotLoaded: '地图数据尚未加载完成，请稍候再导出。',
  deckUnknownStory:
    '没有名为“{id}”的演示脚本（data/stories/{id}.yaml）。可选的脚本：{known}；不指定脚本则导出当前视图。',
  deckInvalidStory: '演示脚本 {file} 有误，请修正后再导出：{problems}',
  deckNoEvents:
    '当前筛选条件下没有事件，无法生成演示文稿。请放宽年份或行业筛选，或选择一个演示脚本。',
  deckTooMany: '演示文稿将有 {n} 页，超过上限 {max} 页。请缩小年份或行业范围，或选择一个演示脚本。',
  deckBadOption: '选项 {name} 的值“{value}”无效：{expected}。',
  deckExpectLang: '应为 zh 或 en',
  deckExpectAspect: '应为 16:9 或 4:3',
  deckExpectWidth: '应为 640 到 3840 之间的整数（图片宽度，像素）',
  deckExpectStory: '应为演示脚本的编号，或 null（全部事件按时间顺序）',
} as const;

export const deckEn: Record<keyof typeof deckZh, string> = {
  deckSourcesTitle: 'Sources',
  deckSourcesIntro: 'Every event and figure in this deck comes from these reports:',
  deckSourcesMore: '{n} more reports: the full list is in this slide’s notes.',
  deckArticle: '{source}, “{title}”',
  deckArticleDated: '{article}, {date}',
  deckArticleId: 'Article id: {id}',
  deckQuote: 'Source sentence (Chinese original): “{quote}”',
  deckFigureLine: 'Key figure: {value}, {metric} ({date})',
  deckFigureSource: 'Figure from: {source}',
  deckNotLoaded: 'The atlas data is still loading: export again in a moment.',
  deckUnknownStory:
    'There is no story “{id}” (data/stories/{id}.yaml). Stories: {known}; leave the story out to export the current view.',
  deckInvalidStory: 'The story {file} has problems; fix them and export again: {problems}',
  deckNoEvents:
    'No events pass the current filters, so there is nothing to put in a deck. Widen the years or sectors, or choose a story.',
  deckTooMany:
    'The deck would have {n} slides, more than the limit of {max}. Narrow the years or sectors, or choose a story.',
  deckBadOption: 'Option {name} cannot be “{value}”: {expected}.',
  deckExpectLang: 'use zh or en',
  deckExpectAspect: 'use 16:9 or 4:3',
  deckExpectWidth: 'use a whole number of pixels from 640 to 3840 (the picture width)',
  deckExpectStory: 'use a story id, or null for every event in date order',
};

/** A key of the deck's strings. */
export type DeckKey = keyof typeof deckZh;

/** The deck's strings of both languages. */
export const DECK_MESSAGES: Readonly<Record<Lang, Readonly<Record<DeckKey, string>>>> = {
  zh: deckZh,
  en: deckEn,
};

/** A deck string in a language, with `{name}` placeholders filled from `params`. */
export function deckText(
  lang: Lang,
  key: DeckKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fill(DECK_MESSAGES[lang][key], params);
}
