import { describe, expect, it } from 'vitest';
import { testLexicon } from './fixtures';
import { findMentions } from './mentions';

const lexicon = testLexicon();
/** Region ids found with at least `min` confidence. */
const ids = (text: string, min = 0.6) =>
  findMentions(text, lexicon)
    .filter((m) => m.confidence >= min)
    .map((m) => m.place.regionId ?? m.place.official);

describe('findMentions', () => {
  it('trusts full names and province names', () => {
    expect(ids('广西壮族自治区与广东省签署协议')).toEqual(['guangxi', 'guangdong']);
    expect(ids('湖北与湖南两地')).toEqual(['hubei', 'hunan']);
  });

  it('reads compounds of abbreviations', () => {
    expect(ids('粤桂两省区携手')).toEqual(['guangdong', 'guangxi']);
    expect(ids('湘鄂合作')).toEqual(['hunan', 'hubei']);
    expect(ids('成渝地区双城经济圈')).toEqual(['chengdu', 'chongqing']);
  });

  it('distrusts long compounds and compounds of common characters unless a group word follows', () => {
    expect(ids('常驻京津冀等发达地区')).toEqual([]);
    expect(ids('京津冀三地签署协议')).toEqual(['beijing', 'tianjin', 'hebei']);
    expect(ids('推动合作迈上新台阶')).toEqual([]);
  });

  it('reads an abbreviation after a verb of place or before 企/商', () => {
    expect(ids('座谈会在蓉召开')).toEqual(['chengdu']);
    expect(ids('10万鄂商入湘投资')).toEqual(['hubei', 'hunan']);
  });

  it('needs support for a bare prefecture or county name', () => {
    expect(ids('为长治久安注入活力')).toEqual([]);
    expect(ids('上栗县商务局分别与来宾进行了项目签约')).toEqual([]);
    expect(ids('活动在广西来宾举办')).toEqual(['guangxi', 'laibin']);
    expect(ids('在宜昌举办')).toEqual(['yichang']);
    expect(ids('顺德·融水协作产业园')).toEqual(['shunde', 'rongshui']);
    expect(ids('中德（顺德）工业服务区')).toEqual(['shunde']);
    expect(ids('武汉、宜昌、株洲等地')).toEqual([]);
    expect(ids('湖北武汉、宜昌等地')).toEqual(['hubei', 'wuhan', 'yichang']);
  });

  it('drops a place name that is a person: after a title or before a verb of speech', () => {
    expect(ids('湖南省商务厅副主任岳阳，', 0.01)).toEqual(['hunan']);
    expect(findMentions('岳阳表示，', lexicon)[0]?.confidence).toBe(0);
  });

  it('takes the province for a name it shares with a city, the city with its suffix', () => {
    expect(ids('吉林与吉林市')).toEqual(['jilin', 'jilin-city']);
  });

  it('finds divisions outside the gazetteer after their province or parent', () => {
    expect(ids('广东佛山禅城区')).toEqual(['guangdong', 'foshan', '禅城区']);
    expect(ids('在武昌举办', 0)).toContain('武昌区');
    expect(ids('在武昌举办')).not.toContain('武昌区');
  });
});
