import { describe, expect, it } from 'vitest';
import { fitCard, fitFooter, layoutMapSlide, SLIDE_SIZE, type Paragraph } from './layout';
import { layoutSources, MAX_SOURCE_PAGES } from './sourcesLayout';
import { testMeasure } from './testMeasure';
import type { CardText } from './text';

const card: CardText = {
  eyebrow: '框架协议 · 2014年4月',
  title: '共建赣湘开放合作试验区战略合作框架协议',
  caption: '2014 年 4 月，江西、湖南两省签署共建赣湘开放合作试验区的战略合作框架协议。',
  figure: { value: '30平方公里', label: '上栗产业园总面积 · 2016年' },
  source: '来源：中国江西网《赣湘两省携手深化区域合作》，2019年12月16日',
};
const height = (ps: readonly Paragraph[]) =>
  ps.reduce((h, p) => h + p.spaceBefore + p.lines * p.lineSpacing, 0) / 72;

describe('fitCard', () => {
  it('keeps full sizes when the text fits, with every field a paragraph', () => {
    const ps = fitCard(card, false, 4, 5, testMeasure);
    expect(ps.map((p) => p.text)).toEqual([
      card.eyebrow,
      card.title,
      card.caption,
      '30平方公里',
      '上栗产业园总面积 · 2016年',
      card.source,
    ]);
    expect(ps.map((p) => p.size)).toEqual([13, 26, 16, 30, 12, 10.5]);
  });

  it('shrinks a long caption until the card fits', () => {
    const long = { ...card, caption: card.caption.repeat(4) };
    const ps = fitCard(long, false, 4, 4, testMeasure);
    expect(height(ps)).toBeLessThanOrEqual(4);
    expect(ps[2]?.size).toBeLessThan(16);
    expect(ps[2]?.text).toBe(long.caption);
  });

  it('cuts a caption that cannot fit even small, ending it with an ellipsis', () => {
    const endless = { ...card, caption: card.caption.repeat(40) };
    const ps = fitCard(endless, false, 4, 4, testMeasure);
    expect(height(ps)).toBeLessThanOrEqual(4);
    expect(ps[2]?.text.endsWith('…')).toBe(true);
  });

  it('counts the lines English wraps to', () => {
    const en = { ...card, title: 'A decade of regional cooperation: the network in five reports' };
    const [, title] = fitCard(en, true, 3, 5, testMeasure);
    expect(title?.lines).toBeGreaterThan(1);
  });
});

describe('layoutMapSlide', () => {
  for (const aspect of ['16:9', '4:3'] as const) {
    it(`keeps the card, legend and footer on a ${aspect} slide, the card clear of the legend`, () => {
      const { w, h } = SLIDE_SIZE[aspect];
      const long = { ...card, caption: card.caption.repeat(8) };
      const layout = layoutMapSlide(aspect, long, false, 1.4, '边界：天地图 · 审图号', testMeasure);
      expect(layout.card.x + layout.card.w).toBeLessThan(w);
      expect(layout.card.y + layout.card.h).toBeLessThanOrEqual(layout.legend.y);
      expect(layout.legend.y + layout.legend.h).toBeLessThanOrEqual(layout.footer.y);
      expect(layout.footer.y + layout.footer.h).toBeCloseTo(h);
      expect(layout.insets.left).toBeGreaterThan(layout.card.x + layout.card.w);
    });
  }

  it('puts the title slide card at the bottom and frames the map above it', () => {
    const layout = layoutMapSlide('16:9', card, true, 0, 'footer', testMeasure);
    expect(layout.card.y + layout.card.h).toBeLessThanOrEqual(layout.footer.y);
    expect(layout.insets.bottom).toBeGreaterThan(7.5 - layout.card.y);
    expect(layout.insets.left).toBeLessThan(1);
  });
});

describe('fitFooter', () => {
  it('shrinks to fit one line, then takes two', () => {
    expect(fitFooter('4:3', 'short', testMeasure)).toEqual({ size: 9, h: 0.34 });
    const long = 'x'.repeat(200);
    expect(fitFooter('16:9', long, testMeasure).size).toBeLessThan(9);
    expect(fitFooter('4:3', long.repeat(2), testMeasure).h).toBeGreaterThan(0.34);
  });
});

describe('layoutSources', () => {
  const entries = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      line: `四川日报《报道 ${i + 1}》，2016年9月28日`,
      id: `a${i + 1}`,
    }));
  const slide = (n: number) => ({
    kind: 'sources' as const,
    title: '资料来源',
    intro: '',
    entries: entries(n),
  });

  it('numbers every article and names its id, in two columns at 16:9', () => {
    const [page] = layoutSources(slide(3), '16:9', 0.34, 'zh', testMeasure);
    const texts = page?.columns.flatMap((c) => c.paragraphs.map((p) => p.text));
    expect(texts).toEqual([
      '1. 四川日报《报道 1》，2016年9月28日',
      '文章编号：a1',
      '2. 四川日报《报道 2》，2016年9月28日',
      '文章编号：a2',
      '3. 四川日报《报道 3》，2016年9月28日',
      '文章编号：a3',
    ]);
  });

  it('continues on more slides, every column within its box', () => {
    const pages = layoutSources(slide(40), '4:3', 0.34, 'zh', testMeasure);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]?.title).toBe('资料来源 (2)');
    for (const page of pages)
      for (const column of page.columns)
        expect(height(column.paragraphs)).toBeLessThanOrEqual(column.box.h);
    const shown = pages.flatMap((p) => p.columns.flatMap((c) => c.paragraphs));
    expect(shown.filter((p) => p.ink === 'ink')).toHaveLength(40);
  });

  it('stops after a few slides, counts the rest and lists them all in the notes', () => {
    const pages = layoutSources(slide(500), '16:9', 0.34, 'zh', testMeasure);
    expect(pages).toHaveLength(MAX_SOURCE_PAGES);
    const last = pages[pages.length - 1];
    const column = last?.columns[last.columns.length - 1];
    expect(column?.paragraphs.at(-1)?.text).toMatch(/^另有 \d+ 篇报道/);
    expect(height(column?.paragraphs ?? [])).toBeLessThanOrEqual(column?.box.h ?? 0);
    expect(last?.notes.split('\n')).toHaveLength(500);
    const shown = pages.flatMap((p) => p.columns.flatMap((c) => c.paragraphs));
    const rest = Number(/另有 (\d+) 篇/.exec(column?.paragraphs.at(-1)?.text ?? '')?.[1]);
    expect(shown.filter((p) => p.ink === 'ink').length + rest).toBe(500);
  });
});
