/**
 * Vector export through `window.atlas.exportImage` and the Export dialog, in the
 * built app: the SVG parses as XML with the title, legend and place names as
 * text and the map as paths; the PDF opens (poppler renders it, not blank) with
 * its fonts embedded as subsets and its Chinese text extractable.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { PNG } from 'pngjs';
import { CHROMIUM_ARGS_NO_WEBGL, CHROMIUM_PATH } from '../scripts/chromium';
import { distinctColours, expect, exportedImage, openAtlas, test } from './fixtures';

test.setTimeout(240_000);

const OUT = join('test-results', 'export-vector');

/** The SVG's `<text>` contents, after a strict XML parse. */
function svgTexts(svg: Buffer) {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => problems.push(`${level}: ${message}`),
  }).parseFromString(svg.toString('utf8'), 'image/svg+xml');
  expect(problems).toEqual([]);
  const root = doc.documentElement;
  return {
    size: [root?.getAttribute('width'), root?.getAttribute('height')],
    texts: Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? ''),
    paths: doc.getElementsByTagName('path').length,
    images: doc.getElementsByTagName('image').length,
  };
}

/** The share of the box (fractions of the image) taken by its most common colour. */
function mostCommonShare(image: PNG, x0: number, y0: number, x1: number, y1: number): number {
  const counts = new Map<number, number>();
  let total = 0;
  for (let y = Math.round(y0 * image.height); y < y1 * image.height; y += 3) {
    for (let x = Math.round(x0 * image.width); x < x1 * image.width; x += 3) {
      const i = (y * image.width + x) * 4;
      const c =
        ((image.data[i] ?? 0) << 16) | ((image.data[i + 1] ?? 0) << 8) | (image.data[i + 2] ?? 0);
      counts.set(c, (counts.get(c) ?? 0) + 1);
      total++;
    }
  }
  return Math.max(...counts.values()) / total;
}

/** Writes the PDF, renders its page with pdftoppm and extracts its text and fonts with poppler. */
function poppler(pdf: Buffer, name: string) {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${name}.pdf`);
  writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', '24', '-png', '-singlefile', file, join(OUT, name)]);
  return {
    png: readFileSync(join(OUT, `${name}.png`)),
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }),
    fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
  };
}

test('SVG and PDF of a region in Chinese: text as text, the map as paths, the glyphs embedded', async ({
  page,
}) => {
  await openAtlas(page, '?region=rongchang&lang=zh');
  const svg = await exportedImage(page, { format: 'svg', width: 1920, height: 1080 });
  expect(svg.type).toBe('image/svg+xml');
  const parsed = svgTexts(svg.bytes);
  expect(parsed.size).toEqual(['1920', '1080']);
  expect(parsed.images).toBe(0);
  expect(parsed.paths).toBeGreaterThan(40);
  for (const s of ['区域协作地图', '荣昌区', '图例', '重庆', '成都市'])
    expect(parsed.texts).toContain(s);
  expect(parsed.texts.some((t) => t.startsWith('来源：'))).toBe(true);
  expect(parsed.texts.some((t) => t.includes('审图号'))).toBe(true);

  // Transparent: no slide background and no sea, as in the PNG.
  const clear = (await exportedImage(page, { format: 'svg', transparent: true })).bytes.toString(
    'utf8',
  );
  expect(svg.bytes.toString('utf8')).toContain('id="atlas-background"');
  expect(clear).not.toContain('id="atlas-background"');
  expect(clear).not.toMatch(/<g id="atlas-map-picture"><rect/);
  expect(svg.bytes.toString('utf8')).toMatch(/<g id="atlas-map-picture"><rect/);

  const pdf = await exportedImage(page, { format: 'pdf', width: 1920, height: 1080 });
  expect(pdf.type).toBe('application/pdf');
  const { png, text, fonts } = poppler(pdf.bytes, 'rongchang-zh');
  expect(distinctColours(png)).toBeGreaterThan(50);
  for (const s of ['区域协作地图', '荣昌区', '图例', '重庆', '成都市', '审图号'])
    expect(text).toContain(s);
  // Noto Sans SC, embedded ("emb"), as a subset ("sub"), mapped to Unicode ("uni").
  expect(fonts).toMatch(
    /[A-Z]{6}\+NotoSansSC\S*-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/,
  );
  expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC\S*-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/);
});

test('SVG and PDF of a pair in English on the dark theme, and the dialog downloads both', async ({
  page,
}) => {
  await openAtlas(page, '?pair=sichuan~zhejiang&lang=en&theme=dark');
  const svg = svgTexts((await exportedImage(page, { format: 'svg' })).bytes);
  for (const s of ['Cooperation Atlas', 'Sichuan — Zhejiang', 'Legend', 'Zhejiang', 'Chengdu']) {
    expect(svg.texts).toContain(s);
  }
  const { text } = poppler((await exportedImage(page, { format: 'pdf' })).bytes, 'pair-en-dark');
  for (const s of ['Sichuan — Zhejiang', 'Legend', 'Chengdu', 'Map approval no.']) {
    expect(text).toContain(s);
  }

  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the current view' });
  for (const [button, name] of [
    ['SVG 1920×1080', 'cooperation-atlas_sichuan-zhejiang_1920x1080.svg'],
    ['PDF 1920×1080', 'cooperation-atlas_sichuan-zhejiang_1920x1080.pdf'],
  ] as const) {
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await dialog.getByRole('button', { name: button, exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(name);
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe(name.endsWith('.pdf') ? '%PDF-' : '<?xml');
    await expect(dialog.getByRole('status')).toContainText(`${name} is ready`);
  }
});

test('an unknown format is refused, naming the ones there are', async ({ page }) => {
  await openAtlas(page, '?lang=en');
  await expect(
    page.evaluate(() => window.atlas?.exportImage({ format: 'eps' } as never)),
  ).rejects.toThrow(/format must be one of png, svg, pdf/);
});

test('without WebGL, the PNG and the SVG still have the map, drawn by the SVG map', async ({
  playwright,
  baseURL,
}) => {
  const browser = await playwright.chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS_NO_WEBGL],
  });
  try {
    const page = await browser.newPage({ baseURL, viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await openAtlas(page, '?region=rongchang&lang=zh');
    await expect(page.locator('.svgmap svg')).toBeVisible();
    const png = await exportedImage(page, { format: 'png', width: 1280, height: 720 });
    expect(png.type).toBe('image/png');
    // The middle of the slide is map (land, sea, links), not the bare background.
    expect(mostCommonShare(PNG.sync.read(png.bytes), 0.3, 0.3, 0.7, 0.7)).toBeLessThan(0.6);
    const svg = svgTexts((await exportedImage(page, { format: 'svg' })).bytes);
    expect(svg.paths).toBeGreaterThan(40);
    expect(svg.texts).toContain('重庆');
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
