/** Arguments, freshness check and a free port for `npm run snapshot` and `npm run deck`. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** What `npm run snapshot` and `npm run deck` share: the view's query string, the output file, the build. */
export interface ViewArgs {
  readonly query: string;
  readonly out: string;
  readonly dist: string;
}

/** The formats `--format` takes: the extension of the output file must match. */
export const SNAPSHOT_FORMATS = ['png', 'svg', 'pdf'] as const;
export type SnapshotFormat = (typeof SNAPSHOT_FORMATS)[number];

/** What `npm run snapshot` was asked for. */
export interface SnapshotArgs extends ViewArgs {
  readonly options: {
    format?: SnapshotFormat;
    width?: number;
    height?: number;
    pixelRatio?: number;
    transparent?: boolean;
  };
}

/** What `npm run deck` was asked for (the options of `window.atlas.exportDeck`). */
export interface DeckArgs extends ViewArgs {
  readonly options: {
    story?: string | null;
    lang?: 'zh' | 'en';
    aspect?: '16:9' | '4:3';
    width?: number;
  };
}

const SNAPSHOT_USAGE =
  "usage: npm run snapshot -- ['<query string>'] out.png|out.svg|out.pdf [--format png|svg|pdf] [--width 1920] [--height 1080] [--pixel-ratio 1] [--transparent] [--dist dist]";
const DECK_USAGE =
  "usage: npm run deck -- ['<query string>'] out.pptx [--story <id> | --events] [--lang zh|en] [--aspect 16:9|4:3] [--width 1920] [--dist dist]";

/** Reads an option's value; `take` is called for every `--flag` the command knows. */
type Take = (flag: string, value: () => string) => boolean;

/**
 * The part both commands parse: an optional query string (the view, as in the
 * address bar: `region=aba&years=2019&lang=en&theme=dark`), the output file with
 * its extension, `--dist`, and the command's own flags through `take`.
 */
function parseViewArgs(
  argv: readonly string[],
  exts: readonly string[],
  usage: string,
  take: Take,
): ViewArgs {
  const positional: string[] = [];
  let dist = 'dist';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${usage}`);
      return next;
    };
    if (arg === '--dist') dist = value();
    else if (arg.startsWith('--')) {
      if (!take(arg, value)) throw new Error(`unknown option ${arg}\n${usage}`);
    } else positional.push(arg);
  }
  const [query, out] = positional.length === 1 ? ['', positional[0]] : positional;
  // No extensions: the command checks the file name itself.
  const known = out !== undefined && (exts.length === 0 || exts.some((ext) => out.endsWith(ext)));
  if (query === undefined || out === undefined || positional.length > 2 || !known) {
    throw new Error(usage);
  }
  return { query, out, dist };
}

function positive(flag: string, text: string, usage: string): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${flag} must be a positive number\n${usage}`);
  }
  return value;
}

/** Parses `npm run snapshot`'s command line; throws with the usage line on anything unexpected. */
export function parseSnapshotArgs(argv: readonly string[]): SnapshotArgs {
  const options: SnapshotArgs['options'] = {};
  const u = SNAPSHOT_USAGE;
  const view = parseViewArgs(argv, [], u, (flag, value) => {
    if (flag === '--format') {
      const asked = value();
      const format = SNAPSHOT_FORMATS.find((f) => f === asked);
      if (!format) throw new Error(`--format must be png, svg or pdf (got ${asked})\n${u}`);
      options.format = format;
    } else if (flag === '--width') options.width = positive(flag, value(), u);
    else if (flag === '--height') options.height = positive(flag, value(), u);
    else if (flag === '--pixel-ratio') options.pixelRatio = positive(flag, value(), u);
    else if (flag === '--transparent') options.transparent = true;
    else return false;
    return true;
  });
  // Without --format, the file's extension says which; with it, the two must agree.
  const format = options.format ?? SNAPSHOT_FORMATS.find((f) => view.out.endsWith(`.${f}`));
  if (!format || !view.out.endsWith(`.${format}`)) {
    throw new Error(`${view.out}: the file name must end in .${format ?? 'png'}\n${u}`);
  }
  return { ...view, options: { ...options, format } };
}

/** Parses `npm run deck`'s command line; throws with the usage line on anything unexpected. */
export function parseDeckArgs(argv: readonly string[]): DeckArgs {
  const options: DeckArgs['options'] = {};
  const u = DECK_USAGE;
  const view = parseViewArgs(argv, ['.pptx'], u, (flag, value) => {
    if (flag === '--story') options.story = value();
    else if (flag === '--events') options.story = null;
    else if (flag === '--lang') {
      const lang = value();
      if (lang !== 'zh' && lang !== 'en') throw new Error(`--lang must be zh or en\n${u}`);
      options.lang = lang;
    } else if (flag === '--aspect') {
      const aspect = value();
      if (aspect !== '16:9' && aspect !== '4:3')
        throw new Error(`--aspect must be 16:9 or 4:3\n${u}`);
      options.aspect = aspect;
    } else if (flag === '--width') options.width = positive(flag, value(), u);
    else return false;
    return true;
  });
  return { ...view, options };
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
