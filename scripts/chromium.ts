/**
 * The system Chromium and the flags every tool here launches it with (end-to-end
 * tests, benchmark, snapshots), so they all measure and see the same browser.
 *
 * WebGL runs on SwiftShader (no GPU on these machines). Compositing stays in
 * software, as Chromium does on a machine whose GPU is missing or blocklisted:
 * composited through SwiftShader instead, every frame of the page costs about a
 * second of GPU-process time here and a page with a map takes 3× longer to load.
 *
 * Chromium 156 also starts a WebUI renderer for the omnibox popup in every new
 * window; on two cores its 1–2 s of CPU competes with the page under test (trace of
 * one cold atlas load: 2.0 s on "WebUI Top Renderer" next to 5.2 s on the page's
 * main thread). Switched off, the bare-MapLibre baseline loads in 2.4 s instead of
 * 3.0 s and the atlas in 5.1 s instead of 5.5 s (medians of 6 alternating runs).
 * Chromium merges this list with Playwright's own `--disable-features`.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-gpu-compositing',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

/** The same browser without WebGL (`--disable-webgl --disable-3d-apis`). */
export const CHROMIUM_ARGS_NO_WEBGL: readonly string[] = [
  ...CHROMIUM_ARGS,
  '--disable-webgl',
  '--disable-3d-apis',
];
