/**
 * `npm run synth [-- --shape uniform|realistic --seed 1 --articles 10000 --out <file>]`:
 * writes a seeded synthetic atlas (real gazetteer and sectors from
 * `public/data/atlas.json`, synthetic articles, events and figures) for the
 * scale benchmark. `uniform` (the default) is the stress case, `realistic` the
 * shape real cooperation has (see `bench/README.md`). The output is git-ignored
 * and never part of the app build.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { AtlasSchema } from '../src/domain/schema';
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

/** Generates, validates and writes the synthetic atlas; returns what it generated. */
export async function writeSynthAtlas(
  options: ShapeOptions & { base?: string; out?: string },
): Promise<ShapedStats & { out: string; bytes: number }> {
  const basePath = options.base ?? DEFAULT_BASE;
  const out = options.out ?? SYNTH_OUT[options.shape ?? 'uniform'];
  const base = AtlasSchema.safeParse(JSON.parse(await readFile(basePath, 'utf8')));
  if (!base.success) {
    throw new Error(`${basePath} does not match the atlas schema; run \`npm run data\` first`);
  }
  const { atlas, stats } = synthesize(base.data, options);
  const checked = AtlasSchema.safeParse(atlas);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(
      `the synthetic atlas is invalid at ${issue?.path.join('.')}: ${issue?.message}`,
    );
  }
  const json = JSON.stringify(atlas);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, json);
  return { ...stats, out, bytes: Buffer.byteLength(json) };
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
    `synth: wrote ${result.out} (${(result.bytes / 1e6).toFixed(1)} MB): ${result.articles} articles, ` +
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
