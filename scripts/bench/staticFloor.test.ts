import { describe, expect, it } from 'vitest';
import { staticFloorPage } from './staticFloor';

const page = `<html class="atlas-ff"><head>
    <link rel="preload" href="data/atlas.json" as="fetch" crossorigin="anonymous" />
    <link
      rel="preload"
      href="fonts/atlas-labels.woff2"
      as="font"
      type="font/woff2"
      crossorigin="anonymous"
    />
    <script type="module" crossorigin src="./assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/runtime-2.js">
    <link rel="stylesheet" crossorigin href="./assets/index-3.css">
    <style>#atlas-first-frame { position: fixed; }</style>
    <script>document.documentElement.lang = 'zh-Hans';</script>
  </head><body><div id="atlas-first-frame"><svg></svg></div><div id="root"></div></body></html>`;

describe('the static floor page', () => {
  it('keeps the baked map, its styles, head script and font, and drops the app and its data', () => {
    const floor = staticFloorPage(page);
    expect(floor).not.toContain('index-1.js');
    expect(floor).not.toContain('modulepreload');
    expect(floor).not.toContain('atlas.json');
    for (const kept of ['atlas-labels.woff2', 'index-3.css', '<style>', '<script>', '<svg>']) {
      expect(floor).toContain(kept);
    }
  });
});
