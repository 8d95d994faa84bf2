/**
 * Assembles the single-file atlas from the staged Vite build: the shell
 * `index.html` with its module script and stylesheet inlined, the data in
 * `window.__ATLAS_INLINE__`, a start-view bootstrap and a Content-Security-Policy
 * that allows exactly these inline scripts and styles (by hash).
 */
import { createHash } from 'node:crypto';
import { inlineTexts } from '../csp';

/** What goes into the file. */
export interface SingleParts {
  /** The staged `index.html`. */
  readonly shell: string;
  /** The one JS chunk and the one stylesheet. */
  readonly script: string;
  readonly style: string;
  /** Data files by path relative to the page (text, or `data:` URLs for binaries). */
  readonly files: Readonly<Record<string, string>>;
  /** Builds the policy from the inline scripts' and styles' texts. */
  readonly csp: (scripts: readonly string[], styles: readonly string[]) => string;
}

// Text inside <script> must not close the element or open an HTML comment.
function scriptSafe(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function styleSafe(css: string): string {
  return css.replace(/<\/(style)/gi, '<\\/$1');
}

/**
 * The start view: an offline copy saved from the app carries its view in
 * `<meta name="atlas-view" content="?…">`; applied when the page has no query.
 */
export const BOOTSTRAP = [
  '(function () {',
  '  var meta = document.querySelector(\'meta[name="atlas-view"]\');',
  "  var view = meta && meta.getAttribute('content');",
  "  if (!view || location.search || view.charAt(0) !== '?') return;",
  '  try {',
  "    history.replaceState(null, '', location.pathname + view + location.hash);",
  '  } catch (e) {',
  '    /* some browsers refuse to change a file:// URL: the atlas opens on its overview */',
  '  }',
  '})();',
].join('\n');

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy of the single file: nothing from any network; inline code by hash only. */
export function singleFileCsp(scripts: readonly string[], styles: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    `style-src ${styles.map(sha256).join(' ')}`,
    'img-src data: blob:',
    'font-src data:',
    'connect-src data: blob:',
    'worker-src data: blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The complete HTML document. */
export function assembleSingle(parts: SingleParts): string {
  const json = JSON.stringify({ files: parts.files })
    .replace(/<\//g, '<\\/')
    .replace(/<!--/g, '<\\u0021--');
  const data = `window.__ATLAS_INLINE__ = ${json};`;
  const code = scriptSafe(parts.script);
  const css = styleSafe(parts.style);
  // The shell's own inline code (the baked first frame's script and style) is allowed too.
  const shell = inlineTexts(parts.shell);
  const policy = parts.csp([...shell.scripts, BOOTSTRAP, data, code], [...shell.styles, css]);
  let html = parts.shell
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '')
    .replace(/<script type="module"[^>]*><\/script>\s*/i, '')
    .replace(/<link rel="stylesheet"[^>]*>\s*/i, '')
    .replace(/<link\s+rel="(?:module)?preload"[^>]*>\s*/gi, '');
  const [meta, ...rest] = [
    `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    `<style>${css}</style>`,
    `<script>${BOOTSTRAP}</script>`,
    `<script>${data}</script>`,
    `<script type="module">${code}</script>`,
  ];
  // Replacer functions, not strings: the code is full of `$&`-like sequences.
  html = html.replace(/<meta charset="UTF-8" \/>/i, (m) => `${m}\n    ${meta ?? ''}`);
  html = html.replace('</head>', () => `    ${rest.join('\n    ')}\n  </head>`);
  return html;
}
