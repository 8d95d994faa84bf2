/**
 * The province pairs the realistic synthetic atlas is built on. The pairs follow the
 * national schemes as published; which city or county pairs with which inside them is
 * drawn by the generator (seeded), not taken from the real lists.
 *
 * - 东西部协作 (east–west cooperation), as adjusted in 2021: 北京—内蒙古, 天津—甘肃,
 *   上海—云南, 江苏—陕西、青海, 浙江—四川, 福建—宁夏, 山东—重庆、甘肃, 广东—广西、贵州;
 *   and 京津冀 support: 北京、天津—河北 (Zhangjiakou, Chengde, Baoding).
 * - 对口合作 (north-east revitalisation, 2017): 辽宁—江苏, 吉林—浙江, 黑龙江—广东.
 * - 对口支援 (aid to Xinjiang and Tibet), prefecture-level recipients.
 * - Neighbours' cooperation between adjacent places (成渝, 湘赣边, 长三角, 京津, 粤港澳):
 *   the named pairs below, and any two cities of different provinces close to each other.
 */
import type { RegionId } from '../../src/domain/schema';

/** A supporting (eastern) province and a supported (western) one; `cities` narrows the western side. */
export interface ProvincePairing {
  readonly east: RegionId;
  readonly west: RegionId;
  readonly cities?: readonly RegionId[];
}

/** 东西部协作 and 对口合作 province pairs. */
export const PAIRINGS: readonly ProvincePairing[] = [
  { east: 'beijing', west: 'neimenggu' },
  { east: 'beijing', west: 'hebei', cities: ['zhangjiakou', 'chengde', 'baoding'] },
  { east: 'tianjin', west: 'gansu' },
  { east: 'tianjin', west: 'hebei', cities: ['chengde', 'cangzhou'] },
  { east: 'shanghai', west: 'yunnan' },
  { east: 'jiangsu', west: 'shaanxi' },
  { east: 'jiangsu', west: 'qinghai' },
  { east: 'zhejiang', west: 'sichuan' },
  { east: 'fujian', west: 'ningxia' },
  { east: 'shandong', west: 'chongqing' },
  { east: 'shandong', west: 'gansu' },
  { east: 'guangdong', west: 'guangxi' },
  { east: 'guangdong', west: 'guizhou' },
  { east: 'jiangsu', west: 'liaoning' },
  { east: 'zhejiang', west: 'jilin' },
  { east: 'guangdong', west: 'heilongjiang' },
];

/** 对口支援: a supporting province and a supported prefecture in Xinjiang or Tibet. */
export const AID: readonly { readonly east: RegionId; readonly west: RegionId }[] = [
  { east: 'beijing', west: 'hetian' },
  { east: 'tianjin', west: 'hetian' },
  { east: 'shanghai', west: 'kashen' },
  { east: 'guangdong', west: 'kashen' },
  { east: 'shandong', west: 'kashen' },
  { east: 'zhejiang', west: 'akesu' },
  { east: 'jiangsu', west: 'yili' },
  { east: 'jiangsu', west: 'kezilesu' },
  { east: 'fujian', west: 'changji' },
  { east: 'beijing', west: 'lasa' },
  { east: 'jiangsu', west: 'lasa' },
  { east: 'shanghai', west: 'rikaze' },
  { east: 'shandong', west: 'rikaze' },
  { east: 'guangdong', west: 'linzhi' },
  { east: 'fujian', west: 'linzhi' },
  { east: 'tianjin', west: 'changdou' },
  { east: 'zhejiang', west: 'naqu' },
];

/** Named neighbours' pairs, weighted like the strongest east–west city pairs. */
export const NAMED_NEIGHBOURS: readonly (readonly [RegionId, RegionId])[] = [
  ['sichuan', 'chongqing'],
  ['chengdu', 'chongqing'],
  ['jiangxi', 'hunan'],
  ['pingxiang', 'changsha'],
  ['pingxiang', 'zhuzhou'],
  ['shangli', 'liuyang'],
  ['rongchang', 'neijiang'],
  ['shanghai', 'suzhou-jiangsu'],
  ['shanghai', 'jiaxing'],
  ['shanghai', 'jiangsu'],
  ['shanghai', 'zhejiang'],
  ['beijing', 'tianjin'],
  ['beijing', 'langfang'],
  ['shenzhen', 'xianggang'],
  ['zhuhai', 'aomen'],
  ['guangdong', 'xianggang'],
];

/** Two cities of different provinces at most this far apart (km) cooperate as neighbours. */
export const NEIGHBOUR_KM = 160;

/** Municipalities: the province is its own city, and its districts are its counties. */
export const MUNICIPALITIES: ReadonlySet<RegionId> = new Set([
  'beijing',
  'tianjin',
  'shanghai',
  'chongqing',
]);
