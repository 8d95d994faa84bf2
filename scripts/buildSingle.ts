/**
 * `npm run build:single`: one self-contained HTML file, `dist-single/atlas.html`,
 * that opens from `file://` with no network: code, styles, the MapLibre, ingest and
 * atlas workers, the atlas (core and detail files), article texts, boundaries, the
 * gazetteer, the label font and the PDF export's regular font are all inline. The data
 * goes into `window.__ATLAS_INLINE__` (read by `src/io/inline.ts`). When
 * `dist/` holds a build, the file is copied there too, so the full app can offer
 * it as "download offline copy".
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { AtlasPointerFileSchema } from '../src/domain/compiledSchema';
import { sealCore } from './atlas/compile';
import { readCoreFile } from './atlas/readCompiled';
import { assembleSingle, singleFileCsp } from './single/assemble';

const ROOT = process.cwd();
const STAGE = join(ROOT, '.tmp/single-build');
const OUT_DIR = join(ROOT, 'dist-single');
const OUT = join(OUT_DIR, 'atlas.html');

/**
 * The core as one JSON text: a large atlas's pointer and pack (format 3) become the
 * format 2 core the pack holds, sealed again (the single file has no place for a pack).
 */
function coreText(): string {
  const path = 'public/data/atlas.json';
  const text = readFileSync(join(ROOT, path), 'utf8');
  const pointed = AtlasPointerFileSchema.safeParse(JSON.parse(text)).success;
  return pointed ? sealCore(`${JSON.stringify(readCoreFile(path))}\n`) : text;
}

function dataFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const add = (path: string) => {
    files[path] = readFileSync(join(ROOT, 'public', path), 'utf8');
  };
  files['data/atlas.json'] = coreText();
  add('data/boundaries.json');
  add('data/boundaries-svg.json');
  add('data/gazetteer.json');
  // The atlas's detail files and article texts (see src/domain/compiledSchema.ts).
  for (const dir of ['detail', 'articles']) {
    for (const name of readdirSync(join(ROOT, 'public/data', dir)).sort()) {
      if (name.endsWith('.json')) add(`data/${dir}/${name}`);
    }
  }
  const font = readFileSync(join(ROOT, 'public/fonts/atlas-labels.woff2')).toString('base64');
  files['fonts/atlas-labels.woff2'] = `data:font/woff2;base64,${font}`;
  // The PDF export's font, Regular only (+2.1 MB; Bold would add as much again): the offline
  // copy's PDFs draw bold text by stroking the regular glyphs.
  const pdfFont = readFileSync(join(ROOT, 'public/fonts/noto-sans-sc-regular.woff')).toString(
    'base64',
  );
  files['fonts/noto-sans-sc-regular.woff'] = `data:font/woff;base64,${pdfFont}`;
  return files;
}

function assetText(html: string, pattern: RegExp, what: string): string {
  const match = pattern.exec(html);
  if (!match?.[1]) throw new Error(`${relative(ROOT, STAGE)}/index.html: no ${what} found`);
  return readFileSync(join(STAGE, match[1]), 'utf8');
}

async function main(): Promise<void> {
  const started = Date.now();
  // `--reuse` skips the Vite build when the staged one is there (when only data changed).
  if (!process.argv.includes('--reuse') || !existsSync(join(STAGE, 'index.html'))) {
    await build({ configFile: join(ROOT, 'vite.single.config.ts') });
  }
  const shell = readFileSync(join(STAGE, 'index.html'), 'utf8');
  const script = assetText(shell, /<script type="module"[^>]*src="\.\/([^"]+)"/, 'module script');
  const style = assetText(shell, /<link rel="stylesheet"[^>]*href="\.\/([^"]+)"/, 'stylesheet');
  const html = assembleSingle({ shell, script, style, files: dataFiles(), csp: singleFileCsp });
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(OUT, html);
  const size = (Buffer.byteLength(html) / 1024 / 1024).toFixed(2);
  console.log(
    `${relative(ROOT, OUT)}: ${size} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (existsSync(join(ROOT, 'dist/index.html'))) {
    copyFileSync(OUT, join(ROOT, 'dist/atlas.html'));
    console.log('copied to dist/atlas.html (the full app links it as "download offline copy")');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
