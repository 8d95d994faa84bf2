/**
 * `npm run synth [-- --seed 1 --articles 10000 --out bench/.out/synthetic-atlas.json]`:
 * writes a seeded synthetic atlas (real gazetteer and sectors from
 * `public/data/atlas.json`, synthetic articles, events and figures) for the
 * scale benchmark. The output is git-ignored and never part of the app build.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { AtlasSchema } from '../src/domain/schema';
import { synthAtlas, type SynthStats } from './bench/synthAtlas';

export const DEFAULT_SYNTH_OUT = 'bench/.out/synthetic-atlas.json';
const DEFAULT_BASE = 'public/data/atlas.json';

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive integer, not "${value}"`);
  return n;
}

/** Generates, validates and writes the synthetic atlas; returns what it generated. */
export async function writeSynthAtlas(options: {
  seed: number;
  articles: number;
  base?: string;
  out?: string;
}): Promise<SynthStats & { out: string; bytes: number }> {
  const basePath = options.base ?? DEFAULT_BASE;
  const out = options.out ?? DEFAULT_SYNTH_OUT;
  const base = AtlasSchema.safeParse(JSON.parse(await readFile(basePath, 'utf8')));
  if (!base.success) {
    throw new Error(`${basePath} does not match the atlas schema; run \`npm run data\` first`);
  }
  const { atlas, stats } = synthAtlas(base.data, options);
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
      seed: { type: 'string', default: '1' },
      articles: { type: 'string', default: '10000' },
      base: { type: 'string', default: DEFAULT_BASE },
      out: { type: 'string', default: DEFAULT_SYNTH_OUT },
    },
  });
  const result = await writeSynthAtlas({
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
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(`synth: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
