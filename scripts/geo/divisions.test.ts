import { describe, expect, it } from 'vitest';
import { englishName, parseDivisions, pinyinId, shortNameOf, shortNamesOf } from './divisions';

describe('parseDivisions', () => {
  it('reads code lines with their level and the * of directly administered units', () => {
    const text = [
      '2023年中华人民共和国县以上行政区划代码\t\t\t\r',
      '行政区划代码\t  单位名称\t\t\r',
      '410000    河南省\t\t\t\r',
      '410100     郑州市\t\t\t\r',
      '410102       中原区\t\t\t\r',
      '419001       济源市*\t\t\t\r',
      '注：\r',
    ].join('\n');
    expect(parseDivisions(text)).toEqual([
      { code: '410000', name: '河南省', level: 'province', direct: false },
      { code: '410100', name: '郑州市', level: 'prefecture', direct: false },
      { code: '410102', name: '中原区', level: 'county', direct: false },
      { code: '419001', name: '济源市', level: 'county', direct: true },
    ]);
  });
});

describe('short names', () => {
  it('strips the suffix and the peoples of autonomous units', () => {
    expect(shortNameOf('凉山彝族自治州')).toBe('凉山');
    expect(shortNameOf('海西蒙古族藏族自治州')).toBe('海西');
    expect(shortNameOf('博尔塔拉蒙古自治州')).toBe('博尔塔拉');
    expect(shortNameOf('克孜勒苏柯尔克孜自治州')).toBe('克孜勒苏');
    expect(shortNameOf('锡林郭勒盟')).toBe('锡林郭勒');
    expect(shortNameOf('阿克苏地区')).toBe('阿克苏');
    expect(shortNameOf('南宁市')).toBe('南宁');
    expect(shortNameOf('沙县')).toBe('沙县');
  });

  it('adds the 州 form of an autonomous prefecture first, as news writes it', () => {
    expect(shortNamesOf('恩施土家族苗族自治州')).toEqual(['恩施州', '恩施']);
    expect(shortNamesOf('呼伦贝尔市')).toEqual(['呼伦贝尔']);
  });
});

describe('pinyin ids and English names', () => {
  it('writes ids in lowercase toneless pinyin, ü as v', () => {
    expect(pinyinId('蚌埠')).toBe('bengbu');
    expect(pinyinId('吕梁')).toBe('lvliang');
    expect(pinyinId('六安')).toBe('luan');
  });

  it('puts an apostrophe only before a later syllable starting with a, o or e', () => {
    expect(englishName('六安')).toBe("Lu'an");
    expect(englishName('西安')).toBe("Xi'an");
    expect(englishName('吕梁')).toBe('Lüliang');
    expect(englishName('洛阳')).toBe('Luoyang');
  });
});
