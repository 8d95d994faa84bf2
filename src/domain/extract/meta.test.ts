import { describe, expect, it } from 'vitest';
import { findPublished, findSource, findTitle } from './meta';
import { structure } from './structure';

const paras = (text: string) => structure(text);

describe('publication meta', () => {
  it('reads title, date line and 来源', () => {
    const p = paras('湘鄂合作再上新台阶\n\n2021年06月05日08:29  来源：湖北日报网\n\n正文。');
    expect(findTitle(p).value).toBe('湘鄂合作再上新台阶');
    expect(findPublished(p)).toMatchObject({
      value: '2021-06-05T08:29',
      confidence: 0.95,
      quote: '2021年06月05日08:29',
    });
    expect(findSource(p)).toMatchObject({ value: '湖北日报网', quote: '湖北日报网' });
  });

  it('reads 来自 and a byline', () => {
    expect(findSource(paras('标题\n\n2019-12-16 11:08 | 来自：中国湖南网\n\n正文。')).value).toBe(
      '中国湖南网',
    );
    expect(
      findSource(paras('标题\n\n2024年05月17日20:32:38 财经\n\n南方新闻记者 李明\n\n正文。')).value,
    ).toBe('南方新闻');
  });

  it('falls back to the page meta data, and says when nothing is known', () => {
    const p = paras('标题\n\n没有日期的正文。');
    expect(findPublished(p, '2022-08-09T10:15:00+08:00').value).toBe('2022-08-09T10:15:00');
    expect(findPublished(p)).toMatchObject({ value: '1970-01-01', confidence: 0 });
    expect(findSource(p)).toMatchObject({ value: '未注明', confidence: 0 });
  });
});
