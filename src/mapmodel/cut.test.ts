import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../domain/filters';
import { selectView } from '../domain/select';
import { geoEvent, geoIndex } from '../testing/geoFixtures';
import { projectionFor, type Camera } from './camera';
import { chooseCut, flowsInView } from './cut';
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

function inputAt(camera: Camera, budget = 150, only = links) {
  const projection = projectionFor(camera, size);
  return {
    index,
    links: only,
    project: (p: readonly [number, number]) => projection([p[0], p[1]]),
    size,
    budget,
  };
}

function cutAt(camera: Camera, budget = 150) {
  return chooseCut(inputAt(camera, budget));
}

/** Flows with an end on screen, counted here from the projected ends. */
function endsOnScreen(camera: Camera, cut: ReadonlySet<string>): number {
  const projection = projectionFor(camera, size);
  const shown = (id: string) => {
    const point = index.regionById.get(id)?.point;
    const xy = point ? projection([point[0], point[1]]) : null;
    return !!xy && xy[0] >= 0 && xy[1] >= 0 && xy[0] <= size.width && xy[1] <= size.height;
  };
  return groupLinks(index, links, cut).flows.filter((f) => shown(f.a.id) || shown(f.b.id)).length;
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

  it('never opens places into more flows on screen than the budget allows', () => {
    // Zoom 6: Sichuan's places can be told apart but spread over less than half the view.
    const camera = { center: [105, 30.3] as const, zoom: 6 };
    const merged = endsOnScreen(camera, new Set());
    let opened = false;
    for (const budget of [1, 2, 3, 150]) {
      const cut = cutAt(camera, budget);
      opened ||= cut.has('sichuan');
      expect(endsOnScreen(camera, cut)).toBeLessThanOrEqual(Math.max(budget, merged));
    }
    expect(opened).toBe(true);
  });

  it('opens a place that fills the view beyond the budget: the layout then counts what it cannot draw', () => {
    // Zoom 7: Sichuan's places spread over more than half the view's width and height.
    const camera = { center: [105, 30.3] as const, zoom: 7 };
    const cut = cutAt(camera, 1);
    expect(cut.has('sichuan')).toBe(true);
    expect(endsOnScreen(camera, cut)).toBeGreaterThan(1);
    // Zoomed out to zoom 6 the same budget keeps it merged.
    expect(cutAt({ ...camera, zoom: 6 }, 1).has('sichuan')).toBe(false);
  });

  it('counts only the flows on screen: busy places elsewhere do not keep the view merged', () => {
    // Links far away (in the east, off screen when zoomed on Sichuan) fill the budget for
    // the whole atlas; zoomed on Sichuan and Chongqing, their places still open.
    const far = geoIndex([
      ...EVENTS,
      geoEvent(['zhejiang', 'jiangxi']),
      geoEvent(['zhejiang', 'hunan']),
      geoEvent(['hangzhou', 'changsha']),
    ]);
    const farLinks = selectView(far, NO_FILTERS).links;
    const camera = { center: [105, 30.3] as const, zoom: 7 };
    const budget = 6;
    const input = { ...inputAt(camera, budget, farLinks), index: far };
    const cut = chooseCut(input);
    expect(cut.has('sichuan')).toBe(true);
    expect(cut.has('chongqing')).toBe(true);
    // More flows than the budget in the whole atlas, within it on screen.
    expect(groupLinks(far, farLinks, cut).flows.length).toBeGreaterThan(budget);
    expect(flowsInView(input, cut)).toBeLessThanOrEqual(budget);
  });

  it('counts only the flows with an end in view: flows passing over it do not keep it merged', () => {
    // Zoomed on Jiangxi and Hunan, the lines between Sichuan and Zhejiang cross the view.
    const passing = geoIndex([
      geoEvent(['chengdu', 'hangzhou']),
      geoEvent(['jiangbei', 'huzhou']),
      geoEvent(['shangli', 'liuyang']),
      geoEvent(['pingxiang', 'changsha']),
      geoEvent(['shangli', 'changsha']),
    ]);
    const camera = { center: [113, 28.4] as const, zoom: 7 };
    const input = { ...inputAt(camera, 3, selectView(passing, NO_FILTERS).links), index: passing };
    const cut = chooseCut(input);
    // Opened down to the cities, the three links are three flows: with the two lines across
    // the view counted too, that would be five, over the budget of three.
    for (const place of ['jiangxi', 'hunan', 'pingxiang', 'changsha']) {
      expect(cut.has(place)).toBe(true);
    }
    expect(flowsInView(input, cut)).toBe(3);
  });

  it('is deterministic', () => {
    const camera = { center: [110, 30] as const, zoom: 5 };
    expect([...cutAt(camera)].sort()).toEqual([...cutAt(camera)].sort());
  });
});
