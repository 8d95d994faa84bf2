/**
 * The Embed dialog's `<iframe>` code. Every view parameter is pinned (lang,
 * years, sectors and theme even at their defaults), so a later change of the
 * atlas's defaults cannot alter an embed that is already published. The
 * reveal.js preset is a slide with the deck glue (`public/atlas-reveal.js`).
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { Filters } from '../domain/filters';
import type { Lang } from '../domain/format';
import { PAIR_SEPARATOR } from '../domain/select';
import type { Selection, Theme } from '../state/store';
import DECK_GLUE from '../../public/atlas-reveal.js?raw';

/** Size presets of the dialog. */
export type EmbedPreset = '16:9' | '4:3' | 'responsive' | 'reveal';

/** What the embed shows: the current view. */
export interface EmbedView {
  readonly selection: Selection;
  readonly filters: Filters;
  readonly lang: Lang;
  readonly theme: Theme;
  readonly step: number | null;
  readonly story: string | null;
}

/**
 * The embed URL of a view: `pageUrl` without its query, plus every parameter
 * pinned. In a slide deck (`deck`) the deck drives the steps and gets the keys
 * (`keys=host`), and the deck's page may send messages (`origins=parent`).
 */
export function embedUrl(
  pageUrl: string,
  index: AtlasIndex,
  view: EmbedView,
  deck = false,
): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = '';
  const p = url.searchParams;
  p.set('embed', '1');
  if (deck) {
    p.set('keys', 'host');
    p.set('origins', 'parent');
  }
  if (view.selection?.kind === 'region') p.set('region', view.selection.id);
  if (view.selection?.kind === 'pair') {
    p.set('pair', `${view.selection.a}${PAIR_SEPARATOR}${view.selection.b}`);
  }
  const [from, to] = view.filters.years ?? index.years;
  p.set('years', from === to ? String(from) : `${from}-${to}`);
  p.set('sectors', view.filters.sectors.join(','));
  p.set('lang', view.lang);
  p.set('theme', view.theme);
  if (view.step !== null) {
    if (view.story) p.set('story', view.story);
    p.set('step', String(view.step));
  }
  return url.href.replaceAll('%7E', '~').replaceAll('%2C', ',');
}

function escapeAttr(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

// `allow` alone: with `allowfullscreen` as well, Chrome warns that `allow` takes precedence.
const ALLOW = 'allow="fullscreen; clipboard-write"';

/** A story the slide steps through with the clicker: its id ('' for the events in date order) and length. */
export interface DeckStory {
  readonly id: string;
  /** Known when the atlas presents it: the deck then has its fragments before the atlas has loaded. */
  readonly total: number | null;
}

/**
 * A reveal.js slide: the atlas loaded a few slides ahead (`data-src` +
 * `data-preload`), and the story's steps as the slide's fragments when the
 * view presents one.
 */
function revealSlide(src: string, title: string, story: DeckStory | null): string {
  const total = story?.total ? ` data-atlas-steps="${story.total}"` : '';
  const steps = story === null ? '' : ` data-atlas-story="${escapeAttr(story.id)}"${total}`;
  return [
    '<section>',
    `  <iframe data-atlas${steps} data-src="${escapeAttr(src)}" data-preload title="${escapeAttr(title)}" ${ALLOW} style="display:block;width:100%;height:540px;border:0"></iframe>`,
    '</section>',
    '<!-- Once per deck (reveal.js 4–6): one clicker for the slides and the story steps, a sharp map at any scale. -->',
    '<!-- Reveal.initialize({ plugins: [RevealAtlas], … }) keeps the step in the URL; without it, it attaches itself. -->',
    `<script>\n${DECK_GLUE.trim()}\n</script>`,
  ].join('\n');
}

/**
 * The HTML to paste: a fixed-ratio iframe that scales with the page width,
 * (responsive) a full-width iframe whose height follows `atlas:resize`, or
 * (reveal) a slide for a reveal.js deck with its glue; `story` as for the slide.
 */
export function embedSnippet(
  src: string,
  preset: EmbedPreset,
  title: string,
  story: DeckStory | null = null,
): string {
  if (preset === 'reveal') return revealSlide(src, title, story);
  const attrs = `src="${escapeAttr(src)}" title="${escapeAttr(title)}" loading="lazy" ${ALLOW}`;
  if (preset !== 'responsive') {
    const [w, h] = preset === '16:9' ? [960, 540] : [800, 600];
    return `<iframe ${attrs} width="${w}" height="${h}" style="width:100%;max-width:${w}px;height:auto;aspect-ratio:${w}/${h};border:0"></iframe>`;
  }
  const origin = new URL(src).origin;
  return [
    `<iframe id="cooperation-atlas" ${attrs} style="width:100%;height:600px;border:0"></iframe>`,
    '<script>',
    "window.addEventListener('message', function (e) {",
    `  if (e.origin !== ${JSON.stringify(origin)} || !e.data || e.data.type !== 'atlas:resize') return;`,
    "  var frame = document.getElementById('cooperation-atlas');",
    "  if (frame && e.source === frame.contentWindow) frame.style.height = Math.max(400, Math.ceil(e.data.height)) + 'px';",
    '});',
    '</script>',
  ].join('\n');
}
