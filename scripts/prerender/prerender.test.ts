import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIRST_FRAME } from '../../src/svgmap/firstFrame';
import { deferAppLoad } from './deferApp';
import { geoRules } from './geoRules';
import { TEMPLATE_ATTRIBUTE } from './pictureScript';
import { coarsenPath } from './pathData';
import { withFirstFrame } from './plugin';
import { relativePolyline } from './relativePaths';
import { renderFirstFrame } from './render';

describe('path data', () => {
  it('rounds positions absolutely, so a border two shapes share stays one line', () => {
    // The same border walked from two starting points, in whole world units.
    const a = coarsenPath('M0,0l13,7l11,-2l9,9Z', 8, [-100, -100, 100, 100]);
    const b = coarsenPath('M24,5l9,9l-33,-14l13,7Z', 8, [-100, -100, 100, 100]);
    expect(a).toBe('M0 0l2 1 1 0 1 1Z');
    expect(b).toBe('M3 1l1 1-4-2 2 1Z');
  });

  it('leaves out what lies outside the kept box or shrinks to a point', () => {
    expect(coarsenPath('M500,500l10,0l0,10Z', 1, [0, 0, 100, 100])).toBe('');
    expect(coarsenPath('M0,0l1,0l0,1Z', 16, [0, 0, 100, 100])).toBe('');
  });

  it('writes a polyline relative with the same points', () => {
    expect(relativePolyline('M762.4,306L746.6,295.7L740,300')).toBe(
      'M762.4 306l-15.8-10.3-6.6 4.3',
    );
  });
});

describe('the first frame of the seed atlas', () => {
  const frame = renderFirstFrame('public');

  it('draws the default view at every size, with its links and labels', () => {
    expect(frame.pictures.length).toBeGreaterThanOrEqual(6);
    // In both languages the app opens in, each with its own names.
    const names = { zh: ['四川', '浙江', '重庆'], en: ['Sichuan', 'Zhejiang', 'Chongqing'] };
    for (const { variant, picture, lang } of frame.pictures) {
      expect(picture.labels, `${variant.size.window} ${lang}`).toEqual(
        expect.arrayContaining(names[lang]),
      );
      expect(picture.links.length, variant.size.window).toBeGreaterThan(5);
      // Its fingerprint, for the live map to keep it when it would draw the same.
      expect(frame.body).toContain(`data-key="${picture.key ?? 'none'}"`);
      // And the box its camera fits: the live map starts at its camera only when it fits the same.
      expect(frame.body).toMatch(/data-fit="[\d.]+,[\d.]+,[\d.]+,[\d.]+"/);
    }
    expect(new Set(frame.pictures.map((p) => p.picture.key)).size).toBe(frame.pictures.length);
    // Strokes in path units: the picture never moves, and `vector-effect` costs a layout.
    expect(frame.body).not.toContain('vector-effect');
  });

  it('draws the geography once, placed for each size by the rules, its looks the same at every size', () => {
    expect(frame.body.match(/class="ff-geo"/g)).toHaveLength(1);
    expect(frame.body).not.toContain('<use');
    for (const { variant } of frame.pictures) {
      // The bare and dark looks are written for one zoom: their paint must not vary between sizes.
      expect(geoRules('zh', variant.camera.zoom)).toBe(
        geoRules('zh', frame.pictures[0]?.variant.camera.zoom ?? 0),
      );
    }
    // One placement per size, whatever the language.
    expect(frame.style.match(/\.ff-geo > g \{ transform: matrix/g)).toHaveLength(
      new Set(frame.pictures.map((p) => p.variant.size.window)).size,
    );
  });

  it('lays out one overlay only: the Chinese 1280×720 one in its group, the others in templates', () => {
    const groups = [...frame.body.matchAll(/<g class="ff-v ff-v(\d) ff-v-(zh|en)"[^>]*>(<\/g>)?/g)];
    expect(groups).toHaveLength(frame.pictures.length);
    const own = frame.pictures.findIndex(
      (p) => p.lang === 'zh' && p.variant.size.window === '1280×720',
    );
    groups.forEach((g, i) => {
      // Empty groups close at once; the page's own holds its overlay.
      expect(g[0].endsWith('</g>'), `picture ${i}`).toBe(i !== own);
      const template = `<template ${TEMPLATE_ATTRIBUTE}="${i}"><svg>`;
      expect(frame.body.includes(template), `template ${i}`).toBe(i !== own);
    });
    // Each template holds its picture's links; without JavaScript the page's own is shown.
    const templates = frame.body.split(`<template ${TEMPLATE_ATTRIBUTE}=`).slice(1);
    for (const t of templates) expect(t.split('</template>')[0]).toContain('data-link=');
    const size = Number(groups[own]?.[1]);
    expect(frame.noScriptStyle).toContain(`.ff-v${size} { display: inline; }`);
    // A language's pictures show only where <html lang> is it.
    expect(frame.style).toContain(':root:not(:lang(en)) #atlas-first-frame .ff-v.ff-v-en');
  });

  it('stays within 120 kB gzip in the page', () => {
    const inline = frame.body + frame.style + frame.noScriptStyle + frame.script + frame.bodyScript;
    expect(gzipSync(inline).length).toBeLessThanOrEqual(120 * 1024);
  });

  it('goes into the page: the shell opens <body>, the head script and style close <head>', () => {
    const page = withFirstFrame(
      '<!doctype html><html lang="zh-Hans"><head><title>t</title></head><body><div id="root"></div></body></html>',
      frame,
    );
    expect(page).toContain(`<html lang="zh-Hans" class="${FIRST_FRAME.present}">`);
    expect(page.indexOf(`<script>${frame.script}</script>`)).toBeLessThan(page.indexOf('</head>'));
    expect(page.indexOf(`id="${FIRST_FRAME.id}"`)).toBeLessThan(page.indexOf('id="root"'));
    // The script that fills in the shown picture runs once the whole frame is parsed.
    const filler = page.indexOf(`<script>${frame.bodyScript}</script>`);
    expect(filler).toBeGreaterThan(page.indexOf('</aside>'));
    expect(filler).toBeLessThan(page.indexOf('id="root"'));
    expect(page.indexOf(`<noscript><style>${frame.noScriptStyle}`)).toBeLessThan(
      page.indexOf('</head>'),
    );
    // The page's policy forbids inline style attributes: the shell has none.
    expect(frame.body).not.toMatch(/\sstyle="/);
  });
});

describe('names in the baked map', () => {
  it('never carry markup into the page: the build refuses a label its font cannot draw, naming it', () => {
    // Labels are React text (escaped) in any case; a name with markup stops the build first.
    const dir = mkdtempSync(join(tmpdir(), 'first-frame-'));
    try {
      cpSync('public/data/boundaries-svg.json', join(dir, 'data/boundaries-svg.json'));
      cpSync('public/fonts/atlas-labels.woff2', join(dir, 'fonts/atlas-labels.woff2'));
      const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as {
        regions: { id: string; name: { zh: string }; shortNames: string[] }[];
      };
      const sichuan = atlas.regions.find((r) => r.id === 'sichuan');
      if (!sichuan) throw new Error('no Sichuan in the seed atlas');
      sichuan.name.zh = '<b onclick="x()">四川</b>省';
      sichuan.shortNames = ['<b onclick="x()">四川</b>', ...sichuan.shortNames.slice(1)];
      writeFileSync(join(dir, 'data/atlas.json'), JSON.stringify(atlas));
      expect(() => renderFirstFrame(dir)).toThrow(/no glyph for "<" \(in the label "<b onclick/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('loading the app after the first paint', () => {
  const page = `<html><head>
    <link rel="preload" href="data/atlas.json" as="fetch" crossorigin="anonymous" />
    <link rel="preload" href="fonts/atlas-labels.woff2" as="font" crossorigin="anonymous" />
    <script type="module" crossorigin src="./assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/runtime-2.js">
    <link rel="stylesheet" crossorigin href="./assets/index-3.css">
  </head><body></body></html>`;

  it('moves the module script, its preloads and the data preloads into an inline loader', () => {
    const out = deferAppLoad(page);
    expect(out).not.toMatch(/<script type="module"|rel="modulepreload"|as="fetch"/);
    const loader = /<script>([\s\S]*?)<\/script>/.exec(out)?.[1] ?? '';
    for (const url of ['./assets/index-1.js', './assets/runtime-2.js', 'data/atlas.json']) {
      expect(loader).toContain(url);
    }
    // The label font and the stylesheet stay: the baked map is drawn with them.
    expect(out).toContain('rel="preload" href="fonts/atlas-labels.woff2"');
    expect(out).toContain('rel="stylesheet"');
  });

  /** What the loader adds to `<head>` once the page has painted, on a page at `search`. */
  function added(search: string): string[] {
    const loader = /<script>([\s\S]*?)<\/script>/.exec(deferAppLoad(page))?.[1] ?? '';
    const heads: string[] = [];
    const document = {
      readyState: 'complete',
      createElement: (tag: string) => ({ tag }) as Record<string, string>,
      head: {
        appendChild: (e: Record<string, string>) =>
          heads.push(`${e.tag} ${e.rel ?? e.type} ${e.href ?? e.src}`),
      },
    };
    const run = (f: () => void) => f();
    new Function('document', 'location', 'requestAnimationFrame', 'setTimeout', loader)(
      document,
      { search },
      run,
      run,
    );
    return heads;
  }

  it("adds the code and data once, and no preload of the app's own atlas when the URL names another", () => {
    expect(added('?lang=en')).toEqual([
      'link preload data/atlas.json',
      'link modulepreload ./assets/runtime-2.js',
      'script module ./assets/index-1.js',
    ]);
    expect(added('?data=bench/realistic-atlas.json')).toEqual([
      'link modulepreload ./assets/runtime-2.js',
      'script module ./assets/index-1.js',
    ]);
  });

  it('refuses a page whose module script it cannot find', () => {
    expect(() => deferAppLoad('<html><head></head></html>')).toThrow(/one module script/);
  });
});
