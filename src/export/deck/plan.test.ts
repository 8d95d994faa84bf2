import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../domain/filters';
import { filteredView } from '../../state/derived';
import { makeArticle, makeEvent, makeFigure, makeIndex } from '../../testing/fixtures';
import type { PresentStep } from '../../domain/presentStep';
import { planStory, planView, type MapSlide, type PlannedSlide } from './plan';

function mapSlide(slide: PlannedSlide | undefined): MapSlide {
  if (slide?.kind !== 'map') throw new Error('expected a map slide');
  return slide;
}

const event = makeEvent({ id: 'park', article: 'a2', type: 'park-launch', date: '2020-07' });
const figure = makeFigure({ id: 'investment', article: 'a2' });
const articles = [
  makeArticle({ id: 'a2', published: '2023-03-31', title: { zh: '荣昌报道', en: 'Rongchang' } }),
  makeArticle(),
];
const index = makeIndex({ events: [event, makeEvent()], figures: [figure], articles });

function step(over: Partial<PresentStep> = {}): PresentStep {
  return {
    selection: { kind: 'region', id: 'rongchang' },
    filters: { years: [2014, 2020], sectors: [] },
    frame: ['rongchang'],
    camera: null,
    date: event.date,
    endDate: null,
    type: event.type,
    title: event.title,
    caption: { zh: '重庆电子电路产业园落户荣昌。', en: 'The park came to Rongchang.' },
    parties: ['chongqing'],
    figure,
    article: articles[0] ?? null,
    ...over,
  };
}

const story = {
  id: 'park-story',
  title: { zh: '产业园的故事', en: 'The story of a park' },
  steps: [step(), step({ caption: null, figure: null, article: articles[1] ?? null })],
};

// The detail of a2: the sentence the key figure was read from.
const details = new Map([
  [
    'a2',
    {
      id: 'a2',
      summary: { zh: '摘要', en: 'Summary' },
      events: {},
      figures: { investment: '该项目总投资150亿元' },
    },
  ],
]);

describe('planStory', () => {
  const plan = planStory(index, story, NO_FILTERS, 'zh', details);
  const cover = mapSlide(plan.slides[0]);
  const first = mapSlide(plan.slides[1]);
  const second = mapSlide(plan.slides[2]);
  const sources = plan.slides[3];

  it('has a title slide, one slide per step and a sources slide', () => {
    expect(plan.slides.map((s) => (s.kind === 'map' && s.cover ? 'cover' : s.kind))).toEqual([
      'cover',
      'map',
      'map',
      'sources',
    ]);
    expect(cover.card.title).toBe('产业园的故事');
    expect(cover.card.caption).toBe('2 步 · 2020 · 2 篇报道');
  });

  it('words a step like the caption card: type and date, title, caption, figure, source', () => {
    expect(first.card).toEqual({
      eyebrow: '园区建设 · 2020年7月',
      title: event.title.zh,
      caption: '重庆电子电路产业园落户荣昌。',
      figure: { value: '150亿元', label: '投资 · 2023年' },
      source: '来源：来源《荣昌报道》，2023年3月31日',
    });
    expect(first.view).toEqual({
      selection: { kind: 'region', id: 'rongchang' },
      filters: { years: [2014, 2020], sectors: [] },
      camera: null,
      frame: ['rongchang'],
    });
  });

  it('names the parties when a step has no caption', () => {
    expect(second.card.caption).toBe('参与方：重庆市');
    expect(second.card.figure).toBeNull();
  });

  it('keeps the quote behind the figure and the article id in the notes', () => {
    expect(first.notes).toContain('原文：“该项目总投资150亿元”');
    expect(first.notes).toContain('文章编号：a2');
    expect(first.notes).toContain('关键数据：150亿元，投资（2023年）');
  });

  it('lists every article used, oldest first', () => {
    if (sources?.kind !== 'sources') throw new Error('the last slide lists the sources');
    expect(sources.entries.map((e) => e.id)).toEqual(['a1', 'a2']);
    expect(sources.entries[0]?.line).toBe('来源《标题》，2016年9月28日');
  });

  it('puts the attribution, approval line and data date in the footer', () => {
    expect(plan.footer).toMatch(/审图号.*数据截至 2024年5月17日$/);
  });

  it('is worded in English on request', () => {
    const en = planStory(index, story, NO_FILTERS, 'en', details);
    const step1 = mapSlide(en.slides[1]);
    expect(step1.card.source).toBe('Source: Source, “Rongchang”, 31 Mar 2023');
    expect(step1.card.figure?.value).toBe('CNY 15 billion');
    expect(en.footer).toMatch(/Map approval no\..*Data as of 17 May 2024$/);
  });
});

describe('planView', () => {
  it('is one map slide of the view on screen and its sources', () => {
    const view = filteredView(index, NO_FILTERS);
    const plan = planView(index, view, { kind: 'region', id: 'sichuan' }, 'en');
    expect(plan.slides).toHaveLength(2);
    const slide = mapSlide(plan.slides[0]);
    expect(slide.card.title).toBe('Sichuan');
    expect(slide.card.caption).toBe('2016–2023 · All sectors · 2 events · 1 link · 2 articles');
    expect(slide.view.frame).toEqual([]);
    expect(slide.view.camera).toBeNull();
  });
});
