import { describe, expect, it } from 'vitest';
import type { DeckFigures } from './deck';
import type { InteractionFigures } from './interaction';
import type { LoadFigures } from './load';
import { formatMarkdown, formatTable, type BenchResults } from './report';
import { reportRows } from './reportRows';

const summary = (p50: number, p95: number) => ({ n: 10, p50, p95, max: p95 });

function load(ratio: number, floorMs: number | null): LoadFigures {
  return {
    atlasMs: 2000 * ratio,
    baselineMs: 2000,
    ratio,
    atlasP95: 2100 * ratio,
    baselineP95: 2100,
    atlasCpuMs: 900,
    baselineCpuMs: 300,
    floorMs,
    floorP95: floorMs,
    floorCpuMs: floorMs === null ? null : 400,
    ratioToFloor: floorMs === null ? null : Math.round(((2000 * ratio) / floorMs) * 100) / 100,
    runs: 1,
    samples: { atlas: [2000 * ratio], baseline: [2000], floor: floorMs === null ? [] : [floorMs] },
  };
}

function interaction(p95: number, wallP95: number): InteractionFigures {
  return {
    p50: p95 / 2,
    p95,
    filters: summary(p95 / 2, p95),
    selections: summary(p95 / 2, p95),
    task: summary(p95, p95),
    wall: summary(wallP95 / 2, wallP95),
    longTasks: { over100ms: 0, maxMs: 0 },
    settledBy: 'window.atlas.idle()',
  };
}

const legible = (flowsDrawn: number, labelOverlaps: number) => ({
  flowsDrawn,
  flowsSummarised: 40,
  labels: 30,
  labelOverlaps,
});

const deck = (ms: number, bytes: number): DeckFigures => ({
  story: 'decade-of-cooperation',
  steps: 10,
  ms,
  firstMs: ms + 2000,
  cpuMs: ms / 2,
  bytes,
  sameBytes: true,
  pngMs: 600,
  samples: { deck: [ms], png: [600] },
});

const draft = (p50: number, p95: number) => ({
  article: 'data/raw/x.txt',
  chars: 6000,
  shown: summary(p50, p95),
  samples: [p50, p95],
});

function results(over: Partial<BenchResults> = {}): BenchResults {
  return {
    meta: {},
    load: { seeds: load(1.5, 1800), synthetic: load(4, null), realistic: load(2.4, 3000) },
    interaction: {
      seeds: interaction(40, 300),
      synthetic: interaction(200, 900),
      realistic: interaction(45, 400),
    },
    handover: null,
    size: {
      appKbGzip: 149,
      maplibreKbGzip: 296,
      maplibreInitial: false,
      maplibreWorkerKbGzip: 148,
      lazyKbGzip: 50,
      cssKbGzip: 16,
      atlasJsonKbGzip: { seeds: 25, synthetic: 4000, realistic: 3900 },
      atlasJsonMb: { seeds: 0.2, synthetic: 28, realistic: 36 },
      method: 'test',
    },
    heap: { seedsMb: 11, syntheticMb: 81, realisticMb: 90 },
    legibility: { seeds: legible(20, 0), synthetic: legible(140, 0), realistic: legible(120, 0) },
    ingest: null,
    firstPaint: null,
    inlineMap: null,
    engineFloor: null,
    deck: null,
    draft: null,
    notes: [],
    ...over,
  };
}

const find = (r: BenchResults, what: string) => {
  const row = reportRows(r).find((x) => x.what === what);
  if (!row) throw new Error(`no row "${what}"`);
  return row;
};

describe('the report', () => {
  it('judges the realistic 10k atlas against issue 17’s targets', () => {
    const r = results();
    expect(find(r, 'load ratio atlas / bare engine')).toMatchObject({
      cells: { seeds: '1.5', synthetic: '4', realistic: '2.4' },
      ok: false,
    });
    expect(find(r, 'load ratio atlas / equal-content floor').cells).toEqual({
      seeds: '1.67',
      synthetic: '—',
      realistic: '1.6',
    });
    expect(find(r, 'interaction main-thread CPU p95 (ms)').ok).toBe(true);
    expect(find(r, 'interaction wall p95, realistic / seeds')).toMatchObject({
      cells: { seeds: '1.33' },
      ok: true,
    });
    expect(find(r, 'first view: flows drawn (summarised)')).toMatchObject({
      cells: { realistic: '120 (40)' },
      ok: true,
    });
    expect(find(r, 'first view: labels rendered / overlapping pairs').ok).toBe(true);
  });

  it('gives no verdict where a figure is missing', () => {
    const r = results({ legibility: { seeds: null, synthetic: null, realistic: null } });
    expect(find(r, 'first view: flows drawn (summarised)')).toMatchObject({
      cells: { seeds: '—', synthetic: '—', realistic: '—' },
      ok: null,
    });
    expect(find(r, 'first view: labels rendered / overlapping pairs').ok).toBeNull();
    expect(find(r, 'deck export (.pptx), median (ms)')).toMatchObject({
      cells: { seeds: '—' },
      ok: null,
    });
    expect(find(r, 'draft shown after a paste, median / p95 (ms)').ok).toBeNull();
    const overlapping = results({
      legibility: { seeds: legible(20, 0), synthetic: legible(140, 3), realistic: legible(120, 0) },
    });
    expect(find(overlapping, 'first view: labels rendered / overlapping pairs').ok).toBe(false);
  });

  it('judges the deck export against issue 18 and the draft against issue 19', () => {
    const r = results({ deck: deck(8200, 12_400_000), draft: draft(700, 1200) });
    expect(find(r, 'deck export (.pptx), 10 steps: median / first (ms)')).toMatchObject({
      cells: { seeds: '8200 / 10200' },
      target: '≤ 10 s (median)',
      ok: true,
    });
    expect(find(r, '  deck file (MB)')).toMatchObject({ cells: { seeds: '12.4' }, ok: true });
    expect(find(r, '  deck per step / one PNG 1920×1080 (ms)').cells.seeds).toBe('820 / 600');
    expect(find(r, 'draft shown after a paste, median / p95 (ms)')).toMatchObject({
      cells: { seeds: '700 / 1200' },
      ok: false,
    });
    const slow = results({ deck: deck(12_000, 16_000_000) });
    expect(find(slow, 'deck export (.pptx), 10 steps: median / first (ms)').ok).toBe(false);
    expect(find(slow, '  deck file (MB)').ok).toBe(false);
  });

  it('prints one column per data set, as text and as Markdown', () => {
    const text = formatTable(results({ deck: deck(8200, 12_400_000) }));
    expect(text.split('\n')[0]).toMatch(/measure.*seeds.*uniform 10k.*realistic 10k.*target/);
    expect(text).toMatch(
      /load ratio atlas \/ bare engine\s+│ 1\.5\s+│ 4\s+│ 2\.4\s+│ ≤ 2\.0 \(realistic\)\s+│ MISSED/,
    );
    expect(text).toMatch(/deck file \(MB\)\s+│ 12\.4\s+│\s+│\s+│ ≤ 15 MB\s+│ ok/);
    const markdown = formatMarkdown(results()).split('\n');
    expect(markdown[1]).toBe('|---|---|---|---|---|---|');
    expect(markdown.every((line) => line.split('|').length === 8)).toBe(true);
  });
});
