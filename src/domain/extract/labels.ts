/**
 * English placeholders for drafted fields. A draft is not translated: its English text
 * says so (`[untranslated] …`) or is a generic label the reviewer replaces.
 */
import type { EventType, Unit } from '../schema';

/** Prefix of every English text a draft could not translate. */
export const UNTRANSLATED = '[untranslated] ';

/** English label of each event type. */
export const EVENT_TYPE_EN: Record<EventType, string> = {
  'framework-agreement': 'Framework agreement',
  'project-signing': 'Project signing',
  'chamber-signing': 'Chamber of commerce signing',
  declaration: 'Declaration',
  summit: 'Summit',
  forum: 'Forum',
  promotion: 'Promotion event',
  'park-launch': 'Park launch',
  meeting: 'Meeting',
};

const UNIT_EN: Record<Unit, string> = {
  yuan: 'Amount (yuan)',
  enterprise: 'Enterprises',
  person: 'People',
  project: 'Projects',
  park: 'Parks',
  job: 'Jobs',
  agreement: 'Agreements',
  chamber: 'Chambers of commerce',
  product: 'Products',
  cluster: 'Industrial clusters',
  household: 'Households',
  sqm: 'Floor area',
  sqkm: 'Area',
  mu: 'Land area',
  day: 'Days',
  year: 'Years',
  percent: 'Share',
  'percentage-point': 'Difference in percentage points',
  'person-time': 'Person-times',
  vehicle: 'Vehicles',
};

const MONEY_EN: [RegExp, string][] = [
  [/增加值/u, 'Value added'],
  [/产值|总值|总量|规模/u, 'Output value'],
  [/投资|资金/u, 'Investment'],
  [/税收/u, 'Tax revenue'],
  [/利润/u, 'Profit'],
  [/基金/u, 'Fund'],
  [/贷/u, 'Loans'],
];

/** A generic English metric for a drafted figure: `Investment`, `Enterprises` … */
export function metricEn(metricZh: string, unit: Unit): string {
  if (unit === 'yuan') {
    for (const [re, en] of MONEY_EN) if (re.test(metricZh)) return `${en} (yuan)`;
  }
  return UNIT_EN[unit];
}

/** `Forum: Sichuan–Zhejiang`. */
export function eventTitleEn(type: EventType, partiesEn: readonly string[]): string {
  return partiesEn.length > 0
    ? `${EVENT_TYPE_EN[type]}: ${partiesEn.join('–')}`
    : EVENT_TYPE_EN[type];
}
