/**
 * The table `npm run bench` prints and the Markdown table of `bench/README.md`.
 */
import { mark, reportRows, type Row } from './reportRows';
import type { BenchResults } from './results';
import { SCENARIO_NAMES } from './scenarios';

export type { BenchResults, DeckFigures } from './results';

const HEADER: Row = {
  what: 'measure',
  cells: { seeds: 'seeds', synthetic: 'uniform 10k', realistic: 'realistic 10k' },
  target: 'target',
  ok: null,
};

/** The results as a fixed-width text table. */
export function formatTable(results: BenchResults): string {
  const all = [HEADER, ...reportRows(results)];
  const width = (f: (row: Row) => string) => Math.max(...all.map((x) => f(x).length));
  const columns: ((row: Row) => string)[] = [
    (x) => x.what,
    ...SCENARIO_NAMES.map((n) => (x: Row) => x.cells[n]),
    (x) => x.target,
  ];
  const line = (x: Row, status: string) =>
    [...columns.map((f) => f(x).padEnd(width(f))), status].join(' │ ').trimEnd();
  return all.map((x, i) => line(x, i === 0 ? '' : mark(x.ok))).join('\n');
}

/** The same table in Markdown, for `bench/README.md`. */
export function formatMarkdown(results: BenchResults): string {
  const cells = (x: Row, status: string) =>
    `| ${[x.what.trim(), ...SCENARIO_NAMES.map((n) => x.cells[n]), x.target, status].join(' | ')} |`;
  return [
    cells(HEADER, ''),
    '|---|---|---|---|---|---|',
    ...reportRows(results).map((x) => cells(x, mark(x.ok))),
  ].join('\n');
}
