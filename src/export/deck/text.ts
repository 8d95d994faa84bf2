/**
 * The words on a deck's slides and in its notes, in one language: a step's
 * card (date and type, title, caption, key figure, source), its notes (the
 * caption in full, the figure with the sentence it was read from, the source
 * with the article id) and the lines about articles. Pure.
 */
import type { AtlasIndex } from '../../domain/atlasIndex';
import {
  formatDate,
  formatDateSpan,
  formatNames,
  formatValue,
  type Lang,
} from '../../domain/format';
import type { Article, ArticleDetail, Figure } from '../../domain/schema';
import { deckText } from '../../i18n/deck';
import { translate } from '../../i18n/messages';
import type { PresentStep } from '../../domain/presentStep';

/** What a card shows: every field is one text run, `figure` and `source` may be absent. */
export interface CardText {
  readonly eyebrow: string;
  readonly title: string;
  readonly caption: string;
  readonly figure: { readonly value: string; readonly label: string } | null;
  readonly source: string | null;
}

/** "四川日报《…》" / "Sichuan Daily, “…”". */
export function articleName(article: Article, lang: Lang): string {
  return deckText(lang, 'deckArticle', {
    source: article.source[lang],
    title: article.title[lang],
  });
}

/** An article with its publication date, as the sources slide lists it. */
export function articleLine(article: Article, lang: Lang): string {
  return deckText(lang, 'deckArticleDated', {
    article: articleName(article, lang),
    date: formatDate(article.published.slice(0, 10), lang),
  });
}

/** "来源：四川日报《…》，2016年9月20日": the card's source line. */
export function sourceLine(article: Article, lang: Lang): string {
  return translate(lang, 'presentSource', {
    source: articleName(article, lang),
    date: formatDate(article.published.slice(0, 10), lang),
  });
}

function figureText(figure: Figure, lang: Lang) {
  return {
    value: formatValue(figure.value, figure.unit, figure.qualifier, lang),
    label: `${figure.metric[lang]} · ${formatDate(figure.asOf, lang)}`,
  };
}

/** The card of a step, as the presentation's caption card words it. */
export function stepCard(index: AtlasIndex, step: PresentStep, lang: Lang): CardText {
  const name = (id: string) => index.regionById.get(id)?.name[lang] ?? id;
  const eyebrow = [
    step.type ? translate(lang, `eventType_${step.type}`) : null,
    step.date ? formatDateSpan(step.date, step.endDate ?? undefined, lang) : null,
  ].filter((s): s is string => s !== null);
  const parties = formatNames(step.parties.map(name), lang);
  return {
    eyebrow: eyebrow.join(' · '),
    title: step.title[lang],
    caption:
      step.caption?.[lang] ??
      (step.parties.length ? translate(lang, 'presentParties', { parties }) : ''),
    figure: step.figure ? figureText(step.figure, lang) : null,
    source: step.article ? sourceLine(step.article, lang) : null,
  };
}

/**
 * The speaker notes of a step: caption, key figure and its source sentence (from
 * `details`, the detail of the figure's article), source and article id.
 */
export function stepNotes(
  index: AtlasIndex,
  step: PresentStep,
  lang: Lang,
  details: ReadonlyMap<string, ArticleDetail>,
): string {
  const card = stepCard(index, step, lang);
  const blocks: string[][] = [[card.caption]];
  const { figure, article } = step;
  if (figure) {
    const lines = [
      deckText(lang, 'deckFigureLine', {
        value: formatValue(figure.value, figure.unit, figure.qualifier, lang),
        metric: figure.metric[lang],
        date: formatDate(figure.asOf, lang),
      }),
    ];
    const quote = details.get(figure.article)?.figures[figure.id];
    if (quote) lines.push(deckText(lang, 'deckQuote', { quote }));
    const from = index.articleById.get(figure.article);
    if (from && from.id !== article?.id) {
      lines.push(deckText(lang, 'deckFigureSource', { source: articleLine(from, lang) }));
      lines.push(deckText(lang, 'deckArticleId', { id: from.id }));
    }
    blocks.push(lines);
  }
  if (article) {
    blocks.push([sourceLine(article, lang), deckText(lang, 'deckArticleId', { id: article.id })]);
  }
  return blocks
    .map((b) => b.filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

/** Every article a story's steps cite: their own and their key figures'. */
export function storyArticles(index: AtlasIndex, steps: readonly PresentStep[]): Article[] {
  const ids = new Set<string>();
  for (const step of steps) {
    if (step.article) ids.add(step.article.id);
    if (step.figure) ids.add(step.figure.article);
  }
  return [...ids].flatMap((id) => index.articleById.get(id) ?? []);
}
