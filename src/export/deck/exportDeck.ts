/**
 * Export → PowerPoint: the current view or a whole story as a .pptx, one code
 * path for the Export dialog, `window.atlas.exportDeck` and `npm run deck`.
 * Plan the slides, lay their text out, draw each step's map, write the file
 * with pptxgenjs, then fix its timestamps so the same data gives the same bytes.
 * Loaded on demand (pptxgenjs stays out of the first load).
 */
import type { AtlasIndex } from '../../domain/atlasIndex';
import { formatNames } from '../../domain/format';
import { deckText } from '../../i18n/deck';
import { translate } from '../../i18n/messages';
import { loadManyDetails } from '../../io/detail/registry';
import { filteredView } from '../../state/derived';
import { useAtlasStore } from '../../state/store';
import { legendFacts, legendStyle } from '../../mapmodel/legend';
import { svgStyle } from '../../mapmodel/style/read';
import { legendRows } from '../../ui/legend';
import { pageColours } from '../colours';
import type { DeckProgress, StoryCatalogue } from './catalogue';
import { fitFooter, layoutMapSlide, SLIDE_SIZE } from './layout';
import { legendHeight } from './legend';
import { canvasMeasure } from './measure';
import { checkOptions, DeckError } from './options';
import { mapPicture, type DeckMap } from './picture';
import { MAX_STEPS, planStory, planView, type DeckPlan } from './plan';
import { layoutSources } from './sourcesLayout';
import { storyArticles } from './text';
import { writeDeck, type MapSlideSpec } from './write';
import { reproducibleZip } from './zip';

/** The MIME type of a .pptx file. */
export const PPTX_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

async function plan(
  index: AtlasIndex,
  options: ReturnType<typeof checkOptions>,
  catalogue: StoryCatalogue,
): Promise<DeckPlan> {
  const state = useAtlasStore.getState();
  const ui = state.lang;
  if (options.story === undefined) {
    return planView(index, filteredView(index, state.filters), state.selection, options.lang);
  }
  const found = catalogue.find(index, options.story, state.filters);
  if (!found.ok && found.reason === 'unknown') {
    const known = formatNames(found.known, ui);
    throw new DeckError(deckText(ui, 'deckUnknownStory', { id: options.story ?? '', known }));
  }
  if (!found.ok) {
    const problems = found.problems.join('; ');
    throw new DeckError(deckText(ui, 'deckInvalidStory', { file: found.file, problems }));
  }
  const n = found.story.steps.length;
  if (n === 0) throw new DeckError(deckText(ui, 'deckNoEvents'));
  if (n > MAX_STEPS) throw new DeckError(deckText(ui, 'deckTooMany', { n, max: MAX_STEPS }));
  // The key figures' quotes go into the notes: their articles' detail, loaded once.
  const cited = storyArticles(index, found.story.steps).map((a) => a.id);
  const details = await loadManyDetails(cited);
  return planStory(index, found.story, state.filters, options.lang, details);
}

/**
 * Builds the deck. `options` may come from a host page: it is checked, and a
 * bad value, an unknown or invalid story or an empty one rejects with a
 * {@link DeckError} in the page's language.
 */
export async function exportDeck(
  options: unknown,
  catalogue: StoryCatalogue,
  map: DeckMap,
  progress: DeckProgress = () => undefined,
): Promise<Blob> {
  const state = useAtlasStore.getState();
  const checked = checkOptions(options, state.lang);
  if (state.load.status !== 'ready') throw new DeckError(deckText(state.lang, 'deckNotLoaded'));
  const { index } = state.load;
  const deck = await plan(index, checked, catalogue);
  const { lang, aspect, width } = checked;
  const size = SLIDE_SIZE[aspect];
  const height = Math.round((width * size.h) / size.w);
  await document.fonts.ready;
  const measure = canvasMeasure();
  const colours = pageColours();
  const footer = fitFooter(aspect, deck.footer, measure);
  const total = deck.slides.filter((s) => s.kind === 'map').length;
  const written: Parameters<typeof writeDeck>[0][number][] = [];
  for (const slide of deck.slides) {
    if (slide.kind === 'sources') {
      const pages = layoutSources(slide, aspect, footer.h, lang, measure);
      written.push(...pages.map((page) => ({ kind: 'sources' as const, ...page })));
      continue;
    }
    progress({ n: written.length + 1, total });
    // The legend's rows are known before the picture (the layout needs their height); their
    // sizes and counts are read from what the picture draws once it is drawn.
    const arrow = filteredView(index, slide.view.filters).links.some((l) => l.direction);
    const style = svgStyle(lang, state.theme);
    const provisional = slide.cover
      ? []
      : legendRows(lang, legendStyle(style, legendFacts(null)), legendFacts(null), arrow);
    const layout = layoutMapSlide(
      aspect,
      slide.card,
      slide.cover,
      provisional.length ? legendHeight(provisional) : 0,
      deck.footer,
      measure,
    );
    const picture = await mapPicture(
      {
        index,
        view: slide.view,
        lang,
        theme: state.theme,
        width,
        height,
        slideWidth: size.w,
        insets: layout.insets,
        covered: slide.cover
          ? [layout.card, layout.footer]
          : [layout.card, layout.legend, layout.footer],
      },
      map,
    );
    const facts = legendFacts(picture.features);
    const legend = slide.cover ? [] : legendRows(lang, legendStyle(style, facts), facts, arrow);
    const spec: MapSlideSpec = {
      kind: 'map',
      layout,
      picture,
      legend,
      notes: slide.notes,
      alt: `${slide.card.title} · ${translate(lang, 'appTitle')}`,
    };
    written.push(spec);
  }
  progress('writing');
  const bytes = await writeDeck(written, {
    aspect,
    lang,
    title: deck.title,
    author: translate(lang, 'appTitle'),
    footer: deck.footer,
    footerSize: footer.size,
    footerHeight: footer.h,
    legendTitle: translate(lang, 'legendTitle'),
    colours,
    measure,
  });
  return new Blob([reproducibleZip(bytes, index.atlas.dataDate)], { type: PPTX_TYPE });
}
