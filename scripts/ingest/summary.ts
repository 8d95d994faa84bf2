/** The per-article summary table `npm run ingest` prints on stderr. */

/** One row: what was found in an article, or why it was not drafted. */
export interface Row {
  file: string;
  id: string;
  result: string;
  published?: string;
  regions?: number;
  events?: number;
  figures?: number;
  candidates?: number;
  review?: number;
  ms: number;
}

const HEAD = [
  'file',
  'id',
  'result',
  'published',
  'regions',
  'events',
  'figures',
  'candidates',
  'review',
  'ms',
] as const;

/** Formats the rows as an aligned plain-text table. */
export function table(rows: readonly Row[]): string {
  const cells = rows.map((r) => HEAD.map((h) => String(r[h] ?? '–')));
  const widths = HEAD.map((h, i) =>
    Math.min(
      h === 'result' ? 120 : 40,
      Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)),
    ),
  );
  const line = (c: readonly string[]) =>
    c
      .map((x, i) => x.slice(0, widths[i]).padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(HEAD), ...cells.map(line)].join('\n');
}
