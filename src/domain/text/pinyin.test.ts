import { describe, expect, it } from 'vitest';
import { isPinyinSyllable, stripPinyin } from './pinyin';

describe('stripPinyin', () => {
  it('removes toned annotations glued to characters (seed 000)', () => {
    const line = '• 歡迎進(jìn)入四川省中小企業(yè)協(xié)會!';
    expect(stripPinyin(line).text).toBe('• 歡迎進入四川省中小企業協會!');
    expect(stripPinyin(line).removed).toEqual(['進(jìn)', '業(yè)', '協(xié)']);
  });

  it('removes annotations in a seed body line (002)', () => {
    const line = '2023-03-31 08:52:51  來(lái)源:重慶日報(bào)';
    expect(stripPinyin(line).text).toBe('2023-03-31 08:52:51  來源:重慶日報');
  });

  it('removes toneless neutral-tone syllables (made up)', () => {
    expect(stripPinyin('我們(men)的(de)朋友').text).toBe('我們的朋友');
  });

  it('keeps real parentheses from the seeds', () => {
    for (const real of [
      '(記者 夏元)',
      '浙川共建園區(二產業)30餘個',
      '地方產品(德陽)推介會',
      '中德(蒲江)中小企業合作區',
      '中新(重慶)戰略性',
      '交流會現場(記者罗建华 摄)',
      '先進材料(或新型化工)等',
      '(責編:秦潔、張祎)',
      '渝網文(2016)4551',
    ]) {
      expect(stripPinyin(real).text).toBe(real);
    }
  });

  it('keeps English words and Latin text in parentheses (made up)', () => {
    expect(stripPinyin('下載應用程序(app)即可').text).toBe('下載應用程序(app)即可');
    expect(stripPinyin('國內生產總值(GDP)').text).toBe('國內生產總值(GDP)');
    expect(stripPinyin('see (jìn) here').text).toBe('see (jìn) here');
  });

  it('keeps an annotation whose character was destroyed (002: 日?qǐng)?bào))', () => {
    expect(stripPinyin('重慶日?qǐng)?bào)記者').text).toBe('重慶日?qǐng)?bào)記者');
  });
});

describe('isPinyinSyllable', () => {
  it('accepts toned syllables and rejects non-syllables', () => {
    expect(isPinyinSyllable('zhuàng')).toBe(true);
    expect(isPinyinSyllable('lǜ')).toBe(true);
    expect(isPinyinSyllable('men')).toBe(true);
    expect(isPinyinSyllable('app')).toBe(false);
    expect(isPinyinSyllable('xyzà')).toBe(false);
    expect(isPinyinSyllable('')).toBe(false);
  });
});
