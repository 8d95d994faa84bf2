/**
 * A deterministic generator of synthetic raw news articles for throughput measurements
 * (`npm run bench`): the same `n` and `seed` always give the same articles. Each has a
 * headline, a date line, a body with a dated signing or gathering, figures in several
 * forms, a footer and teaser news: the shapes the extractor meets in real pages.
 */

/** One synthetic article. */
export interface SynthArticle {
  id: string;
  raw: string;
}

// Pairs of provinces with their abbreviations, and one prefecture each.
const PLACES: readonly [string, string, string][] = [
  ['广东', '粤', '深圳'],
  ['广西', '桂', '柳州'],
  ['湖北', '鄂', '宜昌'],
  ['湖南', '湘', '株洲'],
  ['江西', '赣', '赣州'],
  ['福建', '闽', '泉州'],
  ['山东', '鲁', '潍坊'],
  ['河南', '豫', '洛阳'],
  ['四川', '川', '绵阳'],
  ['贵州', '黔', '遵义'],
  ['云南', '滇', '曲靖'],
  ['陕西', '陕', '宝鸡'],
];
const EVENTS = [
  '签署《{a}{b}产业合作框架协议》',
  '举行{a}{b}经贸合作交流会',
  '召开{a}{b}民营经济合作峰会',
  '进行友好商会签约',
];
const SECTORS = ['装备制造', '新能源', '电子信息', '生物医药', '文化旅游', '现代农业'];

/** A small linear congruential generator: deterministic across platforms. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `n` synthetic articles from `seed`. */
export function synthArticles(n: number, seed = 1): SynthArticle[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T =>
    list[Math.floor(next() * list.length)] ?? (list[0] as T);
  const out: SynthArticle[] = [];
  for (let i = 0; i < n; i++) {
    const [a, aa, ac] = pick(PLACES);
    let [b, ba, bc] = pick(PLACES);
    if (b === a)
      [b, ba, bc] = PLACES[(PLACES.findIndex((p) => p[0] === a) + 1) % PLACES.length] ?? [
        '广东',
        '粤',
        '深圳',
      ];
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const sector = pick(SECTORS);
    const event = pick(EVENTS).replace('{a}', aa).replace('{b}', ba);
    const firms = 10 + Math.floor(next() * 300);
    const money = (1 + Math.floor(next() * 999)) / 10;
    const raw = [
      `${aa}${ba}携手深化${sector}合作 共建产业园区`,
      `2023年${String(month).padStart(2, '0')}月${String(day).padStart(2, '0')}日09:30  来源：${a}日报`,
      `${month}月${day}日，${a}省与${b}省在${b}${bc}${event}，双方将在${sector}等领域加强合作。`,
      `据介绍，${a}企业在${ba}投资已达${money}亿元，${firms}余家企业参会，共建园区${1 + Math.floor(next() * 30)}个，带动就业${(1 + Math.floor(next() * 9)) / 2}万多人。`,
      `三年来，两地${sector}产值年均增长${(next() * 20).toFixed(1)}%，比全国高${(next() * 5).toFixed(1)}个百分点。${ac}与${bc}两市还签订了人才培训协议。`,
      '相关阅读',
      `${ac}：城市更新项目加快推进【详细】`,
      `版权所有：${a}日报社 地址：${a}省${ac}市人民路1号`,
    ].join('\n\n');
    out.push({ id: `synth-${seed}-${i + 1}`, raw });
  }
  return out;
}
