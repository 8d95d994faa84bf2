/**
 * Transfer sizes (gzip) of what the first load needs: the initial JS split
 * into app code and MapLibre, the CSS, the MapLibre worker and the atlas data;
 * and what is loaded later (MapLibre on the first camera move, other code on demand).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MAPLIBRE_MODULE, buildApp, type ChunkInfo } from './build';
import { perScenario, type PerScenario } from './scenarios';
import { round } from './stats';

export interface SizeResult {
  /** Initial JS that is not MapLibre: the app, React, zod, the other libraries. */
  readonly appKbGzip: number;
  /** MapLibre's main-thread code. */
  readonly maplibreKbGzip: number;
  /** Whether that code is part of the initial load (else it is fetched when MapLibre starts). */
  readonly maplibreInitial: boolean;
  /** MapLibre's worker script, fetched when the map starts. */
  readonly maplibreWorkerKbGzip: number;
  /** App code loaded on demand (reader, later presentation and export), MapLibre apart. */
  readonly lazyKbGzip: number;
  readonly cssKbGzip: number;
  readonly atlasJsonKbGzip: PerScenario<number>;
  readonly atlasJsonMb: PerScenario<number>;
  /** How the app/MapLibre split was obtained. */
  readonly method: string;
}

/** Gzipped size in kB (1000 bytes) at zlib's default level, what a static server typically sends. */
export function gzipKb(data: Buffer | string): number {
  return round(gzipSync(data).length / 1000);
}

/** The chunks the entry loads before the app runs: the entry and its static imports, transitively. */
export function initialChunks(chunks: readonly ChunkInfo[]): ChunkInfo[] {
  const byFile = new Map(chunks.map((c) => [c.file, c]));
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    byFile.get(file)?.imports.forEach(visit);
  };
  chunks.filter((c) => c.isEntry).forEach((c) => visit(c.file));
  return chunks.filter((c) => seen.has(c.file));
}

type Kind = 'maplibre' | 'app' | 'mixed';

/** MapLibre's code; not the worker's URL or the stylesheet, which the app imports statically. */
const engineCode = (module: string) =>
  MAPLIBRE_MODULE.test(module) && !/\?url$|\.css($|\?)/.test(module);

function kindOf(chunk: ChunkInfo): Kind {
  const engine = chunk.modules.filter(engineCode).length;
  return engine === 0 ? 'app' : engine === chunk.modules.length ? 'maplibre' : 'mixed';
}

async function jsSizes(dist: string, chunks: readonly ChunkInfo[]) {
  const initial = initialChunks(chunks);
  const sum = async (list: readonly ChunkInfo[]) => {
    let kb = 0;
    for (const c of list) kb += gzipKb(await readFile(join(dist, c.file)));
    return round(kb);
  };
  const initialFiles = new Set(initial.map((c) => c.file));
  const engine = chunks.filter((c) => kindOf(c) === 'maplibre');
  return {
    mixed: chunks.some((c) => kindOf(c) === 'mixed'),
    appKbGzip: await sum(initial.filter((c) => kindOf(c) === 'app')),
    maplibreKbGzip: await sum(engine),
    maplibreInitial: engine.some((c) => initialFiles.has(c.file)),
    lazyKbGzip: await sum(chunks.filter((c) => !initialFiles.has(c.file) && kindOf(c) === 'app')),
  };
}

async function assetSizes(dist: string) {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.?\/?([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  let cssKbGzip = 0;
  for (const file of css) cssKbGzip += gzipKb(await readFile(join(dist, file)));
  const worker = (await readdir(join(dist, 'assets'))).find((f) =>
    f.startsWith('maplibre-gl-worker'),
  );
  return {
    cssKbGzip: round(cssKbGzip),
    maplibreWorkerKbGzip: worker ? gzipKb(await readFile(join(dist, 'assets', worker))) : 0,
  };
}

/**
 * Sizes of the build in `dist` (chunk graph `chunks`). When that build bundles
 * MapLibre into the app chunk, the split is taken from a second build of the
 * same sources with MapLibre in its own chunk (into `scratchDir`).
 */
export async function measureSize(
  dist: string,
  chunks: readonly ChunkInfo[],
  atlas: PerScenario<Buffer>,
  scratchDir: string,
): Promise<SizeResult> {
  let js = await jsSizes(dist, chunks);
  let method = 'MapLibre in its own chunk in the app build';
  if (js.mixed) {
    js = await jsSizes(scratchDir, await buildApp(scratchDir, { splitMapLibre: true }));
    method =
      'the app build bundles MapLibre with the app; split measured on a second build with MapLibre in its own chunk';
  }
  return {
    appKbGzip: js.appKbGzip,
    maplibreKbGzip: js.maplibreKbGzip,
    maplibreInitial: js.maplibreInitial,
    lazyKbGzip: js.lazyKbGzip,
    ...(await assetSizes(dist)),
    atlasJsonKbGzip: perScenario((n) => gzipKb(atlas[n])),
    atlasJsonMb: perScenario((n) => round(atlas[n].length / 1e6, 2)),
    method,
  };
}
