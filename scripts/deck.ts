/**
 * `npm run deck -- ['<query string>'] out.pptx [--story <id> | --events]
 * [--lang zh|en] [--aspect 16:9|4:3] [--width 1920]`: writes a PowerPoint deck
 * of a curated story (`data/stories/<id>.yaml`), of every event in date order,
 * or of the view of the query string (no story), in headless Chromium through
 * `window.atlas.exportDeck` (the Export dialog's code path). The query takes
 * the same view parameters as `npm run snapshot` and the address bar (filters,
 * selection, `lang`, `theme`). The same data gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { parseDeckArgs } from './snapshot/args';
import { exportFromPage, withAtlasPage } from './snapshot/page';

async function main(): Promise<void> {
  const args = parseDeckArgs(process.argv.slice(2));
  const pptx = await withAtlasPage(args.dist, args.query, (page) =>
    exportFromPage(page, { kind: 'deck', options: args.options }),
  );
  writeFileSync(args.out, pptx);
  console.log(`${args.out}: ${(pptx.length / 1e6).toFixed(1)} MB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
