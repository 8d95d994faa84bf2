/*
 * The parts of the PDF libraries the export uses, typed here (pdfkit 0.20 and
 * svg-to-pdfkit ship no types; fontkit's describe a Node `Buffer` argument
 * where the browser passes bytes).
 */
declare module 'fontkit' {
  export interface Glyph {
    readonly path: { toSVG(): string };
  }
  export interface GlyphRun {
    readonly advanceWidth: number;
    readonly glyphs: readonly Glyph[];
  }
  export interface Font {
    readonly unitsPerEm: number;
    readonly numGlyphs: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): GlyphRun;
  }
  export interface FontCollection {
    readonly fonts: Font[];
  }
  export function create(data: Uint8Array, postscriptName?: string): Font | FontCollection;
}

declare module 'pdfkit' {
  export interface PDFDocumentOptions {
    size?: [number, number];
    margin?: number;
    /** The starting font; null for none (the browser build has no standard fonts registered). */
    font?: string | null;
    compress?: boolean;
    lang?: string;
    displayTitle?: boolean;
    info?: { Title?: string; Author?: string; Subject?: string; Creator?: string };
  }
  export default class PDFDocument {
    constructor(options?: PDFDocumentOptions);
    registerFont(name: string, src: Uint8Array): this;
    end(): void;
  }
}

declare module 'pdfkit/output' {
  import type PDFDocument from 'pdfkit';
  export function toBlob(doc: PDFDocument): Promise<Blob>;
}

declare module 'svg-to-pdfkit' {
  import type PDFDocument from 'pdfkit';
  export interface SvgToPdfOptions {
    width?: number;
    height?: number;
    assumePt?: boolean;
    fontCallback?: (
      family: string,
      bold: boolean,
      italic: boolean,
      options: { fauxBold: boolean; fauxItalic: boolean },
    ) => string;
    warningCallback?: (message: string) => void;
  }
  export default function SVGtoPDF(
    doc: PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: SvgToPdfOptions,
  ): void;
}
