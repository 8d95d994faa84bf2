/**
 * Texts of the synthetic atlas: titles, summaries, metrics and quotes about
 * as long as the curated ones, so the file size and parse cost are realistic.
 */
import type { AtlasEvent, Bilingual, Figure, Region, RegionId } from '../../src/domain/schema';
import type { Rng } from './prng';

export const SOURCES: readonly Bilingual[] = [
  { zh: '四川经济日报', en: 'Sichuan Economic Daily' },
  { zh: '浙江日报', en: 'Zhejiang Daily' },
  { zh: '重庆日报', en: 'Chongqing Daily' },
  { zh: '江西日报', en: 'Jiangxi Daily' },
  { zh: '湖南日报', en: 'Hunan Daily' },
  { zh: '人民网', en: 'People.cn' },
];

const EVENT_WORDS: Record<AtlasEvent['type'], Bilingual> = {
  'framework-agreement': {
    zh: '签署战略合作框架协议',
    en: 'sign a strategic cooperation framework agreement',
  },
  'project-signing': { zh: '举行重点项目集中签约', en: 'sign a package of key projects' },
  'chamber-signing': {
    zh: '商会签署友好合作协议',
    en: 'chambers of commerce sign a friendship agreement',
  },
  declaration: {
    zh: '发布协同发展共同宣言',
    en: 'issue a joint declaration on coordinated development',
  },
  summit: { zh: '召开区域合作高峰会', en: 'hold a regional cooperation summit' },
  forum: { zh: '举办经贸合作交流座谈会', en: 'hold a trade cooperation forum' },
  promotion: { zh: '开展投资推介活动', en: 'hold an investment promotion' },
  'park-launch': { zh: '共建产业合作园区揭牌', en: 'launch a jointly built industrial park' },
  meeting: { zh: '召开联席会议', en: 'hold a joint meeting' },
};

const METRICS: readonly { metric: Bilingual; unit: Figure['unit']; max: number }[] = [
  { metric: { zh: '签约项目', en: 'Projects signed' }, unit: 'project', max: 120 },
  { metric: { zh: '协议投资额', en: 'Agreed investment' }, unit: 'yuan', max: 5e10 },
  { metric: { zh: '入驻企业', en: 'Companies settled' }, unit: 'enterprise', max: 800 },
  { metric: { zh: '带动就业', en: 'Jobs created' }, unit: 'job', max: 50000 },
  { metric: { zh: '园区面积', en: 'Park area' }, unit: 'sqkm', max: 60 },
  { metric: { zh: '产值增长', en: 'Output growth' }, unit: 'percent', max: 30 },
];

/** Regions by id. */
export type RegionLookup = ReadonlyMap<RegionId, Region>;

function name(regions: RegionLookup, id: RegionId): Region['name'] {
  return regions.get(id)?.name ?? { zh: id, en: id };
}

/** Title and quote of an event between `a` and `b`. */
export function eventText(a: Region, b: Region, type: AtlasEvent['type']) {
  const w = EVENT_WORDS[type];
  return {
    title: { zh: `${a.name.zh}与${b.name.zh}${w.zh}`, en: `${a.name.en} and ${b.name.en} ${w.en}` },
    quote: `会上，${a.name.zh}与${b.name.zh}${w.zh}，双方将在产业协作、园区共建等方面深化合作。`,
  };
}

/** Metric, value, unit and quote of a figure about `regions`. */
export function figureText(rng: Rng, ids: readonly RegionId[], regions: RegionLookup) {
  const { metric, unit, max } = rng.pick(METRICS);
  const value = unit === 'percent' ? Math.round(rng.next() * max * 100) / 100 : 1 + rng.int(max);
  const where = ids.map((id) => name(regions, id).zh).join('与');
  return { metric, value, unit, quote: `${where}${metric.zh}达${value}，同比明显增长。` };
}

/** Title and summary of an article about `ids`. */
export function articleText(rng: Rng, ids: readonly RegionId[], regions: RegionLookup) {
  const names = ids.map((id) => name(regions, id));
  const zh = names.map((n) => n.zh).join('、');
  const en = names.map((n) => n.en).join(', ');
  const n = 2 + rng.int(40);
  return {
    title: {
      zh: `${zh}深化区域协作 推动产业合作走深走实`,
      en: `${en} deepen regional cooperation`,
    },
    summary: {
      zh: `${zh}围绕产业协作、园区共建和人才交流开展合作，签约项目${n}个，双方表示将进一步完善合作机制，推动更多项目落地见效。`,
      en: `${en} cooperate on industry, jointly built parks and talent exchange; ${n} projects were signed and both sides will improve their cooperation mechanisms so that more projects take effect.`,
    },
  };
}
