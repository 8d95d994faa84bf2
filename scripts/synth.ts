/**
 * `npm run synth [-- --shape uniform|realistic --seed 1 --articles 10000 --out <file>]`:
 * writes a seeded synthetic atlas (real gazetteer and sectors from
 * `public/data/atlas.json`, synthetic articles, events and figures) for the
 * scale benchmark, in the compiled format `npm run data` writes, through the same
 * writer (`scripts/atlas/compile.ts`): the core file `--out` and its detail files in
 * `<out stem>.detail/`. `uniform` (the default) is the stress case, `realistic` the
 * shape real cooperation has (see `bench/README.md`). The output is git-ignored and
 * never part of the app build.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { FullAtlasSchema, type Atlas, type FullAtlas } from '../src/domain/schema';
import { compileAtlas, packPathOf } from './atlas/compile';
import { readCompiled } from './atlas/readCompiled';
import {
  parseShape,
  synthesize,
  type ShapedStats,
  type ShapeOptions,
  type SynthShape,
} from './bench/synthShapes';

export const DEFAULT_SYNTH_OUT = 'bench/.out/synthetic-atlas.json';
/** Where each shape is written unless `--out` says otherwise. */
export const SYNTH_OUT: Readonly<Record<SynthShape, string>> = {
  uniform: DEFAULT_SYNTH_OUT,
  realistic: 'bench/.out/realistic-atlas.json',
};
const DEFAULT_BASE = 'public/data/atlas.json';

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive integer, not "${value}"`);
  return n;
}

/** The base a synthetic atlas grows from: an atlas's regions and sectors, no records. */
export function synthBase(atlas: Atlas): FullAtlas {
  return {
    version: 1,
    dataDate: atlas.dataDate,
    regions: [...atlas.regions],
    sectors: [...atlas.sectors],
    articles: [],
    events: [],
    figures: [],
  };
}

/** The folder of a compiled atlas's detail files, beside its core file `out`. */
export function detailDirOf(out: string): string {
  return `${basename(out, '.json')}.detail`;
}

/**
 * Generates, validates and writes the synthetic atlas (core file and detail files);
 * returns what it generated, with the bytes of the core and of all its files.
 */
export async function writeSynthAtlas(
  options: ShapeOptions & { base?: string; out?: string },
): Promise<ShapedStats & { out: string; bytes: number; totalBytes: number }> {
  const basePath = options.base ?? DEFAULT_BASE;
  const out = options.out ?? SYNTH_OUT[options.shape ?? 'uniform'];
  let base: FullAtlas;
  try {
    base = synthBase(readCompiled(basePath).full);
  } catch (error) {
    throw new Error(
      `${basePath} does not match the atlas schema; run \`npm run data\` first (${String(error)})`,
      { cause: error },
    );
  }
  const { atlas, stats } = synthesize(base, options);
  const checked = FullAtlasSchema.safeParse(atlas);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(
      `the synthetic atlas is invalid at ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
  const files = compileAtlas(checked.data, null, {
    corePath: out,
    detailDir: detailDirOf(out),
    textsDir: null,
    pretty: false,
  });
  await rm(join(dirname(out), detailDirOf(out)), { recursive: true, force: true });
  await rm(join(dirname(out), packPathOf(out)), { force: true });
  for (const file of files) {
    await mkdir(dirname(file.path), { recursive: true });
    await writeFile(file.path, file.content);
  }
  const size = (path: string) =>
    Buffer.byteLength(files.find((f) => f.path === path)?.content ?? '');
  return {
    ...stats,
    out,
    bytes: size(out) + size(join(dirname(out), packPathOf(out))),
    totalBytes: files.reduce((sum, f) => sum + Buffer.byteLength(f.content), 0),
  };
}

/**
 * Copies a synthetic atlas to `to` (e.g. into a build to serve): the core file, and its
 * detail folder and pack beside it under the names the core gives them.
 */
export async function copySynthAtlas(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  await cp(from, to);
  const pack = join(dirname(from), packPathOf(from));
  if (existsSync(pack)) await cp(pack, join(dirname(to), packPathOf(from)));
  await cp(join(dirname(from), detailDirOf(from)), join(dirname(to), detailDirOf(from)), {
    recursive: true,
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      shape: { type: 'string', default: 'uniform' },
      seed: { type: 'string', default: '1' },
      articles: { type: 'string', default: '10000' },
      base: { type: 'string', default: DEFAULT_BASE },
      out: { type: 'string' },
    },
  });
  const result = await writeSynthAtlas({
    shape: parseShape(values.shape),
    seed: positiveInt('seed', values.seed),
    articles: positiveInt('articles', values.articles),
    base: values.base,
    out: values.out,
  });
  for (const warning of result.warnings) console.warn(`synth: ${warning}`);
  console.log(
    `synth: wrote ${result.out} (${(result.bytes / 1e6).toFixed(1)} MB; ` +
      `${(result.totalBytes / 1e6).toFixed(1)} MB with its detail): ${result.articles} articles, ` +
      `${result.events} events, ${result.figures} figures, ${result.links} links over ` +
      `${result.partyPool} regions (${result.prefectures} prefecture-level in the gazetteer)`,
  );
  const { shapeStats: shape } = result;
  const years = Object.entries(shape.eventsByYear);
  console.log(
    `synth: ${result.shape}: the busiest 10 % of links carry ${(shape.topDecileShare * 100).toFixed(0)} % of the events ` +
      `(busiest ${shape.busiestLink.pair}: ${shape.busiestLink.events}); ${shape.countyLinks} links reach a county; ` +
      `events per year ${years.map(([y, n]) => `${y} ${n}`).join(', ')}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(`synth: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
