/**
 * `npm run snapshot -- ['<query string>'] out.png|out.svg|out.pdf [--format png|svg|pdf]
 * [--width 1920] [--height 1080] [--pixel-ratio 1] [--transparent]`: renders any view of
 * the atlas to a PNG, SVG or PDF in headless Chromium, through `window.atlas.exportImage`
 * (the Export button's code path), so a briefing's slides and print files can be produced
 * in batch. Builds `dist/`
 * when it is missing or older than the sources, and serves it with `vite
 * preview` on a free local port.
 */
import { writeFileSync } from 'node:fs';
import { parseSnapshotArgs } from './snapshot/args';
import { exportFromPage, withAtlasPage } from './snapshot/page';

async function main(): Promise<void> {
  const args = parseSnapshotArgs(process.argv.slice(2));
  const file = await withAtlasPage(args.dist, args.query, (page) =>
    exportFromPage(page, { kind: 'image', options: args.options }),
  );
  writeFileSync(args.out, file);
  const { format = 'png', width = 1920, height = 1080 } = args.options;
  const ratio = format === 'png' ? (args.options.pixelRatio ?? 1) : 1;
  console.log(
    `${args.out}: ${Math.round(width * ratio)}×${Math.round(height * ratio)} ${format.toUpperCase()}, ${(file.length / 1024).toFixed(0)} KB`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
