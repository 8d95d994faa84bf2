/**
 * What goes on each slide of a deck, before anything is measured or drawn: a
 * story becomes a title slide, one map slide per step and a sources slide; the
 * current view becomes one map slide and a sources slide. Pure.
 */
import type { AtlasIndex } from '../../domain/atlasIndex';
import { yearOf } from '../../domain/dates';
import type { Filters } from '../../domain/filters';
import { formatDate, formatYears, type Lang } from '../../domain/format';
import type { Article, ArticleDetail, RegionId, StoryCamera } from '../../domain/schema';
import type { FilteredView } from '../../domain/select';
import { deckText } from '../../i18n/deck';
import { translate } from '../../i18n/messages';
import type { Selection } from '../../state/store';
import { filterSummary, selectionTitle, sourceList } from '../../ui/summary';
import type { DeckStory } from './catalogue';
import { articleLine, stepCard, stepNotes, storyArticles, type CardText } from './text';

/** What a slide's map shows: selection and filters, and where the camera looks. */
export interface SlideView {
  readonly selection: Selection;
  readonly filters: Filters;
  /** The story's camera, else the box of `frame`; neither: the view on screen. */
  readonly camera: StoryCamera | null;
  readonly frame: readonly RegionId[];
}

/** A slide with a map picture and a card: the title slide (`cover`) or a step. */
export interface MapSlide {
  readonly kind: 'map';
  readonly cover: boolean;
  readonly card: CardText;
  readonly view: SlideView;
  readonly notes: string;
}

/** One article on the sources slide. */
export interface SourceEntry {
  readonly line: string;
  readonly id: string;
}

/** The closing list of every article used (split over several slides when long). */
export interface SourcesSlide {
  readonly kind: 'sources';
  readonly title: string;
  readonly intro: string;
  readonly entries: readonly SourceEntry[];
}

export type PlannedSlide = MapSlide | SourcesSlide;

/** A deck's slides and what every slide repeats. */
export interface DeckPlan {
  readonly lang: Lang;
  /** The deck's title (document properties). */
  readonly title: string;
  /** Attribution with the approval line, and the data date: the footer of every slide. */
  readonly footer: string;
  readonly slides: readonly PlannedSlide[];
}

/** More map slides than this is not a deck anyone presents: the export asks to narrow it down. */
export const MAX_STEPS = 200;

function footer(index: AtlasIndex, lang: Lang): string {
  const date = formatDate(index.atlas.dataDate, lang);
  return `${translate(lang, 'attribution')} · ${translate(lang, 'dataAsOf', { date })}`;
}

const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sources(articles: readonly Article[], lang: Lang): SourcesSlide {
  return {
    kind: 'sources',
    title: deckText(lang, 'deckSourcesTitle'),
    intro: deckText(lang, 'deckSourcesIntro'),
    entries: [...articles]
      .sort((a, b) => order(a.published, b.published) || order(a.id, b.id))
      .map((a) => ({ line: articleLine(a, lang), id: a.id })),
  };
}

/**
 * A story: title slide, one slide per step, sources. `filters` are the user's (steps
 * without filters keep them); `details` hold the quotes of the steps' key figures.
 */
export function planStory(
  index: AtlasIndex,
  story: DeckStory,
  filters: Filters,
  lang: Lang,
  details: ReadonlyMap<string, ArticleDetail>,
): DeckPlan {
  const title = story.title?.[lang] ?? translate(lang, 'presentEvents');
  const articles = storyArticles(index, story.steps);
  const years = story.steps.flatMap((s) => (s.date ? [yearOf(s.date)] : []));
  const span = years.length ? formatYears([Math.min(...years), Math.max(...years)]) : null;
  const n = story.steps.length;
  const cover: MapSlide = {
    kind: 'map',
    cover: true,
    card: {
      eyebrow: translate(lang, 'appTitle'),
      title,
      caption: [
        translate(lang, 'presentStepsCount', { n }),
        span,
        translate(lang, 'articlesCount', { n: articles.length }),
      ]
        .filter(Boolean)
        .join(' · '),
      figure: null,
      source: translate(lang, 'dataAsOf', { date: formatDate(index.atlas.dataDate, lang) }),
    },
    view: {
      selection: null,
      filters: story.id === null ? filters : { years: null, sectors: [] },
      camera: null,
      frame: [...new Set(story.steps.flatMap((s) => s.frame))],
    },
    notes: [title, ...story.steps.map((s, i) => `${i + 1}. ${s.title[lang]}`)].join('\n'),
  };
  const steps: MapSlide[] = story.steps.map((step) => ({
    kind: 'map',
    cover: false,
    card: stepCard(index, step, lang),
    view: {
      selection: step.selection,
      filters: step.filters ?? filters,
      camera: step.camera,
      frame: step.frame,
    },
    notes: stepNotes(index, step, lang, details),
  }));
  return {
    lang,
    title,
    footer: footer(index, lang),
    slides: [cover, ...steps, sources(articles, lang)],
  };
}

/** The view on screen: one map slide with its selection, filters and counts, then its sources. */
export function planView(
  index: AtlasIndex,
  view: FilteredView,
  selection: Selection,
  lang: Lang,
): DeckPlan {
  const named = selectionTitle(index, selection, lang);
  const title = named ?? translate(lang, 'appTitle');
  const counts = [
    translate(lang, 'eventsCount', { n: view.events.length }),
    translate(lang, 'linksCount', { n: view.links.length }),
    translate(lang, 'articlesCount', { n: view.articles.length }),
  ].join(' · ');
  const slide: MapSlide = {
    kind: 'map',
    cover: false,
    card: {
      eyebrow: named ? translate(lang, 'appTitle') : translate(lang, 'appSubtitle'),
      title,
      caption: `${filterSummary(index, view.filters, lang)} · ${counts}`,
      figure: null,
      source: translate(lang, 'exportSources', { sources: sourceList(view.articles, lang) }),
    },
    view: { selection, filters: view.filters, camera: null, frame: [] },
    notes: view.articles.map((a) => `${articleLine(a, lang)} · ${a.id}`).join('\n'),
  };
  return {
    lang,
    title,
    footer: footer(index, lang),
    slides: [slide, sources(view.articles, lang)],
  };
}
