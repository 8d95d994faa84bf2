import { describe, expect, it } from 'vitest';
import { drawOverlays, layoutOverlays, type OverlayText } from './overlays';

/** A 2D context that measures text as 0.55 em per character and records what is written. */
function fakeContext() {
  const written: string[] = [];
  let size = 10;
  const ctx = {
    set font(value: string) {
      size = Number(/([\d.]+)px/.exec(value)?.[1] ?? 10);
    },
    measureText: (text: string) => ({ width: text.length * size * 0.55 }),
    fillText: (text: string) => written.push(text),
    save() {},
    restore() {},
    beginPath() {},
    roundRect() {},
    fill() {},
    fillRect() {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, written };
}

const colours = { paper: '#fff', ink: '#000', ink2: '#333', accent: '#b4401d', line: '#ccc' };

function text(title: string): OverlayText {
  return {
    eyebrow: 'Cooperation Atlas',
    title,
    summary: '2014–2024 · All sectors',
    legendTitle: 'Legend',
    legend: [],
    footer: ['Sources: …'],
  };
}

describe('export overlays', () => {
  it('draws a title that is the card’s widest line whole, at every slide size', () => {
    // Title lengths and sizes where the card's width, less its padding, came out a hair under the
    // title's width in floating point (1280×720: about one title length in twenty).
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
      [3840, 2160],
    ] as const) {
      for (let n = 12; n <= 40; n++) {
        const title = 'S'.repeat(n);
        const { ctx, written } = fakeContext();
        const layout = layoutOverlays(ctx, text(title), 'sans-serif', width, height);
        drawOverlays(ctx, layout, text(title), colours, 'sans-serif', width, height);
        expect(written).toContain(title);
      }
    }
  });

  it('shortens a title wider than the card allows (60% of the slide) with an ellipsis', () => {
    const title = 'W'.repeat(200);
    const { ctx, written } = fakeContext();
    const layout = layoutOverlays(ctx, text(title), 'sans-serif', 1280, 720);
    drawOverlays(ctx, layout, text(title), colours, 'sans-serif', 1280, 720);
    const drawn = written.find((t) => t.startsWith('WWW'));
    expect(drawn?.endsWith('…')).toBe(true);
    expect(drawn?.length ?? 200).toBeLessThan(200);
  });
});
