/**
 * The page paints its baked map before the app's code and data are asked for. Measured on
 * the bench (`scripts/bench/staticFloor.ts`): the module script run before the first paint,
 * its module preloads and the data preloads each put 25–50 ms between the HTML and the map
 * on screen, about 100 ms in all over the same page without code. So the build moves them
 * into a small inline script that adds them once the page has been parsed and painted one
 * frame (or after 300 ms, should no frame come: a page opened in a background tab). The
 * label font's preload stays: the baked labels are drawn in it. A page whose URL names
 * another atlas (`?data=`) does not preload the app's own, which it will not read.
 */
import { ATLAS_URL, DATA_PARAM } from '../../src/io/atlasUrl';

const MODULE_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/g;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
const FETCH_PRELOAD = /<link\s+rel="preload"\s+href="([^"]+)"\s+as="fetch"[^>]*>\s*/g;

/** What the loader adds: `[rel, href, as]` links, then the module script. */
interface Deferred {
  readonly links: readonly (readonly [string, string, string])[];
  readonly script: string;
}

function loader({ links, script }: Deferred): string {
  return [
    '(function () {',
    '  var started = false;',
    '  function add(tag, props) {',
    '    var e = document.createElement(tag);',
    "    e.crossOrigin = 'anonymous';",
    '    for (var k in props) if (props[k]) e[k] = props[k];',
    '    document.head.appendChild(e);',
    '  }',
    '  function start() {',
    '    if (started) return;',
    '    started = true;',
    `    var other = new URLSearchParams(location.search).has(${JSON.stringify(DATA_PARAM)});`,
    `    ${JSON.stringify(links)}.forEach(function (l) {`,
    `      if (other && l[1] === ${JSON.stringify(ATLAS_URL)}) return;`,
    "      add('link', { rel: l[0], href: l[1], as: l[2] });",
    '    });',
    `    add('script', { type: 'module', src: ${JSON.stringify(script)} });`,
    '  }',
    '  function afterPaint() {',
    '    requestAnimationFrame(function () {',
    '      setTimeout(start, 0);',
    '    });',
    '    setTimeout(start, 300);',
    '  }',
    "  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint);",
    '  else afterPaint();',
    '})();',
  ].join('\n');
}

/**
 * `html` with its module script, module preloads and data preloads loaded after the first
 * paint by an inline script in their place. Throws when the page has no module script (the
 * build changed its tags: this must be looked at, not skipped).
 */
export function deferAppLoad(html: string): string {
  const scripts = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1] ?? '');
  const [script] = scripts;
  if (scripts.length !== 1 || !script) {
    throw new Error(`index.html: expected one module script, found ${scripts.length}`);
  }
  const links: [string, string, string][] = [
    ...[...html.matchAll(FETCH_PRELOAD)].map((m): [string, string, string] => [
      'preload',
      m[1] ?? '',
      'fetch',
    ]),
    ...[...html.matchAll(MODULE_PRELOAD)].map((m): [string, string, string] => [
      'modulepreload',
      m[1] ?? '',
      '',
    ]),
  ];
  const inline = `<script>${loader({ links, script })}</script>\n    `;
  return html
    .replace(FETCH_PRELOAD, '')
    .replace(MODULE_PRELOAD, '')
    .replace(MODULE_SCRIPT, () => inline);
}
