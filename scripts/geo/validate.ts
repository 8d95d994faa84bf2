/**
 * Checking the gazetteer against the boundary dataset: codes exist at the right level,
 * names agree, parents are real ancestors (GB/T 2260 prefixes), every province is listed.
 */
import type { Level, RegionSource } from '../../src/domain/schema';
import type { TiandituLevel } from './tianditu';

/** The dataset's units by level: code → full Chinese name. */
export type DatasetNames = Record<TiandituLevel, ReadonlyMap<string, string>>;

/** The Tianditu file level that holds each gazetteer level. */
export const LEVEL_FILE: Record<Level, TiandituLevel> = { province: 1, prefecture: 2, county: 3 };
const LEVEL_RANK: Record<Level, number> = { province: 0, prefecture: 1, county: 2 };

/** The province code of a code: `500153` → `500000`. */
export const provinceCode = (code: string) => `${code.slice(0, 2)}0000`;
/** The prefecture code of a code: `510131` → `510100`. */
export const prefectureCode = (code: string) => `${code.slice(0, 4)}00`;

/**
 * The codes a region's parent may have. A prefecture's parent is its province. A county's
 * parent is its prefecture, or its province when the dataset has no prefecture with that
 * prefix (municipal districts such as Chongqing's 5001xx/5002xx, province-administered
 * counties 9xxx): GB/T 2260's municipality quirk.
 */
export function allowedParentCodes(code: string, level: Level, dataset: DatasetNames): string[] {
  if (level === 'province') return [];
  if (level === 'prefecture') return [provinceCode(code)];
  const prefecture = prefectureCode(code);
  return dataset[2].has(prefecture) ? [prefecture] : [provinceCode(code)];
}

/** Every problem found, each naming the file, the region and the field; empty when valid. */
export function validateGazetteer(
  regions: RegionSource[],
  dataset: DatasetNames,
  file = 'data/regions.yaml',
): string[] {
  const problems: string[] = [];
  const byId = new Map<string, RegionSource>();
  const byCode = new Map<string, RegionSource>();
  const say = (r: RegionSource, field: string, msg: string) =>
    problems.push(`${file}: region "${r.id}", field ${field}: ${msg}`);

  for (const r of regions) {
    if (byId.has(r.id)) say(r, 'id', 'is used by another region');
    if (byCode.has(r.code))
      say(r, 'code', `${r.code} is also the code of "${byCode.get(r.code)?.id}"`);
    byId.set(r.id, r);
    byCode.set(r.code, r);
  }

  for (const r of regions) {
    const level = LEVEL_FILE[r.level];
    const name = dataset[level].get(r.code);
    if (name === undefined) {
      const other = ([1, 2, 3] as const).find((l) => dataset[l].has(r.code));
      say(
        r,
        'code',
        `${r.code} is not a level-${level} (${r.level}) unit of the boundary dataset` +
          (other
            ? `; it is a level-${other} unit (${dataset[other].get(r.code)}): check level`
            : ''),
      );
    } else if (name !== r.name.zh) {
      say(r, 'name.zh', `"${r.name.zh}" but the dataset names ${r.code} "${name}"`);
    }
    checkParent(r, byId, dataset, say);
  }

  for (const [code, name] of dataset[1]) {
    if (!byCode.has(code)) {
      problems.push(`${file}: the provincial-level division ${code} ${name} has no region; add it`);
    }
  }
  return problems;
}

function checkParent(
  r: RegionSource,
  byId: ReadonlyMap<string, RegionSource>,
  dataset: DatasetNames,
  say: (r: RegionSource, field: string, msg: string) => void,
): void {
  if (r.level === 'province') {
    if (r.parent !== null) say(r, 'parent', 'a province has no parent: use null');
    return;
  }
  if (r.parent === null) {
    say(r, 'parent', `a ${r.level} needs a parent`);
    return;
  }
  const parent = byId.get(r.parent);
  if (!parent) {
    say(r, 'parent', `"${r.parent}" is not a region of the gazetteer`);
    return;
  }
  if (LEVEL_RANK[parent.level] >= LEVEL_RANK[r.level]) {
    say(r, 'parent', `"${parent.id}" is a ${parent.level}, not above a ${r.level}`);
    return;
  }
  const allowed = allowedParentCodes(r.code, r.level, dataset);
  if (!allowed.includes(parent.code)) {
    say(
      r,
      'parent',
      `"${parent.id}" (${parent.code}) is not the parent of ${r.code}; expected the region with code ${allowed.join(' or ')}`,
    );
  }
}
