/**
 * Vite plugin: bakes the first frame (`render.ts`) into `index.html` at build time: the
 * `<head>` script and style before `</head>`, the shell at the start of `<body>`, and
 * `class="atlas-ff"` on `<html>`. List it before the CSP plugin, which hashes the inline
 * script and style. `ATLAS_INLINE_MAP=off` builds the page without it (the benchmark's
 * comparison build).
 */
import { gzipSync } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';
import { FIRST_FRAME } from '../../src/svgmap/firstFrame';
import { deferAppLoad } from './deferApp';
import { renderFirstFrame, type FirstFrame } from './render';

/** Whether this build bakes the first frame (`ATLAS_INLINE_MAP=off`: no). */
export function inlineMapWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.ATLAS_INLINE_MAP !== 'off';
}

/** `html` with the first frame baked in. */
export function withFirstFrame(html: string, frame: FirstFrame): string {
  const inHead =
    `    <style>${frame.style}</style>\n` +
    `    <noscript><style>${frame.noScriptStyle}</style></noscript>\n` +
    `    <script>${frame.script}</script>\n  </head>`;
  let out = html.replace(/<html([^>]*)>/i, (tag, attributes: string) =>
    /\bclass=/i.test(attributes)
      ? tag.replace(/class="([^"]*)"/i, (_m, c: string) => `class="${c} ${FIRST_FRAME.present}"`)
      : `<html${attributes} class="${FIRST_FRAME.present}">`,
  );
  out = out.replace('</head>', () => inHead);
  out = out.replace(
    /<body([^>]*)>/i,
    (tag) => `${tag}\n    ${frame.body}\n    <script>${frame.bodyScript}</script>`,
  );
  if (!out.includes(frame.body)) throw new Error('index.html: no <body> to put the first frame in');
  return out;
}

/** The gzip size, in kB, of the baked frame's markup and style (the figure the bench reports). */
export function firstFrameKb(frame: FirstFrame): { raw: number; gzip: number } {
  const text = frame.body + frame.style + frame.noScriptStyle + frame.script + frame.bodyScript;
  const kb = (n: number) => Math.round(n / 102.4) / 10;
  return { raw: kb(Buffer.byteLength(text)), gzip: kb(gzipSync(text).length) };
}

/** Where the plugin reads the data and where the page finds the label font (see `renderFirstFrame`). */
export interface PrerenderOptions {
  /** The folder holding `data/` and `fonts/`; default: the build's `publicDir`. */
  readonly publicDir?: string;
  readonly fontUrl?: () => string;
  /** Load the app's code and data after the baked map's first paint (see `deferApp.ts`). */
  readonly deferApp?: boolean;
}

/** The plugin. */
export function prerenderPlugin(options: PrerenderOptions = {}): Plugin {
  let config: ResolvedConfig | null = null;
  return {
    name: 'atlas-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!config || !inlineMapWanted()) return html;
        const publicDir = options.publicDir ?? config.publicDir;
        const frame = renderFirstFrame(publicDir, options.fontUrl?.());
        const size = firstFrameKb(frame);
        config.logger.info(
          `first frame: ${frame.pictures.length} map sizes, ${size.raw} kB (${size.gzip} kB gzip) inline`,
        );
        const page = withFirstFrame(html, frame);
        return options.deferApp ? deferAppLoad(page) : page;
      },
    },
  };
}
