/**
 * Fixture factory for the pipeline tests: a small, valid set of sources in memory
 * (two provinces, a prefecture and a city; two sectors; one or two articles) that a
 * test mutates to provoke exactly the problem it is about.
 */
import { stringify } from 'yaml';
import type { SourceFile, Sources } from './types';

/** A plain annotation object, as it would be written in YAML. */
export type AnnotationDraft = Record<string, unknown> & {
  id: string;
  events: Record<string, unknown>[];
  figures: Record<string, unknown>[];
};

export const RAW_A = [
  '川浙经贸合作交流座谈会在蓉召开',
  '',
  '发布日期:2016-09-28 来源:四川经济日报',
  '',
  '  为落实川浙两省合作框架协议,促进浙江企业对口支援四川省阿坝州产业发展,昨日,座谈会在成都举行。',
  '浙江在川商人达到30万人。浙企在川合作项目共有885个。',
  'Copyright 2020 example.cn All Rights Reserved',
].join('\n');

export const RAW_B = '川浙两省携手深化区域合作\n\n2014年4月，川浙两省签署战略合作框架协议。';

/** A valid annotation of article `000_a` (RAW_A) with two events and one figure. */
export function annotationA(): AnnotationDraft {
  return {
    id: '000_a',
    title: { zh: '川浙经贸合作交流座谈会在蓉召开', en: 'Sichuan–Zhejiang trade forum in Chengdu' },
    published: '2016-09-28',
    source: { zh: '四川经济日报', en: 'Sichuan Economic Daily' },
    summary: { zh: '川浙座谈会。', en: 'A forum.' },
    regions: ['sichuan', 'zhejiang', 'aba'],
    sectors: ['tourism'],
    events: [
      {
        id: 'forum',
        type: 'forum',
        title: { zh: '座谈会', en: 'Forum' },
        date: '2016-09-27',
        venue: 'chengdu',
        parties: ['sichuan', 'zhejiang'],
        quote: '座谈会在成都举行',
      },
      {
        id: 'aid',
        type: 'framework-agreement',
        title: { zh: '对口支援', en: 'Paired assistance' },
        date: '2016',
        parties: ['zhejiang', 'aba'],
        direction: { from: 'zhejiang', to: 'aba' },
        sectors: ['tourism'],
        quote: '促进浙江企业对口支援四川省阿坝州产业发展',
      },
    ],
    figures: [
      {
        id: 'projects',
        metric: { zh: '合作项目', en: 'Projects' },
        value: 885,
        unit: 'project',
        asOf: '2016-09',
        regions: ['zhejiang', 'sichuan'],
        quote: '浙企在川合作项目共有885个',
      },
    ],
  };
}

/** A valid annotation of article `001_b` (RAW_B), published earlier than `000_a`. */
export function annotationB(): AnnotationDraft {
  return {
    id: '001_b',
    title: { zh: '川浙两省携手深化区域合作', en: 'Sichuan and Zhejiang deepen cooperation' },
    published: '2014-12-16T11:08',
    source: { zh: '中国江西网', en: 'jxnews.com.cn' },
    summary: { zh: '川浙合作。', en: 'Cooperation.' },
    regions: ['sichuan', 'zhejiang'],
    events: [
      {
        id: 'zone',
        type: 'framework-agreement',
        title: { zh: '框架协议', en: 'Framework agreement' },
        date: '2014-04',
        parties: ['sichuan', 'zhejiang'],
        quote: '川浙两省签署战略合作框架协议',
      },
    ],
    figures: [],
  };
}

const REGIONS = `- { id: zhejiang, code: '330000', name: { zh: 浙江省, en: Zhejiang }, shortNames: [浙], level: province, parent: null }
- { id: sichuan, code: '510000', name: { zh: 四川省, en: Sichuan }, shortNames: [川], level: province, parent: null }
- { id: chengdu, code: '510100', name: { zh: 成都市, en: Chengdu }, shortNames: [成都, 蓉], level: prefecture, parent: sichuan }
- { id: aba, code: '513200', name: { zh: 阿坝州, en: Aba }, level: prefecture, parent: sichuan }
`;
const SECTORS = `- { id: tourism, name: { zh: 旅游, en: Tourism } }
- { id: equipment-manufacturing, name: { zh: 装备制造, en: Equipment manufacturing } }
`;
const POINTS: Record<string, { point: [number, number]; hasPolygon: boolean }> = {
  aba: { point: [102.5, 32.2], hasPolygon: true },
  chengdu: { point: [103.8, 30.7], hasPolygon: true },
  sichuan: { point: [102.7, 30.6], hasPolygon: true },
  zhejiang: { point: [120.1, 29.2], hasPolygon: true },
};

/** Options of {@link makeSources}: replace any part of the valid fixture. */
export interface FixtureOptions {
  annotations?: AnnotationDraft[];
  /** Raw YAML per file name, used instead of serialising `annotations`. */
  annotationText?: Record<string, string>;
  regions?: string;
  sectors?: string;
  points?: Record<string, unknown> | null;
  raw?: Record<string, string>;
}

/** Valid sources, with the parts a test replaces. */
export function makeSources(o: FixtureOptions = {}): Sources {
  const annotations: SourceFile[] = (o.annotations ?? [annotationA(), annotationB()]).map((a) => ({
    path: `data/annotations/${a.id}.yaml`,
    text: stringify(a),
  }));
  for (const [name, text] of Object.entries(o.annotationText ?? {})) {
    annotations.push({ path: `data/annotations/${name}`, text });
  }
  const raw = o.raw ?? { '000_a': RAW_A, '001_b': RAW_B };
  return {
    regions: { path: 'data/regions.yaml', text: o.regions ?? REGIONS },
    sectors: { path: 'data/sectors.yaml', text: o.sectors ?? SECTORS },
    points:
      o.points === null
        ? null
        : { path: 'data/geo/points.json', text: JSON.stringify(o.points ?? POINTS) },
    annotations,
    raw: new Map(
      Object.entries(raw).map(([id, text]) => [id, { path: `data/raw/${id}.txt`, text }]),
    ),
  };
}
