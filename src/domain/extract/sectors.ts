/**
 * Sectors from a keyword lexicon over the taxonomy of `data/sectors.yaml`: each sector's
 * own Chinese label plus the words news uses for it (`新能源`, `氢能` → energy). Ids the
 * taxonomy does not have are ignored, so the lexicon can name more than one taxonomy uses.
 */
import type { Sector } from '../schema';

/** Words that name a sector, by sector id (the taxonomy's zh label is added automatically). */
export const SECTOR_WORDS: Readonly<Record<string, readonly string[]>> = {
  'equipment-manufacturing': [
    '装备制造',
    '机电',
    '智能装备',
    '高端装备',
    '智能制造',
    '先进制造',
    '机械',
    '无人机',
  ],
  automotive: ['汽车汽配', '汽车', '汽配', '零部件', '整车'],
  'advanced-materials': ['新材料', '先进材料', '新型材料', '磁性材料', '氟硅材料', '新型化工'],
  electronics: ['电子信息', '电子电路', '印制电路板', '集成电路', '芯片', '半导体', '笔电'],
  chemicals: ['化工'],
  energy: ['新能源', '清洁能源', '能源', '水电', '氢能', '光伏', '风电', '储能', '锂电'],
  environmental: ['环保', '节能'],
  biomedicine: ['生物医药', '制药', '医药', '药物', '新药', '中药材'],
  agriculture: [
    '农业',
    '农牧',
    '农畜',
    '茶叶',
    '茶业',
    '种植',
    '畜牧',
    '乡村振兴',
    '农产品',
    '农副产品',
    '咖啡',
    '芒果',
    '马铃薯',
    '油橄榄',
    '枸杞',
    '肉牛',
  ],
  food: ['食品', '饮料', '酒业', '白酒', '乳制品', '葡萄酒', '牛羊肉'],
  textiles: ['纺织', '服装'],
  tourism: ['旅游', '文旅', '风景名胜', '景区'],
  culture: ['文化创意', '文创', '文化产业', '文化旅游'],
  mining: ['矿产', '矿藏', '冶金', '矿业', '铝产业'],
  logistics: ['物流', '交通', '陆海新通道', '中欧班列', '港口', '航运', '港航'],
  'e-commerce': ['电子商务', '电商'],
  commerce: ['消费帮扶', '商贸', '采购', '消费'],
  'digital-economy': ['数字经济', '大数据', '数字产业'],
  finance: ['金融', '基金', '信贷', '贷款', '融资', '银行'],
  aerospace: ['航空航天', '航空', '航天', '通航'],
  'rail-transit': ['轨道交通', '高铁', '铁路'],
  'private-economy': ['民营经济', '民营企业', '工商联', '商会', '浙商', '民企'],
  talent: ['人才', '培训', '企业家学院', '干部'],
  labour: ['劳务协作', '劳务', '转移就业'],
  technology: ['科技创新', '技术创新', '研发', '科研'],
  education: ['教育', '高校'],
  healthcare: ['医疗', '卫生健康', '医院'],
};

/** A sector found in text: how often its words occur and where first. */
export interface SectorHit {
  id: string;
  count: number;
  first: number;
  word: string;
}

/** Compiles the lexicon for a taxonomy: one regular expression per sector, longest words first. */
export function sectorMatchers(sectors: readonly Sector[]): { id: string; re: RegExp }[] {
  return sectors.map((s) => {
    const words = [...new Set([s.name.zh, ...(SECTOR_WORDS[s.id] ?? [])])].sort(
      (a, b) => b.length - a.length,
    );
    const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    return { id: s.id, re: new RegExp(escaped.join('|'), 'gu') };
  });
}

/** Every sector named in `text` (offsets relative to `offset`), most mentioned first. */
export function findSectors(
  text: string,
  matchers: readonly { id: string; re: RegExp }[],
  offset = 0,
): SectorHit[] {
  const out: SectorHit[] = [];
  for (const { id, re } of matchers) {
    let count = 0;
    let first = -1;
    let word = '';
    for (const m of text.matchAll(re)) {
      if (count === 0) {
        first = offset + (m.index ?? 0);
        word = m[0];
      }
      count++;
    }
    if (count > 0) out.push({ id, count, first, word });
  }
  return out.sort((a, b) => b.count - a.count || a.first - b.first);
}
