import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/filters';
import { selectView } from '../domain/select';
import { geoEvent, geoIndex } from '../testing/geoFixtures';
import { projectionFor, type Camera } from './camera';
import { chooseCut } from './cut';
import { groupLinks } from './flows';

const EVENTS = [
  geoEvent(['zhejiang', 'sichuan']),
  geoEvent(['hangzhou', 'chengdu']),
  geoEvent(['huzhou', 'aba']),
  geoEvent(['chengdu', 'jiangbei']),
  geoEvent(['deyang', 'rongchang']),
  geoEvent(['pujiang', 'zigong']),
  geoEvent(['shangli', 'liuyang']),
];
const index = geoIndex(EVENTS);
const links = selectView(index, NO_FILTERS).links;
const size = { width: 900, height: 560 };

function cutAt(camera: Camera, budget = 150) {
  const projection = projectionFor(camera, size);
  return chooseCut({
    index,
    links,
    project: (p) => projection([p[0], p[1]]),
    size,
    apart: () => false,
    budget,
  });
}

describe('choosing what to open at a camera', () => {
  it('keeps provinces merged when their places would crowd each other', () => {
    const national = cutAt({ center: [105, 35], zoom: 2.2 });
    expect(national.has('sichuan')).toBe(false);
    expect(national.has('chongqing')).toBe(false);
  });

  it('opens Sichuan and Chongqing zoomed in on them, and their places get their own flows', () => {
    const cut = cutAt({ center: [105, 30.3], zoom: 7 });
    expect(cut.has('sichuan')).toBe(true);
    expect(cut.has('chongqing')).toBe(true);
    const ids = groupLinks(index, links, cut).flows.map((f) => f.id);
    expect(ids).toContain('chengdu~jiangbei');
    expect(ids).toContain('deyang~rongchang');
  });

  it('does not open places entirely out of view', () => {
    const cut = cutAt({ center: [105, 30.3], zoom: 7 });
    expect(cut.has('jiangxi')).toBe(false);
    expect(cut.has('hunan')).toBe(false);
  });

  it('never draws more flows than the budget allows', () => {
    for (const budget of [1, 2, 3, 150]) {
      const cut = cutAt({ center: [105, 30.3], zoom: 7 }, budget);
      const drawn = groupLinks(index, links, cut).flows.length;
      expect(drawn <= budget || cut.size === 0).toBe(true);
    }
  });

  it('is deterministic', () => {
    const camera = { center: [110, 30] as const, zoom: 5 };
    expect([...cutAt(camera)].sort()).toEqual([...cutAt(camera)].sort());
  });
});
