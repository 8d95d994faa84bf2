/**
 * The Content-Security-Policy of the production build, as a `<meta>` tag that a
 * Vite plugin writes into `index.html` (build only: the dev server needs inline
 * scripts for hot reload). The atlas loads everything from its own origin; the
 * MapLibre worker is a file next to the bundle (`setWorkerUrl`), so no `blob:`
 * script is needed, but MapLibre may still create blob workers and images.
 * Styles: React and MapLibre set `element.style` through the CSSOM, which
 * `style-src` does not govern, so no `'unsafe-inline'` is needed.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The directives, in the order they are written. */
export const CSP_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:', 'blob:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['worker-src', ["'self'", 'blob:']],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
];

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy for a page. `inlineScripts` and `inlineStyles` are the texts of the inline
 * `<script>` and `<style>` elements the build wrote (the first frame's, see
 * `scripts/prerender/`): each is allowed by its hash, never by `'unsafe-inline'`.
 */
export function contentSecurityPolicy(
  inlineScripts: readonly string[] = [],
  inlineStyles: readonly string[] = [],
): string {
  return CSP_DIRECTIVES.map(([name, values]) => {
    const inline = name === 'script-src' ? inlineScripts : name === 'style-src' ? inlineStyles : [];
    return `${name} ${[...values, ...inline.map(sha256)].join(' ')}`;
  }).join('; ');
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/giu;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/giu;

/** The texts of the inline `<script>` and `<style>` elements of `html` (empty ones left out). */
export function inlineTexts(html: string): { scripts: string[]; styles: string[] } {
  const texts = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((m) => m[1] ?? '').filter((s) => s.trim() !== '');
  return { scripts: texts(INLINE_SCRIPT), styles: texts(INLINE_STYLE) };
}

/** `html` with the policy's `<meta>` as the first element of `<head>` (after `<meta charset>`). */
export function injectCsp(html: string): string {
  if (/http-equiv=["']?Content-Security-Policy/iu.test(html)) return html;
  const { scripts, styles } = inlineTexts(html);
  const policy = contentSecurityPolicy(scripts, styles);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta\s+charset=[^>]*>/iu.exec(html);
  if (charset) {
    const at = charset.index + charset[0].length;
    return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
  }
  return html.replace(/<head[^>]*>/iu, (head) => `${head}\n    ${meta}`);
}

/** Vite plugin: adds the policy to `index.html` in production builds only. */
export function cspPlugin(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: injectCsp },
  };
}
