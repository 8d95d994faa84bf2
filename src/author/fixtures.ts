/** A small drafted article for the authoring feature's unit tests. */
import type { AnnotationSource } from '../domain/schema';
import type { CheckContext } from './check';
import type { DraftInput } from './review';

/** The normalised text the draft's quotes come from. */
export const CLEAN = [
  '十堰宁波签署产业协作框架协议',
  '6月12日，十堰市与宁波市产业协作对接会在宁波举行。会上，两市签署《十堰市 宁波市产业协作框架协议》。',
  '会上，两地企业现场签约项目12个，总投资86.5亿元。',
].join('\n\n');

const annotation: AnnotationSource = {
  id: 'shiyan-ningbo',
  status: 'draft',
  title: { zh: '十堰宁波签署产业协作框架协议', en: '[untranslated] 十堰宁波签署产业协作框架协议' },
  published: '2024-06-12T18:05:21',
  source: { zh: '十堰日报', en: '[untranslated] 十堰日报' },
  summary: { zh: '十堰市与宁波市签署产业协作框架协议。', en: '[untranslated] 十堰市与宁波市…' },
  regions: ['ningbo', 'shiyan', 'ganzhou'],
  sectors: ['equipment-manufacturing'],
  events: [
    {
      id: 'framework-agreement-1',
      type: 'framework-agreement',
      title: { zh: '《十堰市 宁波市产业协作框架协议》', en: 'Framework agreement: Shiyan–Ningbo' },
      date: '2024-06-12',
      venue: 'ningbo',
      parties: ['shiyan', 'ningbo'],
      sectors: ['equipment-manufacturing'],
      quote: '两市签署《十堰市 宁波市产业协作框架协议》',
      confidence: 0.65,
    },
  ],
  figures: [
    {
      id: 'yuan-1',
      metric: { zh: '总投资', en: 'Investment (yuan)' },
      value: 8650000000,
      unit: 'yuan',
      qualifier: 'exact',
      asOf: '2024-06-12',
      regions: ['ningbo'],
      sectors: [],
      quote: '总投资86.5亿元。',
      confidence: 0.85,
    },
  ],
  extraction: {
    tool: 'test',
    title: { confidence: 0.9, quote: '十堰宁波签署产业协作框架协议' },
    published: { confidence: 0.9, quote: '2024-06-12' },
    source: { confidence: 0.6, quote: '十堰日报' },
    regions: [
      { id: 'ningbo', confidence: 0.99, quote: '十堰市与宁波市产业协作对接会在宁波举行。' },
      { id: 'shiyan', confidence: 0.99, quote: '十堰市与宁波市产业协作对接会在宁波举行。' },
      { id: 'ganzhou', confidence: 0.7, quote: '赣州举办脐橙大会' },
    ],
    sectors: [
      { id: 'equipment-manufacturing', confidence: 0.9, quote: '十堰宁波签署产业协作框架协议' },
    ],
    candidates: [],
    ignored: [],
    review: ['translate title, summary, source, event titles and figure metrics into English'],
  },
};

/** The draft of the test article, as the ingester returns it. */
export const DRAFT: DraftInput = {
  annotation,
  text: CLEAN,
  clean: CLEAN,
  mojibake: [],
  encoding: null,
};

/** What the checks know: a few regions of the gazetteer and sectors of the taxonomy. */
export const CONTEXT: CheckContext = {
  regions: new Map(
    [
      ['zhejiang', '浙江省'],
      ['hubei', '湖北省'],
      ['ningbo', '宁波市'],
      ['shiyan', '十堰市'],
      ['ganzhou', '赣州市'],
    ].map(([id = '', zh = '']) => [id, { name: { zh } }]),
  ),
  sectorIds: new Set(['equipment-manufacturing', 'tourism']),
  takenIds: new Set(['000_655edb8ce8c911e2']),
};
