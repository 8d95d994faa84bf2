/**
 * `npm run snapshot -- '<query string>' out.png|out.svg|out.pdf [--format png|svg|pdf]
 * [--width 1920] [--height 1080] [--pixel-ratio 1] [--transparent]`: renders any
 * view of the atlas to a PNG, SVG or PDF in headless Chromium, through
 * `window.atlas.exportImage` (the Export button's code path), so a briefing's
 * slides and print files can be produced in batch. Builds `dist/`
 * when it is missing or older than the sources, and serves it with `vite
 * preview` on a free local port.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { buildIsStale, freePort, parseSnapshotArgs } from './snapshot/args';

async function main(): Promise<void> {
  const args = parseSnapshotArgs(process.argv.slice(2));
  if (buildIsStale(process.cwd(), args.dist)) {
    console.log(`building ${args.dist}/ …`);
    await build({ logLevel: 'warn', build: { outDir: args.dist } });
  }
  const port = await freePort();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir: args.dist },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    const query = args.query === '' || args.query.startsWith('?') ? args.query : `?${args.query}`;
    await page.goto(`http://127.0.0.1:${port}/${query}`, { timeout: 120_000 });
    await page.waitForFunction(() => window.atlas !== undefined, null, { timeout: 120_000 });
    await page.evaluate(() => window.atlas?.ready);
    const base64 = await page.evaluate(async (options) => {
      const api = window.atlas;
      if (!api) throw new Error('window.atlas is missing');
      const bytes = new Uint8Array(await (await api.exportImage(options)).arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) {
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      }
      return btoa(text);
    }, args.options);
    const file = Buffer.from(base64, 'base64');
    writeFileSync(args.out, file);
    const { format = 'png', width = 1920, height = 1080 } = args.options;
    const ratio = format === 'png' ? (args.options.pixelRatio ?? 1) : 1;
    console.log(
      `${args.out}: ${Math.round(width * ratio)}×${Math.round(height * ratio)} ${format.toUpperCase()}, ${(file.length / 1024).toFixed(0)} KB`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
