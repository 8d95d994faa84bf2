/**
 * An exported SVG as a PDF page (PDFKit, with svg-to-pdfkit drawing the SVG):
 * text stays text in the embedded Noto Sans SC, subset to the glyphs the page
 * uses, with a ToUnicode map so Chinese names can be copied and searched.
 * The page is the slide's size at 96 CSS pixels to the inch.
 */
import PDFDocument from 'pdfkit';
import { toBlob } from 'pdfkit/output';
import SVGtoPDF from 'svg-to-pdfkit';
import type { PdfFonts } from './pdfFonts';

export { loadPdfFonts, type PdfFonts } from './pdfFonts';

const REGULAR = 'NotoSansSC';
const BOLD = 'NotoSansSC-Bold';
/** PDF points per CSS pixel. */
const PT = 72 / 96;

/** What the PDF says about itself. */
export interface PdfMeta {
  readonly title: string;
  readonly subject: string;
  readonly lang: string;
}

/** Draws `svg` (of `width`×`height` CSS pixels) on one PDF page. */
export function svgToPdf(
  svg: string,
  width: number,
  height: number,
  fonts: PdfFonts,
  meta: PdfMeta,
): Promise<Blob> {
  const size: [number, number] = [width * PT, height * PT];
  const doc = new PDFDocument({
    size,
    margin: 0,
    // Every text names its font (ours); PDFKit's default Helvetica is not bundled for the browser.
    font: null,
    lang: meta.lang,
    displayTitle: true,
    info: { Title: meta.title, Subject: meta.subject, Creator: 'Cooperation Atlas' },
  });
  doc.registerFont(REGULAR, fonts.regular);
  if (fonts.bold) doc.registerFont(BOLD, fonts.bold);
  const warnings: string[] = [];
  SVGtoPDF(doc, svg, 0, 0, {
    width: size[0],
    height: size[1],
    fontCallback: (_family, bold, _italic, options) => {
      if (bold && fonts.bold) return BOLD;
      options.fauxBold = bold;
      return REGULAR;
    },
    warningCallback: (message) => warnings.push(message),
  });
  if (warnings.length) console.warn(`PDF export: ${warnings.join('; ')}`);
  const blob = toBlob(doc);
  doc.end();
  return blob;
}
