/**
 * The system Chromium and the flags every tool here launches it with (end-to-end
 * tests, benchmark, snapshots), so they all measure and see the same browser.
 *
 * WebGL runs on SwiftShader (no GPU on these machines). Compositing stays in
 * software, as Chromium does on a machine whose GPU is missing or blocklisted:
 * composited through SwiftShader instead, every frame of the page costs about a
 * second of GPU-process time here and a page with a map takes 3× longer to load.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-gpu-compositing',
];

/** The same browser without WebGL (`--disable-webgl --disable-3d-apis`). */
export const CHROMIUM_ARGS_NO_WEBGL: readonly string[] = [
  ...CHROMIUM_ARGS,
  '--disable-webgl',
  '--disable-3d-apis',
];
