/**
 * LibreOffice Impress and poppler, as a person without PowerPoint would open
 * a deck: `soffice --headless --convert-to pdf` (with its own profile, so
 * parallel runs do not share one), `pdftotext` for each page's words and
 * where they landed, `pdftoppm` for a small picture of each page, `pdffonts`
 * for the fonts it set the text in.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A word on a PDF page, in points from the top left. */
export interface Word {
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** A deck converted to PDF: its path, and how to read each page. */
export interface Rendered {
  readonly pdf: string;
  readonly pages: number;
  /** The page's text, as pdftotext reads it. */
  text(page: number): string;
  /** The page's words and their boxes; the page size in points. */
  words(page: number): { width: number; height: number; words: Word[] };
  /** The page as a small PNG (24 dpi). */
  png(page: number): Buffer;
  /** Fonts the PDF embeds. */
  fonts(): string[];
}

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, {
      encoding: 'utf8',
      timeout: 180_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    throw new Error(
      `${command} failed (${String(error)}). LibreOffice Impress and poppler are needed: ` +
        'apt-get install libreoffice-impress-nogui poppler-utils (.ci/run installs them).',
      { cause: error },
    );
  }
}

/** Converts `pptx` (bytes) to PDF with LibreOffice Impress. */
export function renderDeck(pptx: Uint8Array, name: string): Rendered {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-deck-'));
  const file = join(dir, `${name}.pptx`);
  writeFileSync(file, pptx);
  const profile = pathToFileURL(join(dir, 'profile')).href;
  run('soffice', [
    `-env:UserInstallation=${profile}`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    dir,
    file,
  ]);
  const pdf = join(dir, `${name}.pdf`);
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1] ?? 0);
  const page = (p: number) => ['-f', String(p), '-l', String(p)];
  return {
    pdf,
    pages,
    text: (p) => run('pdftotext', [...page(p), '-raw', pdf, '-']),
    words: (p) => {
      const html = run('pdftotext', [...page(p), '-bbox', pdf, '-']);
      const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html);
      const words = [
        ...html.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
        text: m[5] ?? '',
      }));
      return { width: Number(size?.[1]), height: Number(size?.[2]), words };
    },
    png: (p) => {
      const prefix = join(dir, `page-${p}`);
      run('pdftoppm', [...page(p), '-r', '24', '-png', '-singlefile', pdf, prefix]);
      return readFileSync(`${prefix}.png`);
    },
    fonts: () =>
      run('pdffonts', [pdf])
        .split('\n')
        .slice(2)
        .map((line) => line.split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '')
        .filter(Boolean),
  };
}
