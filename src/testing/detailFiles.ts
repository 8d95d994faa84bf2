/** The three-article detail atlas compiled as `npm run data` writes it, two articles per detail file. */
import { compileAtlas } from '../../scripts/atlas/compile';
import type { OutputFile } from '../../scripts/atlas/types';
import { detailAtlas } from './fixtures';

export function detailAtlasFiles(): OutputFile[] {
  return compileAtlas(detailAtlas(), null, {
    corePath: 'data/atlas.json',
    detailDir: 'detail',
    textsDir: null,
    perFile: 2,
    pretty: false,
  });
}
