/**
 * Builds what the benchmark serves: the app exactly as `npm run build` does
 * (recording which modules went into which chunk), then the benchmark's own
 * pages into `dist/bench/` (see `bench/vite.config.ts`).
 */
import { build, type Plugin } from 'vite';

/** One emitted JS chunk: its file, how it is loaded, and the modules in it. */
export interface ChunkInfo {
  readonly file: string;
  readonly isEntry: boolean;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  readonly modules: readonly string[];
}

/** A Vite plugin that records the chunk graph of a build into `into`. */
function chunkProbe(into: ChunkInfo[]): Plugin {
  return {
    name: 'bench-chunk-probe',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        // A chunk of CSS alone (a stylesheet two lazy chunks share) is dropped by Vite: no file.
        const modules = Object.keys(output.modules);
        if (modules.length > 0 && modules.every((m) => /\.css($|\?)/.test(m))) continue;
        into.push({
          file: output.fileName,
          isEntry: output.isEntry,
          imports: output.imports,
          dynamicImports: output.dynamicImports,
          modules,
        });
      }
    },
  };
}

/** The modules of MapLibre (the map engine), as opposed to the app and its other libraries. */
export const MAPLIBRE_MODULE = /node_modules[\\/]maplibre-gl[\\/]/;

/** Variants of the app build: MapLibre in a chunk of its own (size split), no SVG first paint. */
export interface BuildVariant {
  readonly splitMapLibre?: boolean;
  /** Builds with `VITE_SVG_FIRST=off` (see src/map/handover.ts). */
  readonly noSvgFirst?: boolean;
  /** Builds with `ATLAS_INLINE_MAP=off`: no map baked into `index.html` (scripts/prerender/). */
  readonly noInlineMap?: boolean;
}

/** Builds the app into `outDir` with the project's config; returns its chunk graph. */
export async function buildApp(
  outDir: string,
  { splitMapLibre = false, noSvgFirst = false, noInlineMap = false }: BuildVariant = {},
): Promise<ChunkInfo[]> {
  const chunks: ChunkInfo[] = [];
  const inline = process.env.ATLAS_INLINE_MAP;
  if (noInlineMap) process.env.ATLAS_INLINE_MAP = 'off';
  try {
    await buildOnce(outDir, chunks, splitMapLibre, noSvgFirst);
  } finally {
    if (inline === undefined) delete process.env.ATLAS_INLINE_MAP;
    else process.env.ATLAS_INLINE_MAP = inline;
  }
  return chunks;
}

async function buildOnce(
  outDir: string,
  chunks: ChunkInfo[],
  splitMapLibre: boolean,
  noSvgFirst: boolean,
): Promise<void> {
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    plugins: [chunkProbe(chunks)],
    ...(noSvgFirst ? { define: { 'import.meta.env.VITE_SVG_FIRST': JSON.stringify('off') } } : {}),
    build: {
      outDir,
      emptyOutDir: true,
      ...(splitMapLibre
        ? {
            rolldownOptions: {
              output: { codeSplitting: { groups: [{ name: 'maplibre', test: MAPLIBRE_MODULE }] } },
            },
          }
        : {}),
    },
  });
}

/** Builds the benchmark pages (baseline, peers) into `outDir` (`dist/bench/` by default). */
export async function buildBenchPages(outDir?: string): Promise<void> {
  await build({
    configFile: 'bench/vite.config.ts',
    logLevel: 'warn',
    ...(outDir ? { build: { outDir, emptyOutDir: true } } : {}),
  });
}
