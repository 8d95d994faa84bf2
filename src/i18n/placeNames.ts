/** Places by name in a language: a region, or a merged flow's end ("all of Sichuan"). */
import type { AtlasIndex } from '../domain/atlasIndex';
import type { Lang } from '../domain/format';
import type { FlowEndRef } from '../domain/selection';
import { translate } from './messages';

/** The name of a region in a language, or its id when unknown. */
export function regionName(index: AtlasIndex, id: string, lang: Lang): string {
  return index.regionById.get(id)?.name[lang] ?? id;
}

/** A flow's end by name: the region's, or "all of Sichuan" for a region with everything in it. */
export function endName(index: AtlasIndex, end: FlowEndRef, lang: Lang): string {
  const name = regionName(index, end.id, lang);
  return end.deep ? translate(lang, 'flowEndDeep', { name }) : name;
}
