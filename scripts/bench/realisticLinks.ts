/**
 * The links of the realistic synthetic atlas, before any event is drawn: who cooperates
 * with whom, in which family (the province pair or scheme an article is about) and how
 * important the link is. Built from the pairing scheme (see `pairingScheme.ts`), the
 * regions' points (neighbours) and a seeded draw; the generator turns importance into a
 * long-tailed (Zipf) share of the events.
 */
import type { Region, RegionId } from '../../src/domain/schema';
import { distanceKm } from '../geo/geometry';
import {
  AID,
  MUNICIPALITIES,
  NAMED_NEIGHBOURS,
  NEIGHBOUR_KM,
  PAIRINGS,
  type ProvincePairing,
} from './pairingScheme';
import { gaussian, shuffle, type Rng } from './prng';
import { ancestorsOf } from './synthRecords';

/** Why two regions cooperate. */
export type LinkKind = 'pairing' | 'aid' | 'neighbour' | 'background';

/** One planned link; `a` supports `b` when the scheme says so. */
export interface PlannedLink {
  readonly a: RegionId;
  readonly b: RegionId;
  readonly kind: LinkKind;
  /** What an article about this link is about: the pairing, the aid scheme, the province pair. */
  readonly family: string;
  readonly importance: number;
}

/** Western counties linked to each paired city pair, and the chance of a county–county link too. */
const COUNTIES_PER_CITY_PAIR = 3;
const COUNTY_TWIN_CHANCE = 0.4;
/** Nearest neighbours of another province kept per city. */
const NEIGHBOURS_PER_CITY = 3;
/** Links between unrelated cities (trade fairs, chambers): the flat tail. */
const BACKGROUND_LINKS = 600;

/** Regions by id and by parent, and each region's province. */
class Gazetteer {
  readonly byId: ReadonlyMap<RegionId, Region>;
  private readonly children = new Map<RegionId, Region[]>();

  constructor(readonly regions: readonly Region[]) {
    this.byId = new Map(regions.map((r) => [r.id, r]));
    for (const r of regions) {
      if (r.parent) this.children.set(r.parent, [...(this.children.get(r.parent) ?? []), r]);
    }
  }

  childrenOf(id: RegionId, level: Region['level']): Region[] {
    return (this.children.get(id) ?? []).filter((r) => r.level === level);
  }

  /** Prefecture-level places of a province; a municipality's are its districts. */
  citiesOf(province: RegionId): Region[] {
    const level = MUNICIPALITIES.has(province) ? 'county' : 'prefecture';
    return this.childrenOf(province, level);
  }

  provinceOf(id: RegionId): RegionId {
    const r = this.byId.get(id);
    if (!r?.parent) return id;
    return this.provinceOf(r.parent);
  }
}

/** Collects links once per unordered pair, keeping the first (most important) family. */
class LinkSet {
  readonly links: PlannedLink[] = [];
  private readonly keys = new Set<string>();

  constructor(private readonly g: Gazetteer) {}

  add(
    a: RegionId | undefined,
    b: RegionId | undefined,
    kind: LinkKind,
    family: string,
    importance: number,
  ) {
    if (!a || !b || a === b || !this.g.byId.has(a) || !this.g.byId.has(b)) return;
    if (ancestorsOf(this.g.byId, a).has(b) || ancestorsOf(this.g.byId, b).has(a)) return;
    const key = [a, b].sort().join('~');
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.links.push({ a, b, kind, family, importance });
  }
}

function addPairing(rng: Rng, g: Gazetteer, set: LinkSet, p: ProvincePairing): void {
  const family = `${p.east}~${p.west}`;
  set.add(p.east, p.west, 'pairing', family, 100);
  const east = shuffle(rng, g.citiesOf(p.east));
  const west = shuffle(
    rng,
    p.cities ? p.cities.flatMap((id) => g.byId.get(id) ?? []) : g.citiesOf(p.west),
  );
  if (east.length === 0) return;
  west.forEach((w, i) => {
    const e = east[i % east.length];
    if (!e) return;
    set.add(e.id, w.id, 'pairing', family, 25);
    if (rng.next() < 0.3) set.add(p.east, w.id, 'pairing', family, 8);
    const counties = rng.sample(g.childrenOf(w.id, 'county'), COUNTIES_PER_CITY_PAIR);
    const eastCounties = g.childrenOf(e.id, 'county');
    for (const c of counties) {
      set.add(e.id, c.id, 'pairing', family, 3);
      if (eastCounties.length > 0 && rng.next() < COUNTY_TWIN_CHANCE) {
        set.add(rng.pick(eastCounties).id, c.id, 'pairing', family, 2);
      }
    }
  });
}

function addAid(rng: Rng, g: Gazetteer, set: LinkSet): void {
  for (const { east, west } of AID) {
    const family = `aid:${east}~${g.provinceOf(west)}`;
    set.add(east, west, 'aid', family, 25);
    const cities = g.citiesOf(east);
    for (const c of rng.sample(g.childrenOf(west, 'county'), COUNTIES_PER_CITY_PAIR)) {
      if (cities.length > 0) set.add(rng.pick(cities).id, c.id, 'aid', family, 3);
    }
  }
}

function addNeighbours(g: Gazetteer, set: LinkSet): void {
  for (const [a, b] of NAMED_NEIGHBOURS) {
    set.add(a, b, 'neighbour', [g.provinceOf(a), g.provinceOf(b)].sort().join('~'), 60);
  }
  const provinces = g.regions.filter((r) => r.level === 'province').map((r) => r.id);
  const cities = provinces.flatMap((p) => g.citiesOf(p).map((c) => ({ c, p })));
  for (const { c, p } of cities) {
    const near = cities
      .filter((o) => o.p !== p)
      .map((o) => ({ o, km: distanceKm(c.point, o.c.point) }))
      .filter((x) => x.km <= NEIGHBOUR_KM)
      .sort((x, y) => x.km - y.km || x.o.c.id.localeCompare(y.o.c.id))
      .slice(0, NEIGHBOURS_PER_CITY);
    for (const { o, km } of near) {
      set.add(
        c.id,
        o.c.id,
        'neighbour',
        [p, o.p].sort().join('~'),
        2 + 12 * (1 - km / NEIGHBOUR_KM),
      );
    }
  }
}

function addBackground(rng: Rng, g: Gazetteer, set: LinkSet): void {
  const prefectures = g.regions.filter((r) => r.level === 'prefecture');
  if (prefectures.length < 2) return;
  const target = set.links.length + BACKGROUND_LINKS;
  for (let tries = 0; tries < BACKGROUND_LINKS * 3 && set.links.length < target; tries++) {
    const [a, b] = rng.sample(prefectures, 2);
    if (!a || !b || g.provinceOf(a.id) === g.provinceOf(b.id)) continue;
    set.add(a.id, b.id, 'background', [a.id, b.id].sort().join('~'), 1);
  }
}

/**
 * Every link of the realistic atlas over `regions` (the gazetteer with its county pool),
 * ordered by seeded rank: importance times a log-normal factor, most important first.
 */
export function planLinks(rng: Rng, regions: readonly Region[]): PlannedLink[] {
  const g = new Gazetteer(regions);
  const set = new LinkSet(g);
  for (const p of PAIRINGS) addPairing(rng, g, set, p);
  addAid(rng, g, set);
  addNeighbours(g, set);
  addBackground(rng, g, set);
  const scored = set.links.map((link) => ({
    link,
    score: link.importance * Math.exp(0.5 * gaussian(rng)),
  }));
  return scored.sort((x, y) => y.score - x.score).map((x) => x.link);
}
