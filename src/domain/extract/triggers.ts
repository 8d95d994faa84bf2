/**
 * Event triggers: the words by which a clause reports a signing, agreement, declaration,
 * summit, forum, promotion or launch, and the rules that tell a report of a new event
 * from a mere reference (`座谈会上`, `这次交流会`, `签约后`, `已签订60余个协议`, `将签署`).
 */
import type { EventType } from '../schema';

/** A trigger found in a clause; offsets are in the clause. */
export interface Trigger {
  type: EventType;
  start: number;
  end: number;
  /** The event's name as the clause gives it (`首届…合作峰会`), or the agreement's title. */
  name: string;
  /** `两届` → 2: a sentence that reports several editions at once. */
  editions: number;
  /** The name points back to an event already reported (`那场座谈会`, `座谈会上`). */
  anaphoric: boolean;
  /** A weak trigger (`作了…推介`, `第六次会议`): kept only when nothing stronger covers it. */
  weak: boolean;
}

const GATHERINGS: [RegExp, EventType][] = [
  [/峰会/u, 'summit'],
  [/推介会|招商会|博览会|展销会|交易会|招聘会|推介活动|招商活动|招聘活动/u, 'promotion'],
  [
    /论坛|座谈会|交流会|对接会|洽谈会|研讨会|恳谈会|联席会议|推进大会|推进会|合作大会|对接(?:（[^）]{1,8}）)?活动/u,
    'forum',
  ],
];
const SIGNING = /签约仪式|签约|签署|签订|签下|达成[^，。；]{0,30}?协议/u;
const DECLARATION = /(?:发布|发出|发表|签署|通过)[^，。；]{0,30}?(?:宣言|倡议)/u;
const LAUNCH =
  /建成投产|开工|投产|揭牌|授牌|挂牌|开园|奠基|落成|规划建设|启动建设|正式运营|投入使用/u;
const WEAK_PROMOTION = /(?:作了|进行了?)[^，。；]{0,12}?推介|推介了/u;
const MEETING = /第[一二三四五六七八九十\d]+次(?:全体)?会议/u;
const HELD = /举办|举行|召开|开幕|闭幕|启动|开启|落幕/u;
const NAME_START = /.*(?:[，。；：！？、]|的|了|举办|举行|召开|参加|出席|主持|组织|在|于)/u;
const DEMONSTRATIVE = /^(?:这|那|此|该|本|上述|这些|那些)(?:场|次|届|个|些|项)?/u;
const INDEFINITE = /^(?:一场|一次|一个|首届|首次|第[一二三四五六七八九十\d]+届)/u;
const COUNT = /^(两|二|三|四|五|六|七|八|九|十|\d+)届/u;
const FUTURE =
  /(?:将|拟|计划|希望|(?<!不|只|主)要(?!不是|是)|准备|即将|力争|争取|有望)[^，。；]*$/u;
const AGGREGATE =
  /(?:已|累计|共计|先后|陆续|目前)[^，。；]{0,12}?(?:签订|签署|签约)[^，。；]{0,12}?(?:\d+[余多]?(?:个|份|项)(?:合作)?协议|协议\d+[余多]?(?:个|份|项))|已签约\d/u;
const MECHANISM = /建立[^，。；]{0,20}?(?:合作|协作)[^，。；]{0,12}?机制/u;
const AFTER_REFERENCE = /^(?:后|前|以来|之后|之前|时|中)/u;
const INSIDE = /^(?:上|现场|期间)/u;
const OTHER_MEETING = /^[\u4e00-\u9fff]{1,6}?会/u;

function count(word: string): number {
  const n = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }[word];
  return n ?? Math.min(10, Number(word) || 1);
}

/** The type of a signing from the words of its clause. */
export function signingType(clause: string): EventType {
  if (/商会/u.test(clause)) return 'chamber-signing';
  if (/框架/u.test(clause)) return 'framework-agreement';
  if (/项目|产业园|工业园|园区|工厂|基地|投资协议|采购|订单|意向/u.test(clause))
    return 'project-signing';
  if (/协议/u.test(clause)) return 'framework-agreement';
  return 'project-signing';
}

function gathering(clause: string, hasDate: boolean): Trigger | null {
  for (const [re, type] of GATHERINGS) {
    const m = re.exec(clause);
    if (!m) continue;
    const start = m.index;
    const end = start + m[0].length;
    const after = clause.slice(end);
    if (OTHER_MEETING.test(after) && !/^[暨和及]/u.test(after)) return null;
    const head = clause.slice(0, start);
    let name = clause.slice(NAME_START.exec(head)?.[0].length ?? 0, end);
    const demonstrative = DEMONSTRATIVE.test(name);
    const indefinite = INDEFINITE.test(name);
    const editions = count(COUNT.exec(name)?.[1] ?? '1');
    name = name.replace(DEMONSTRATIVE, '').replace(INDEFINITE, '').replace(COUNT, '');
    const bare = name.length <= m[0].length + 1;
    const inside = INSIDE.test(after);
    const anaphoric = demonstrative || (bare && !indefinite && (inside || !hasDate));
    if (!anaphoric && !indefinite && !hasDate && !HELD.test(clause) && !/在/u.test(head))
      return null;
    return { type, start, end, name, editions, anaphoric, weak: false };
  }
  return null;
}

/**
 * The trigger of one clause, or null. `hasDate` says whether the clause (or the part of
 * its sentence before it) carries a date: a gathering named only by its kind needs one.
 */
export function findTrigger(clause: string, hasDate: boolean): Trigger | null {
  const strong: [RegExpExecArray | null, 'declaration' | 'signing' | 'launch' | 'mechanism'][] = [
    [DECLARATION.exec(clause), 'declaration'],
    [SIGNING.exec(clause), 'signing'],
    [LAUNCH.exec(clause), 'launch'],
    [hasDate ? MECHANISM.exec(clause) : null, 'mechanism'],
  ];
  for (const [m, kind] of strong) {
    if (!m) continue;
    const end = m.index + m[0].length;
    const after = clause.slice(end);
    if (FUTURE.test(clause.slice(0, m.index)) || AFTER_REFERENCE.test(after)) continue;
    if (
      kind === 'signing' &&
      /^(?:企业|项目|金额|额|资金|的项目)/u.test(after) &&
      !/仪式/u.test(m[0])
    )
      continue;
    // 已签订合作协议60余个: a running total (a figure), not one signing; 签署…等4项协议 is one.
    if (kind !== 'declaration' && AGGREGATE.test(clause)) continue;
    if (kind === 'launch' && !/园|基地|项目|工厂|厂房/u.test(clause)) continue;
    if (kind === 'launch' && /(?:已建成|建成后)/u.test(clause) && !/建成投产/u.test(m[0])) continue;
    const type: EventType =
      kind === 'declaration'
        ? 'declaration'
        : kind === 'signing'
          ? signingType(clause)
          : kind === 'launch'
            ? 'park-launch'
            : 'framework-agreement';
    const title = /《[^》]{2,60}》/u.exec(clause)?.[0] ?? clause.slice(0, 60);
    return { type, start: m.index, end, name: title, editions: 1, anaphoric: false, weak: false };
  }
  const g = gathering(clause, hasDate);
  if (g) return FUTURE.test(clause.slice(0, g.start)) ? null : g;
  const weak = WEAK_PROMOTION.exec(clause) ?? MEETING.exec(clause);
  if (weak && !FUTURE.test(clause.slice(0, weak.index))) {
    const type: EventType = WEAK_PROMOTION.test(weak[0]) ? 'promotion' : 'meeting';
    return {
      type,
      start: weak.index,
      end: weak.index + weak[0].length,
      name: clause.slice(0, 60),
      editions: 1,
      anaphoric: false,
      weak: true,
    };
  }
  return null;
}
