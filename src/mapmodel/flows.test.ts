import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/filters';
import { selectView } from '../domain/select';
import { geoEvent, geoIndex } from '../testing/geoFixtures';
import { byStrength, endOf, flowKey, groupLinks, parentRegions } from './flows';

const EVENTS = [
  geoEvent(['zhejiang', 'sichuan'], '2016-08', { direction: { from: 'zhejiang', to: 'sichuan' } }),
  geoEvent(['hangzhou', 'chengdu'], '2019', { direction: { from: 'hangzhou', to: 'chengdu' } }),
  geoEvent(['huzhou', 'aba'], '2020', { direction: { from: 'huzhou', to: 'aba' } }),
  geoEvent(['chengdu', 'jiangbei', 'rongchang'], '2021-03'),
  geoEvent(['deyang', 'jiangbei'], '2021-04'),
  geoEvent(['pujiang', 'zigong'], '2022'),
  geoEvent(['shangli', 'liuyang'], '2019-11'),
  geoEvent(['pingxiang', 'changsha'], '2020'),
];

const index = geoIndex(EVENTS);
const links = selectView(index, NO_FILTERS).links;
const cuts = [
  new Set<string>(),
  new Set(['sichuan']),
  new Set(['sichuan', 'chengdu', 'zhejiang']),
  new Set(parentRegions(index)),
];

describe('grouping links into flows', () => {
  it('counts every link exactly once at every level, in a flow or inside a merged place', () => {
    for (const cut of cuts) {
      const { flows, inner } = groupLinks(index, links, cut);
      const held = [...flows.flatMap((f) => f.links), ...[...inner.values()].flat()];
      expect(held.map((l) => l.id).sort()).toEqual(links.map((l) => l.id).sort());
    }
  });

  it('merges to provinces when nothing is opened, and sums what it merges', () => {
    const { flows, inner } = groupLinks(index, links, new Set());
    const ids = flows.map((f) => f.id).sort();
    expect(ids).toEqual(['chongqing*~sichuan*', 'hunan*~jiangxi*', 'sichuan*~zhejiang*']);
    const east = flows.find((f) => f.id === 'sichuan*~zhejiang*');
    // Three links (province, city and prefecture pairs), three distinct events.
    expect(east?.links).toHaveLength(3);
    expect(east?.events).toBe(3);
    expect(east?.years).toEqual([2016, 2020]);
    // Chengdu–Jiangbei–Rongchang is one event in two of these links: counted once.
    const west = flows.find((f) => f.id === 'chongqing*~sichuan*');
    expect(west?.links.map((l) => l.id).sort()).toEqual([
      'chengdu~jiangbei',
      'chengdu~rongchang',
      'deyang~jiangbei',
    ]);
    expect(west?.events).toBe(2);
    // Pujiang and Zigong are both in Sichuan: their link is inside the merged province.
    expect(inner.get('sichuan*')?.map((l) => l.id)).toEqual(['pujiang~zigong']);
  });

  it('keeps one direction when every merged link points the same way', () => {
    const east = groupLinks(index, links, new Set()).flows.find(
      (f) => f.id === 'sichuan*~zhejiang*',
    );
    expect(east?.direction).toEqual({ from: 'zhejiang', to: 'sichuan' });
    const west = groupLinks(index, links, new Set()).flows.find(
      (f) => f.id === 'chongqing*~sichuan*',
    );
    expect(west?.direction).toBeNull();
  });

  it('gives a fully opened link the id of the link itself, stable across zooms', () => {
    const open = new Set(parentRegions(index));
    const flows = groupLinks(index, links, open).flows;
    expect(flows.map((f) => f.id).sort()).toEqual(links.map((l) => l.id).sort());
    // The same two ends make the same id, whatever else the cut opens.
    const a = endOf(index, new Set(), 'hangzhou');
    const b = endOf(index, new Set(['zhejiang']), 'chengdu');
    expect(flowKey(a, b)).toBe(flowKey(b, a));
    expect(flowKey(a, b)).toBe('sichuan*~zhejiang*');
  });

  it('keeps the links a selection shows apart at full detail', () => {
    const apart = (l: { a: string; b: string }) => l.a === 'aba' || l.b === 'aba';
    const { flows } = groupLinks(index, links, new Set(), apart);
    expect(flows.map((f) => f.id)).toContain('aba~huzhou');
    const east = flows.find((f) => f.id === 'sichuan*~zhejiang*');
    expect(east?.links.map((l) => l.id)).not.toContain('aba~huzhou');
  });

  it('orders by strength: events, then links, then id', () => {
    const flows = [...groupLinks(index, links, new Set()).flows].sort(byStrength);
    expect(flows.map((f) => f.events)).toEqual(
      [...flows.map((f) => f.events)].sort((x, y) => y - x),
    );
  });
});
