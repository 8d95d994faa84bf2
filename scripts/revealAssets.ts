/**
 * The example reveal.js deck (`public/deck-example.html`) runs on the reveal.js
 * the project installs from npm, never a CDN: this Vite plugin writes its two
 * files into the build as `deck-example/reveal.js` and `deck-example/reveal.css`
 * and serves them in development. The UMD build (`require` entry) is used, since module scripts
 * do not load from `file://`, where an offline deck lives.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** Build path → the installed file it is a copy of. */
export const REVEAL_FILES: Readonly<Record<string, string>> = {
  'deck-example/reveal.js': 'reveal.js',
  'deck-example/reveal.css': 'reveal.js/reveal.css',
};

function read(name: string): Buffer {
  return readFileSync(require.resolve(name));
}

/** Vite plugin: emits the reveal.js files at build time and serves them in development. */
export function revealAssetsPlugin(): Plugin {
  return {
    name: 'atlas-reveal-assets',
    generateBundle() {
      for (const [fileName, source] of Object.entries(REVEAL_FILES)) {
        this.emitFile({ type: 'asset', fileName, source: read(source) });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://dev').pathname.replace(/^\//, '');
        const source = REVEAL_FILES[path];
        if (!source) return next();
        const type = path.endsWith('.css') ? 'text/css' : 'text/javascript';
        res.setHeader('content-type', `${type}; charset=utf-8`);
        res.end(read(source));
      });
    },
  };
}
