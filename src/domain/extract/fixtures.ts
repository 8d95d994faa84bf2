/**
 * A small lexicon for the extractor's tests: a few provinces, prefectures and counties
 * far from the seed articles (Guangdong, Guangxi, Hubei, Hunan, Jilin …) plus the ones
 * whose names are traps (长治 in 长治久安, 来宾 "guests", 岳阳 a person's name).
 */
import type { Level, RegionSource, Sector } from '../schema';
import type { Lexicon } from './lexicon';
import { buildLexicon } from './lexicon';

function r(
  id: string,
  code: string,
  zh: string,
  shortNames: string[],
  level: Level,
  parent: string | null,
): RegionSource {
  return { id, code, name: { zh, en: id }, shortNames, level, parent };
}

/** Gazetteer records of the test lexicon. */
export const REGIONS: RegionSource[] = [
  r('guangdong', '440000', '广东省', ['广东', '粤'], 'province', null),
  r('guangxi', '450000', '广西壮族自治区', ['广西', '桂'], 'province', null),
  r('hubei', '420000', '湖北省', ['湖北', '鄂'], 'province', null),
  r('hunan', '430000', '湖南省', ['湖南', '湘'], 'province', null),
  r('jilin', '220000', '吉林省', ['吉林', '吉'], 'province', null),
  r('shanxi', '140000', '山西省', ['山西', '晋'], 'province', null),
  r('xinjiang', '650000', '新疆维吾尔自治区', ['新疆', '新'], 'province', null),
  r('taiwan', '710000', '台湾省', ['台湾', '台'], 'province', null),
  r('beijing', '110000', '北京市', ['北京', '京'], 'province', null),
  r('tianjin', '120000', '天津市', ['天津', '津'], 'province', null),
  r('hebei', '130000', '河北省', ['河北', '冀'], 'province', null),
  r('sichuan', '510000', '四川省', ['四川', '川'], 'province', null),
  r('chongqing', '500000', '重庆市', ['重庆', '渝'], 'province', null),
  r('chengdu', '510100', '成都市', ['成都', '蓉', '成'], 'prefecture', 'sichuan'),
  r('nanning', '450100', '南宁市', ['南宁'], 'prefecture', 'guangxi'),
  r('laibin', '451300', '来宾市', ['来宾'], 'prefecture', 'guangxi'),
  r('wuhan', '420100', '武汉市', ['武汉'], 'prefecture', 'hubei'),
  r('yichang', '420500', '宜昌市', ['宜昌'], 'prefecture', 'hubei'),
  r('enshi', '422800', '恩施土家族苗族自治州', ['恩施州', '恩施'], 'prefecture', 'hubei'),
  r('yueyang', '430600', '岳阳市', ['岳阳'], 'prefecture', 'hunan'),
  r('zhuzhou', '430200', '株洲市', ['株洲'], 'prefecture', 'hunan'),
  r('jilin-city', '220200', '吉林市', ['吉林'], 'prefecture', 'jilin'),
  r('changzhi', '140400', '长治市', ['长治'], 'prefecture', 'shanxi'),
  r('shenzhen', '440300', '深圳市', ['深圳'], 'prefecture', 'guangdong'),
  r('foshan', '440600', '佛山市', ['佛山'], 'prefecture', 'guangdong'),
  r('shunde', '440606', '顺德区', ['顺德'], 'county', 'foshan'),
  r('liuzhou', '450200', '柳州市', ['柳州'], 'prefecture', 'guangxi'),
  r('rongshui', '450225', '融水苗族自治县', ['融水'], 'county', 'liuzhou'),
];

/** Sectors of the test lexicon. */
export const SECTORS: Sector[] = [
  { id: 'equipment-manufacturing', name: { zh: '装备制造', en: 'Equipment' } },
  { id: 'energy', name: { zh: '能源', en: 'Energy' } },
  { id: 'tourism', name: { zh: '旅游', en: 'Tourism' } },
  { id: 'private-economy', name: { zh: '民营经济', en: 'Private economy' } },
];

/** The test lexicon, with two counties outside the gazetteer for candidates. */
export function testLexicon(): Lexicon {
  return buildLexicon(REGIONS, SECTORS, [
    { code: '440604', name: '禅城区' },
    { code: '420106', name: '武昌区' },
  ]);
}

/** A made-up article about Guangdong–Guangxi cooperation, in the shape sites publish. */
export function article(
  body: string,
  head = '粤桂携手共建产业园区 推动东西部协作走深走实',
  dateLine = '2022年08月09日10:15  来源：南方日报',
): string {
  return `${head}\n\n${dateLine}\n\n${body}\n`;
}
