import { describe, expect, it } from 'vitest';
import { groupBox, type TextMark, type TextMeasure } from './marks';
import { layoutOverlays, type OverlayText } from './overlays';
import { mapFrame } from './scene';

/** Measures text as 0.55 em per character. */
const measure: TextMeasure = (text, size) => text.length * size * 0.55;

const colours = { paper: '#fff', ink: '#000', ink2: '#333', accent: '#b4401d', line: '#ccc' };
const INSET = { width: 120, height: 170, frame: '#9d968b' };

function text(title: string): OverlayText {
  return {
    eyebrow: 'Cooperation Atlas',
    title,
    summary: '2014–2024 · All sectors',
    legendTitle: 'Legend',
    legend: [
      { kind: 'line', label: 'Cooperation link', colour: '#e06a2c', widths: [2, 5] },
      { kind: 'point', label: 'Place', fill: '#1f4d48', stroke: '#fff', radii: [4, 8] },
    ],
    footer: ['Sources: …', 'Map: GS(2024)1234 · Data as of 2024-06-30'],
    insetCaption: 'South China Sea Islands',
  };
}

function texts(layout: ReturnType<typeof layoutOverlays>): TextMark[] {
  return [...layout.groups, layout.inset].flatMap((g) =>
    g.marks.filter((m): m is TextMark => m.kind === 'text'),
  );
}

describe('export overlays', () => {
  it('writes a title that is the card’s widest line whole, at every slide size', () => {
    // Title lengths and sizes where the card's width, less its padding, came out a hair under the
    // title's width in floating point (1280×720: about one title length in twenty).
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      for (let n = 12; n <= 40; n++) {
        const title = 'S'.repeat(n);
        const layout = layoutOverlays(text(title), colours, measure, width, height, INSET);
        expect(texts(layout).map((t) => t.text)).toContain(title);
      }
    }
  });

  it('shortens a title wider than the card allows (60% of the slide) with an ellipsis', () => {
    const title = 'W'.repeat(200);
    const layout = layoutOverlays(text(title), colours, measure, 1280, 720, INSET);
    const drawn = texts(layout).find((t) => t.text.startsWith('WWW'));
    expect(drawn?.text.endsWith('…')).toBe(true);
    expect(drawn?.text.length ?? 200).toBeLessThan(200);
    expect(measure(drawn?.text ?? '', drawn?.size ?? 0, 700)).toBeLessThanOrEqual(1280 * 0.6);
  });

  it('says everything once, in the page’s colours, with the map kept clear of the cards', () => {
    const layout = layoutOverlays(text('Rongchang'), colours, measure, 1920, 1080, INSET);
    const written = texts(layout);
    expect(written.map((t) => t.text)).toEqual([
      'Cooperation Atlas',
      'Rongchang',
      '2014–2024 · All sectors',
      'Legend',
      'Cooperation link',
      'Place',
      'Sources: …',
      'Map: GS(2024)1234 · Data as of 2024-06-30',
      'South China Sea Islands',
    ]);
    expect(written.find((t) => t.text === 'Rongchang')).toMatchObject({
      fill: '#000',
      weight: 700,
    });
    expect(written.find((t) => t.text === 'Cooperation Atlas')?.fill).toBe('#b4401d');
    const card = layout.groups[0]?.marks[0];
    expect(card?.kind).toBe('card');
    if (card?.kind === 'card') expect(layout.insets.top).toBe(card.box.y + card.box.h);
    // The inset sits above the footer, inside the slide's right margin.
    const picture = layout.inset.marks.find((m) => m.kind === 'picture');
    expect(picture?.kind === 'picture' && picture.box.x + picture.box.w).toBe(1920 - 36);
    expect(picture?.kind === 'picture' && picture.box.y + picture.box.h).toBeLessThan(
      1080 - layout.footerHeight,
    );
  });

  it('tells the map what the title card, legend and footer cover, in the map frame’s pixels', () => {
    const layout = layoutOverlays(text('Rongchang'), colours, measure, 1920, 1080, INSET);
    const frame = mapFrame({ width: 1920, height: 1080 }, layout);
    expect(frame.k).toBe(1.5);
    const inFrame = (x: number, y: number) =>
      frame.covered.some(([l, t, r, b]) => x >= l && x <= r && y >= t && y <= b);
    for (const group of layout.groups) {
      const box = groupBox(group);
      expect(box).not.toBeNull();
      const { x, y, w, h } = box ?? { x: 0, y: 0, w: 0, h: 0 };
      for (const [px, py] of [
        [x, y],
        [x + w, y + h],
      ] as const)
        expect(inFrame(px / frame.k, py / frame.k)).toBe(true);
    }
    // The middle of the map is free.
    expect(inFrame(frame.width / 2, frame.height / 2)).toBe(false);
  });

  it('scales with the slide: 3840×2160 is 1920×1080 at twice the size', () => {
    const small = layoutOverlays(text('Aba'), colours, measure, 1920, 1080, INSET);
    const big = layoutOverlays(text('Aba'), colours, measure, 3840, 2160, INSET);
    const [a, b] = [texts(small), texts(big)];
    a.forEach((t, i) => {
      expect(b[i]?.size).toBeCloseTo(t.size * 2);
      expect(b[i]?.x).toBeCloseTo(t.x * 2);
      expect(b[i]?.y).toBeCloseTo(t.y * 2);
    });
  });
});
