/**
 * The fonts a PDF embeds: Noto Sans SC Regular and Bold (`public/fonts/`, SIL
 * OFL), fetched only when a PDF is made (inlined in the single-file build),
 * with text widths and glyph coverage from the same files, so the layout
 * measures what the PDF draws.
 */
import { create, type Font } from 'fontkit';
import { inlineUrl } from '../../io/inline';
import type { Measure } from '../../mapmodel/labels';
import type { TextMeasure } from '../marks';
import { woffToSfnt } from './woff';

/** The font files, relative to the page. */
export const PDF_FONT_FILES = {
  regular: 'fonts/noto-sans-sc-regular.woff',
  bold: 'fonts/noto-sans-sc-bold.woff',
} as const;

/** The PDF's fonts as sfnt bytes, and measures in them. */
export interface PdfFonts {
  readonly regular: Uint8Array;
  /** Null where the bold file is not available (bold is then drawn by stroking the regular). */
  readonly bold: Uint8Array | null;
  /** Widths of overlay text (weights of 600 and more are bold). */
  readonly measure: TextMeasure;
  /** Widths of map labels (regular, with letter spacing in ems). */
  readonly labelMeasure: Measure;
  /** The characters of `texts` the fonts cannot draw, each once. */
  missing(texts: readonly string[]): string[];
}

function bytesOfDataUrl(url: string): Uint8Array<ArrayBuffer> {
  const binary = atob(url.slice(url.indexOf(',') + 1));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function fileBytes(path: string): Promise<Uint8Array<ArrayBuffer>> {
  const inline = inlineUrl(path);
  if (inline) return bytesOfDataUrl(inline);
  const response = await fetch(new URL(path, document.baseURI));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

function fontOf(sfnt: Uint8Array, path: string): Font {
  const font = create(sfnt);
  if ('fonts' in font) throw new Error(`${path}: a font collection, not one font`);
  return font;
}

/** The PDF fonts from sfnt bytes (`bold` null: bold is drawn by stroking the regular). */
export function pdfFontsFrom(regular: Uint8Array, bold: Uint8Array | null): PdfFonts {
  const normal = fontOf(regular, PDF_FONT_FILES.regular);
  const strong = bold ? fontOf(bold, PDF_FONT_FILES.bold) : normal;
  const width = (font: Font, text: string, size: number) =>
    (font.layout(text).advanceWidth / font.unitsPerEm) * size;
  return {
    regular,
    bold,
    measure: (text, size, weight) => width(weight >= 600 ? strong : normal, text, size),
    labelMeasure: (text, size, spacing) =>
      width(normal, text, size) + spacing * size * [...text].length,
    missing(texts) {
      const chars = new Set([...texts.join('')].filter((c) => c.trim() !== ''));
      return [...chars].filter((c) => {
        const code = c.codePointAt(0) ?? 0;
        return !normal.hasGlyphForCodePoint(code) || !strong.hasGlyphForCodePoint(code);
      });
    },
  };
}

async function load(): Promise<PdfFonts> {
  const regular = await woffToSfnt(await fileBytes(PDF_FONT_FILES.regular));
  // The single-file build inlines what it carries; a page from file:// cannot fetch the rest.
  const offline = inlineUrl(PDF_FONT_FILES.regular) !== undefined;
  const bold =
    offline && !inlineUrl(PDF_FONT_FILES.bold)
      ? null
      : await woffToSfnt(await fileBytes(PDF_FONT_FILES.bold));
  return pdfFontsFrom(regular, bold);
}

let loaded: Promise<PdfFonts> | null = null;

/** Loads the PDF fonts once per page (a failure is tried again next time). */
export function loadPdfFonts(): Promise<PdfFonts> {
  loaded ??= load().catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}
