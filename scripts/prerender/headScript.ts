/**
 * The script in `<head>` that keeps the baked first frame from contradicting the URL. It
 * runs before the first paint, sets `<html lang>` to the language the app will open in (which
 * picks the pictures drawn in it) and, when the URL (or, for an offline copy, its saved view)
 * asks for another view, or a language no picture is drawn in, or the atlas will not be the one
 * the picture was drawn from (this browser keeps articles of its own, `author/keptMark.ts`, or
 * an offline copy carries some), marks `<html>` so only the
 * geography shows until the app draws the view asked for: in the dark theme
 * for `theme=dark`, filling the frame for `embed=1`. It reads the parameters the way the
 * app does (`state/url.ts`, `state/store.ts` `browserLang`, `io/atlasUrl.ts` for `data`).
 */
import type { Lang } from '../../src/domain/format';
import { KEPT_MARK } from '../../src/author/keptMark';
import { DATA_PARAM } from '../../src/io/atlasUrl';
import { CARRIED_BLOCK_ID, VIEW_META } from '../../src/io/offlineCopy';
import { EXPLORE_PARAMS } from '../../src/state/exploreUrl';
import { AUTHOR_PARAM, OWN_PARAMS } from '../../src/state/url';
import { FIRST_FRAME } from '../../src/svgmap/firstFrame';

/**
 * Parameters that change what the map shows whenever they are present: the view's own
 * (selection, filters, presentation), the map area's tab, `data` (another atlas) and the
 * authoring view.
 * `lang` and `theme` count only when no picture is drawn in theirs.
 */
export const VIEW_PARAMS: readonly string[] = [
  ...OWN_PARAMS.filter((p) => p !== 'lang' && p !== 'theme'),
  ...EXPLORE_PARAMS,
  DATA_PARAM,
  AUTHOR_PARAM,
];

/** The script's text, for pictures drawn in `langs` in the light theme. */
export function headScript(langs: readonly Lang[]): string {
  const c = FIRST_FRAME;
  return [
    '(function () {',
    '  var root = document.documentElement;',
    '  var query = location.search;',
    '  if (!query) {',
    `    var meta = document.querySelector('meta[name="${VIEW_META}"]');`,
    "    var saved = meta && meta.getAttribute('content');",
    "    if (saved && saved.charAt(0) === '?') query = saved;",
    '  }',
    '  var params = new URLSearchParams(query);',
    `  var other = ${JSON.stringify(VIEW_PARAMS)}.some(function (name) {`,
    '    return params.has(name);',
    '  });',
    "  var lang = params.get('lang');",
    "  if (lang !== 'zh' && lang !== 'en') {",
    '    var languages = (navigator.languages || []).slice();',
    '    lang = languages.some(function (l) {',
    "      return l.toLowerCase().indexOf('zh') === 0;",
    "    }) ? 'zh' : 'en';",
    '  }',
    `  if (${JSON.stringify(langs)}.indexOf(lang) < 0) other = true;`,
    "  root.lang = lang === 'zh' ? 'zh-Hans' : 'en';",
    // The app joins these to the atlas: the picture was drawn without them.
    '  try {',
    `    if (localStorage.getItem(${JSON.stringify(KEPT_MARK)})) other = true;`,
    '  } catch (e) {}',
    `  var carried = document.getElementById(${JSON.stringify(CARRIED_BLOCK_ID)});`,
    "  if (carried && !/^\\s*\\[\\s*\\]\\s*$/.test(carried.textContent || '[]')) other = true;",
    "  if (params.get('theme') === 'dark') {",
    "    root.setAttribute('data-theme', 'dark');",
    `    root.classList.add(${JSON.stringify(c.dark)});`,
    '    other = true;',
    '  }',
    "  if (params.get('embed') === '1') {",
    `    root.classList.add(${JSON.stringify(c.embed)});`,
    '    other = true;',
    '  }',
    `  if (other) root.classList.add(${JSON.stringify(c.bare)});`,
    '})();',
  ].join('\n');
}
