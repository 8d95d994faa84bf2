/**
 * Reads an exported .pptx for the tests, without the code that wrote it:
 * fflate unzips it; each slide's paragraphs, text boxes, pictures (with the
 * pixel size from the PNG header) and notes come from the slide XML.
 */
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

/** A text box or picture on a slide, in points from the top left. */
export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface SlideFacts {
  /** Every paragraph's text, in order. */
  readonly paragraphs: string[];
  /** The frames of the shapes that hold text. */
  readonly textBoxes: Frame[];
  /** Pixel sizes of the slide's pictures. */
  readonly pictures: { width: number; height: number }[];
  readonly notes: string;
}

export interface DeckFacts {
  /** The slide size in points. */
  readonly width: number;
  readonly height: number;
  readonly slides: SlideFacts[];
  readonly files: Record<string, Uint8Array>;
}

const EMU_PER_PT = 12700;

function decode(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map((p) =>
      [...(p[1] ?? '').matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => decode(t[1] ?? '')).join(''),
    )
    .filter((p) => p !== '');
}

function frame(xml: string): Frame | null {
  const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(xml);
  const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(xml);
  if (!off || !ext) return null;
  const [x, y, w, h] = [off[1], off[2], ext[1], ext[2]].map((n) => Number(n) / EMU_PER_PT);
  return { x: x ?? 0, y: y ?? 0, w: w ?? 0, h: h ?? 0 };
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Reads `bytes` as a .pptx. */
export function readDeck(bytes: Uint8Array): DeckFacts {
  const files = unzipSync(bytes);
  const text = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`the deck has no ${name}`);
    return strFromU8(file);
  };
  const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(text('ppt/presentation.xml'));
  const count = Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length;
  const slides = Array.from({ length: count }, (_, i): SlideFacts => {
    const xml = text(`ppt/slides/slide${i + 1}.xml`);
    const rels = text(`ppt/slides/_rels/slide${i + 1}.xml.rels`);
    const shapes = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1] ?? '');
    const media = [...rels.matchAll(/Target="\.\.\/media\/([^"]+)"/g)].map((m) => m[1] ?? '');
    const notesFile = `ppt/notesSlides/notesSlide${i + 1}.xml`;
    return {
      paragraphs: paragraphs(xml),
      textBoxes: shapes.filter((s) => /<a:t>[^<]/.test(s)).flatMap((s) => frame(s) ?? []),
      pictures: [...xml.matchAll(/<p:pic>/g)].map((_, j) => {
        const png = files[`ppt/media/${media[j] ?? ''}`];
        if (!png) throw new Error(`slide ${i + 1}: picture ${j + 1} is missing`);
        return pngSize(png);
      }),
      notes: files[notesFile] ? paragraphs(text(notesFile)).join('\n') : '',
    };
  });
  return {
    width: Number(size?.[1]) / EMU_PER_PT,
    height: Number(size?.[2]) / EMU_PER_PT,
    slides,
    files,
  };
}

/** The bytes of `window.atlas.exportDeck(options)` on `page`. */
export async function exportDeck(page: Page, options: object): Promise<Uint8Array> {
  const base64 = await page.evaluate(async (o) => {
    const blob = await window.atlas?.exportDeck(o);
    if (!blob) throw new Error('no deck');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) {
      text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    }
    return btoa(text);
  }, options);
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
