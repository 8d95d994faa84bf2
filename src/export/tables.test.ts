import { describe, expect, it } from 'vitest';
import { selectView } from '../domain/select';
import { makeEvent, makeFigure, makeIndex } from '../testing/fixtures';
import { eventsCsv, figuresCsv, toCsv, viewJson } from './tables';

function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and starts with a BOM', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x, "y"', 'line\nbreak'],
        [1.5, null],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['a', 'b'],
      ['x, "y"', 'line\nbreak'],
      ['1.5', ''],
    ]);
  });
  it('keeps a formula-like cell as text', () => {
    expect(parseCsv(toCsv(['q'], [['=HYPERLINK("x")']]))[1]).toEqual([`'=HYPERLINK("x")`]);
  });
});

describe('exports of the filtered view', () => {
  const index = makeIndex({
    events: [
      makeEvent(),
      makeEvent({
        id: 'e2',
        date: '2019',
        parties: ['jiangxi', 'hunan'],
        sectors: ['electronics'],
      }),
    ],
    figures: [makeFigure(), makeFigure({ id: 'f2', asOf: '2019', sectors: ['tourism'] })],
  });
  // The detail of article a1, as the export dialog loads it before writing.
  const details = new Map([
    [
      'a1',
      {
        id: 'a1',
        summary: { zh: '摘要', en: 'Summary' },
        events: { e1: '双方签署了“合作协议”，共建园区', e2: '二〇一九年的签约' },
        figures: { f1: '该项目总投资150亿元', f2: '游客人次' },
      },
    ],
  ]);

  it('lists only what the filters show, with quotes and article ids', () => {
    const view = selectView(index, { years: [2016, 2016], sectors: [] });
    const rows = parseCsv(eventsCsv(index, view, details));
    expect(rows).toHaveLength(2);
    const [header = [], first = []] = rows;
    const cell = (name: string) => first[header.indexOf(name)];
    expect(cell('article_id')).toBe('a1');
    expect(cell('event_id')).toBe('e1');
    expect(cell('quote')).toBe('双方签署了“合作协议”，共建园区');
    expect(cell('parties_en')).toBe('Sichuan; Zhejiang');
  });

  it('gives figures as numbers and as people read them', () => {
    const view = selectView(index, { years: null, sectors: ['electronics'] });
    const [header = [], first = [], ...rest] = parseCsv(figuresCsv(index, view, details));
    expect(rest).toEqual([]);
    expect(first[header.indexOf('value')]).toBe('15000000000');
    expect(first[header.indexOf('display_zh')]).toBe('150亿元');
    expect(first[header.indexOf('quote')]).toBe('该项目总投资150亿元');
  });

  it('writes one JSON document with the filters', () => {
    const view = selectView(index, { years: [2019, 2019], sectors: [] });
    const doc: unknown = JSON.parse(viewJson(index, view, details));
    expect(doc).toMatchObject({
      dataDate: '2024-05-17',
      filters: { years: [2019, 2019], sectors: [] },
      articles: [{ id: 'a1', summary: { zh: '摘要', en: 'Summary' } }],
      events: [{ id: 'e2', article: 'a1', quote: '二〇一九年的签约' }],
      figures: [{ id: 'f2', quote: '游客人次' }],
    });
  });
});
