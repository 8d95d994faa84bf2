/**
 * The options of `npm run bench`: `--runs 7 --changes 50 --seed 1 --articles 10000
 * --out bench/results.json --only <sections>`. `--only deck,draft` runs those sections
 * alone (the app is still built once) and, unless `--out` says otherwise, writes to
 * `bench/.out/results.json` so a partial run does not replace the full results.
 */
import { parseArgs } from 'node:util';

/** The sections of a run, in the order it measures them. `load` includes the heap. */
export const SECTIONS = [
  'legibility',
  'load',
  'firstPaint',
  'interaction',
  'handover',
  'engineFloor',
  'size',
  'ingest',
  'deck',
  'draft',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  readonly runs: number;
  readonly changes: number;
  readonly seed: number;
  readonly articles: number;
  readonly out: string;
  /** The sections to run: all of them unless `--only` names some. */
  readonly sections: readonly Section[];
}

const isSection = (name: string): name is Section => (SECTIONS as readonly string[]).includes(name);

/** `--only a,b`: the sections named, in run order; refuses a name it does not know, naming the valid ones. */
export function parseSections(only: string | undefined): Section[] {
  if (only === undefined) return [...SECTIONS];
  const names = only.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !isSection(n));
  if (unknown.length > 0 || names.every((n) => n === ''))
    throw new Error(
      `--only takes a comma list of sections: ${SECTIONS.join(', ')} (not "${unknown.join(',') || only}")`,
    );
  return SECTIONS.filter((s) => names.includes(s));
}

/** Parses the command line (`process.argv.slice(2)`). */
export function parseOptions(args: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      runs: { type: 'string', default: '7' },
      changes: { type: 'string', default: '50' },
      seed: { type: 'string', default: '1' },
      articles: { type: 'string', default: '10000' },
      out: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const int = (name: string, value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`--${name} must be a positive integer, not "${value}"`);
    return n;
  };
  return {
    runs: int('runs', values.runs),
    changes: int('changes', values.changes),
    seed: int('seed', values.seed),
    articles: int('articles', values.articles),
    out:
      values.out ?? (values.only === undefined ? 'bench/results.json' : 'bench/.out/results.json'),
    sections: parseSections(values.only),
  };
}
