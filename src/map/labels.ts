/** The text every map label can show, so the label font is loaded for all of it up front. */
import type { AtlasIndex } from '../domain/atlasIndex';
import { labelNames } from '../domain/mapFeatures';

/** Every label string of the atlas in both languages. */
export function allLabelTexts(index: AtlasIndex): string[] {
  return index.atlas.regions.flatMap((r) => {
    const { zh, en } = labelNames(r);
    return [zh, en];
  });
}
