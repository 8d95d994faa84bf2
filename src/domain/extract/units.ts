/**
 * Reading a figure's unit from the words after its number (`亿元`, `平方米`, `%`,
 * `个百分点`, `家`, `户`, `个` …) and, for counting words, from the noun it counts
 * (`3个…集群` → clusters, `97家直属商会` → chambers, `合作协议60余个` → agreements).
 */
import type { Unit } from '../schema';

/** A unit read after a number: how many characters it takes and what it may count. */
export interface UnitWord {
  length: number;
  unit: Unit | null;
  /** A counting word (家, 个, 项, 户 …): the noun decides the unit. */
  counter: boolean;
}

// Nouns and the unit they are counted in, most specific first.
const NOUNS: [RegExp, Unit][] = [
  [/商会/u, 'chamber'],
  [/集群/u, 'cluster'],
  [/协议|合同|备忘录/u, 'agreement'],
  [/产业园|工业园|园区|开发区|基地/u, 'park'],
  [/岗位|就业/u, 'job'],
  [/项目|工程/u, 'project'],
  [/产品|商品/u, 'product'],
  [/农户|家庭|贫困户|居民户/u, 'household'],
  [/企业|公司|市场主体|厂商|商户|机构/u, 'enterprise'],
  [
    /(?:[浙川粤闽鄂湘晋徽鲁苏渝赣豫桂黔滇陕甘冀辽吉黑沪京津客外侨]商(?![会品务业户场标铺贸圈]))|商人|企业家|人才|人员|员工|职工|工人|游客|代表|人口|劳动力/u,
    'person',
  ],
];
const MONEY_NOUN =
  /产值|增加值|投资|资金|营收|收入|GDP|总值|总量|规模|税收|利润|销售额|贸易额|成交额|金额|基金|贷款|信贷|融资|资本|出口|进口|消费/u;

const WORDS: [RegExp, Unit | null, boolean][] = [
  [/^(?:亿|万亿|万)?元/u, 'yuan', false],
  [/^(?:美元|港元|欧元|日元)/u, null, false],
  [/^平方公里/u, 'sqkm', false],
  [/^(?:平方米|平米|㎡)/u, 'sqm', false],
  [/^亩/u, 'mu', false],
  [/^个百分点|^百分点/u, 'percentage-point', false],
  [/^[%％]/u, 'percent', false],
  [/^个年头/u, 'year', false],
  [/^天/u, 'day', false],
  [/^(?:年头|年)/u, 'year', false],
  [/^人次/u, 'person-time', false],
  [/^(?:人|名|位)/u, 'person', false],
  [/^辆/u, 'vehicle', false],
  [/^[家户个项份件款种座]/u, null, true],
];

/** The unit word at the start of `after`, or null when none follows the number. */
export function unitWord(after: string): UnitWord | null {
  for (const [re, unit, counter] of WORDS) {
    const m = re.exec(after);
    if (m) return { length: m[0].length, unit, counter };
  }
  return null;
}

// What each counting word can count.
const COUNTS: Record<string, readonly Unit[]> = {
  家: ['enterprise', 'chamber', 'park'],
  户: ['enterprise', 'household'],
  个: ['project', 'park', 'agreement', 'cluster', 'job', 'chamber', 'product', 'enterprise'],
  项: ['project', 'product', 'agreement'],
  份: ['agreement'],
  件: ['product', 'project'],
  款: ['product'],
  种: ['product'],
  座: ['park'],
};

/**
 * The unit of the last noun of a phrase (`中小企业特色产业集群` → cluster) that the
 * counting word `counter` can count (`40余家企业代表` → enterprise, not person), or null.
 */
export function nounUnit(phrase: string, counter?: string): Unit | null {
  const allowed = counter === undefined ? null : (COUNTS[counter] ?? []);
  let best: { at: number; unit: Unit } | null = null;
  for (const [re, unit] of NOUNS) {
    if (allowed && !allowed.includes(unit)) continue;
    for (const m of phrase.matchAll(new RegExp(re.source, 'gu'))) {
      const at = (m.index ?? 0) + m[0].length;
      if (!best || at > best.at) best = { at, unit };
    }
  }
  return best?.unit ?? null;
}

/** Whether a bare large amount (`4.8万亿`) is money: its metric names a money noun. */
export function isMoney(metric: string): boolean {
  return MONEY_NOUN.test(metric);
}

/** The default unit of a counting word when no noun says otherwise. */
export function counterDefault(word: string): Unit | null {
  if (word === '家' || word === '户') return 'enterprise';
  if (word === '份') return 'agreement';
  return null;
}
