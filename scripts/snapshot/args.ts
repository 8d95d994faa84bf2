/** Arguments, freshness check and a free port for `npm run snapshot`. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** What `npm run snapshot` was asked for. */
export interface SnapshotArgs {
  readonly query: string;
  readonly out: string;
  readonly dist: string;
  readonly options: {
    format?: SnapshotFormat;
    width?: number;
    height?: number;
    pixelRatio?: number;
    transparent?: boolean;
  };
}

/** The formats `--format` takes: the extension of the output file must match. */
export const SNAPSHOT_FORMATS = ['png', 'svg', 'pdf'] as const;
export type SnapshotFormat = (typeof SNAPSHOT_FORMATS)[number];

const USAGE =
  "usage: npm run snapshot -- '<query string>' out.png|out.svg|out.pdf [--format png|svg|pdf] [--width 1920] [--height 1080] [--pixel-ratio 1] [--transparent] [--dist dist]";

/** Parses the command line; throws with the usage line on anything unexpected. */
export function parseSnapshotArgs(argv: readonly string[]): SnapshotArgs {
  const positional: string[] = [];
  const options: SnapshotArgs['options'] = {};
  let dist = 'dist';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return value;
    };
    const number = (name: string) => {
      const value = Number(next());
      if (!Number.isFinite(value) || value <= 0)
        throw new Error(`${name} must be a positive number\n${USAGE}`);
      return value;
    };
    if (arg === '--format') {
      const value = next();
      const format = SNAPSHOT_FORMATS.find((f) => f === value);
      if (!format) throw new Error(`--format must be png, svg or pdf (got ${value})\n${USAGE}`);
      options.format = format;
    } else if (arg === '--width') options.width = number('--width');
    else if (arg === '--height') options.height = number('--height');
    else if (arg === '--pixel-ratio') options.pixelRatio = number('--pixel-ratio');
    else if (arg === '--transparent') options.transparent = true;
    else if (arg === '--dist') dist = next();
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else positional.push(arg);
  }
  const [query, out, ...extra] = positional;
  if (query === undefined || out === undefined || extra.length > 0) throw new Error(USAGE);
  // Without --format, the file's extension says which.
  const format = options.format ?? SNAPSHOT_FORMATS.find((f) => out.endsWith(`.${f}`));
  if (!format || !out.endsWith(`.${format}`)) {
    throw new Error(`${out}: the file name must end in .${format ?? 'png'}\n${USAGE}`);
  }
  return { query, out, dist, options: { ...options, format } };
}

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** True when `dist/index.html` is missing or older than the sources, the public files or the config. */
export function buildIsStale(root: string, dist: string): boolean {
  const built = newest(join(root, dist, 'index.html'));
  if (built === 0) return true;
  const inputs = ['src', 'public', 'data/stories', 'index.html', 'vite.config.ts'];
  return inputs.some((p) => newest(join(root, p)) > built);
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}
