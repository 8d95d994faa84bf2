/**
 * The one definition of every data shape in the atlas (see DESIGN.md).
 *
 * The pipeline (`scripts/`) validates the curated sources with the `*Source`
 * schemas before it writes the compiled files (their shapes: `compiledSchema.ts`);
 * the app trusts those by their content hash and validates any other atlas file
 * with the same schemas. Past those boundaries types are trusted.
 */
import { z } from './zod';

/**
 * The English messages of the format checks below, exported so that the annotation
 * checks (`src/ingest/check/`) can tell which check failed and word it in zh or en.
 */
export const FORMAT_MESSAGES = {
  regionId: 'must be lowercase ASCII pinyin, e.g. "sichuan"',
  sectorId: 'must be lowercase kebab-case, e.g. "equipment-manufacturing"',
  date: 'must be YYYY, YYYY-MM or YYYY-MM-DD',
  realDate: 'is not a real date',
  realDay: 'is not a real calendar day',
  published: 'must be YYYY-MM-DD[THH:MM[:SS]]',
  localId: 'must be lowercase letters, digits and dashes',
} as const;

/** Region id: lowercase ASCII pinyin without tones, e.g. `sichuan`, `guangan`. */
export const RegionIdSchema = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]*$/, FORMAT_MESSAGES.regionId));
/** Sector id: lowercase kebab-case English, e.g. `equipment-manufacturing`. */
export const SectorIdSchema = z
  .string()
  .check(z.regex(/^[a-z]+(-[a-z]+)*$/, FORMAT_MESSAGES.sectorId));

/** A string in both languages of the atlas. */
export const BilingualSchema = z.object({
  zh: z.string().check(z.minLength(1, 'must not be empty')),
  en: z.string().check(z.minLength(1, 'must not be empty')),
});

/**
 * A calendar date at the precision the article gives it: `2014`, `2020-07` or
 * `2024-05-17`. The precision is read from the form (see `datePrecision`).
 */
export const PartialDateSchema = z.string().check(
  z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, FORMAT_MESSAGES.date),
  z.refine(
    (s) => s.length < 10 || !Number.isNaN(Date.parse(`${s}T00:00:00Z`)),
    FORMAT_MESSAGES.realDate,
  ),
  // zod runs every refinement even after the regex failed, so this one must not throw
  // on junk (`new Date('junk').toISOString()` throws a RangeError).
  z.refine((s) => {
    const day = new Date(`${s}T00:00:00Z`);
    return s.length < 10 || (!Number.isNaN(day.getTime()) && day.toISOString().startsWith(s));
  }, FORMAT_MESSAGES.realDay),
);

/** Publication time: `2024-05-17`, `2024-05-17T20:32` or `2024-05-17T20:32:38` (China time). */
export const PublishedSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?$/, FORMAT_MESSAGES.published),
  z.refine(
    (s) => !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : `${s}Z`)),
    FORMAT_MESSAGES.realDate,
  ),
);

export const LevelSchema = z.enum(['province', 'prefecture', 'county']);

/** A WGS84 longitude/latitude pair. */
export const PointSchema = z.tuple([
  z.number().check(z.gte(-180), z.lte(180)),
  z.number().check(z.gte(-90), z.lte(90)),
]);

/** One gazetteer entry as curated in `data/regions.yaml` (no coordinates: those come from the boundary dataset). */
export const RegionSourceSchema = z.object({
  id: RegionIdSchema,
  code: z.string().check(z.regex(/^\d{6}$/, 'must be the 6-digit GB/T 2260 code')),
  name: BilingualSchema,
  /** Short forms used alone or in compounds: 川, 蓉, 渝 … */
  shortNames: z._default(z.array(z.string().check(z.minLength(1))), []),
  level: LevelSchema,
  parent: z.nullable(RegionIdSchema),
});

/** A region in the compiled atlas: the gazetteer entry plus its label point and whether it has a polygon. */
export const RegionSchema = z.extend(RegionSourceSchema, {
  point: PointSchema,
  hasPolygon: z.boolean(),
});

export const SectorSchema = z.object({ id: SectorIdSchema, name: BilingualSchema });

/** What kind of event an article reports. */
export const EventTypeSchema = z.enum([
  'framework-agreement',
  'project-signing',
  'chamber-signing',
  'declaration',
  'summit',
  'forum',
  'promotion',
  'park-launch',
  'meeting',
]);

/** Units a figure can be counted in; labels and formats live in `domain/units.ts`. */
export const UnitSchema = z.enum([
  'yuan',
  'enterprise',
  'person',
  'project',
  'park',
  'job',
  'agreement',
  'chamber',
  'product',
  'cluster',
  'household',
  'sqm',
  'sqkm',
  'mu',
  'day',
  'year',
  'percent',
  'percentage-point',
  /** 人次: person-times (45人次 = 45 visits or trainings, some by the same people). */
  'person-time',
  /** 辆: vehicles made or sold. */
  'vehicle',
]);

/**
 * The article's own word for one region supporting another: 对口支援 (paired assistance),
 * 帮扶/对口帮扶 (assistance), 东西部协作 (east–west cooperation), 结对/结对帮扶 (twinning),
 * 对口合作 (paired cooperation). Words live in `src/i18n/` (`direction.<term>`).
 */
export const DirectionTermSchema = z.enum([
  'paired-assistance',
  'assistance',
  'east-west-cooperation',
  'twinning',
  'paired-cooperation',
]);

/** How the article qualifies a number: 余/多 → more-than, 约 → about, 近 → nearly, 以上/逾 → at-least. */
export const QualifierSchema = z.enum(['exact', 'more-than', 'about', 'nearly', 'at-least']);

const quote = z
  .string()
  .check(z.minLength(4, 'must quote at least a few characters of the article'));
const localId = z.string().check(z.regex(/^[a-z0-9-]+$/, FORMAT_MESSAGES.localId));
const confidence = z.number().check(z.gte(0), z.lte(1));

export const EventSourceSchema = z.object({
  id: localId,
  type: EventTypeSchema,
  title: BilingualSchema,
  date: PartialDateSchema,
  /** Last day of an event spanning several days (`12月13日至14日`). */
  endDate: z.optional(PartialDateSchema),
  /** The region where it took place, where the article says so. */
  venue: z._default(z.nullable(RegionIdSchema), null),
  parties: z.array(RegionIdSchema).check(z.minLength(1, 'must name at least one party')),
  /** Set when the article says one party supports the other (paired assistance). */
  direction: z.optional(
    z.object({
      from: RegionIdSchema,
      to: RegionIdSchema,
      /** The article's own word for it; absent means 对口支援 (paired assistance). */
      term: z.optional(DirectionTermSchema),
    }),
  ),
  sectors: z._default(z.array(SectorIdSchema), []),
  quote,
  /** Set on drafted (machine-extracted, unreviewed) events: how sure the extractor is, 0–1. */
  confidence: z.optional(confidence),
});

export const FigureSourceSchema = z.object({
  id: localId,
  metric: BilingualSchema,
  /** Finite: zod 4 numbers reject ±Infinity and NaN. */
  value: z.number(),
  unit: UnitSchema,
  qualifier: z._default(QualifierSchema, 'exact'),
  asOf: PartialDateSchema,
  regions: z
    .array(RegionIdSchema)
    .check(z.minLength(1, 'must name the region(s) the figure is about')),
  sectors: z._default(z.array(SectorIdSchema), []),
  quote,
  /** Set on drafted (machine-extracted, unreviewed) figures: how sure the extractor is, 0–1. */
  confidence: z.optional(confidence),
});

/** How sure the extractor is of one item (0–1) and the exact text of the clean article it read it from. */
export const EvidenceSchema = z.object({
  confidence,
  quote: z.string(),
});

/**
 * What `npm run ingest` adds to a draft for its reviewer: the evidence for the article's
 * fields, regions and sectors, places it could not resolve, and what needs a look.
 */
export const ExtractionSchema = z.object({
  tool: z.string(),
  title: EvidenceSchema,
  published: EvidenceSchema,
  source: EvidenceSchema,
  regions: z.array(z.extend(EvidenceSchema, { id: RegionIdSchema })),
  sectors: z.array(z.extend(EvidenceSchema, { id: SectorIdSchema })),
  /** Place-like names not in the gazetteer, with the administrative code when the MCA list knows them. */
  candidates: z.array(
    z.extend(EvidenceSchema, { name: z.string(), code: z.optional(z.string()), note: z.string() }),
  ),
  /** Place names found only in boilerplate the normaliser cut (footers, teasers, spam lists). */
  ignored: z.array(z.object({ rule: z.string(), places: z.array(z.string()) })),
  review: z.array(z.string()),
});

/** One article's curated (or drafted) annotation: `data/annotations/<article id>.yaml`. */
export const AnnotationSourceSchema = z.object({
  id: z.string().check(z.minLength(1)),
  status: z._default(z.enum(['curated', 'draft']), 'curated'),
  title: BilingualSchema,
  published: PublishedSchema,
  source: BilingualSchema,
  summary: BilingualSchema,
  regions: z.array(RegionIdSchema).check(z.minLength(1)),
  sectors: z._default(z.array(SectorIdSchema), []),
  events: z._default(z.array(EventSourceSchema), []),
  figures: z._default(z.array(FigureSourceSchema), []),
  /** Only on drafts written by `npm run ingest`; the atlas does not carry it. */
  extraction: z.optional(ExtractionSchema),
});

/**
 * An article as the app holds it: everything the views filter and list at once. Its
 * summary, the quotes of its events and figures and its text are its detail
 * ({@link ArticleDetailSchema}, {@link ArticleTextSchema}), loaded on demand.
 */
export const ArticleSchema = z.omit(AnnotationSourceSchema, {
  summary: true,
  events: true,
  figures: true,
  extraction: true,
});

/** An event in the atlas: `id` is unique within its `article`; `${article}#${id}` is its global key. */
const articleRef = z.string().check(z.minLength(1));
export const EventSchema = z.extend(z.omit(EventSourceSchema, { quote: true }), {
  article: articleRef,
});
export const FigureSchema = z.extend(z.omit(FigureSourceSchema, { quote: true }), {
  article: articleRef,
});

/**
 * One article's detail: its summary and the sentence each of its events and figures
 * comes from, by the record's id within the article.
 */
export const ArticleDetailSchema = z.object({
  id: z.string().check(z.minLength(1)),
  summary: BilingualSchema,
  events: z.record(localId, quote),
  figures: z.record(localId, quote),
});

/** An article with its summary, as format 1 files carry it. */
export const FullArticleSchema = z.extend(ArticleSchema, { summary: BilingualSchema });
/** An event with its quote, as format 1 files carry it. */
export const FullEventSchema = z.extend(EventSchema, { quote });
/** A figure with its quote, as format 1 files carry it. */
export const FullFigureSchema = z.extend(FigureSchema, { quote });

/**
 * Format 1: one file with every record and its detail inline (atlases written before
 * the split, and hand-made ones). The app still reads it (validated, in a worker).
 */
export const FullAtlasSchema = z.object({
  version: z.literal(1),
  /** Publication date of the newest article: the "data as of" line on the map and exports. */
  dataDate: z.string(),
  regions: z.array(RegionSchema),
  sectors: z.array(SectorSchema),
  articles: z.array(FullArticleSchema),
  events: z.array(FullEventSchema),
  figures: z.array(FullFigureSchema),
});

/** `public/data/articles/<id>.json`: the article text, raw and normalised. */
export const ArticleTextSchema = z.object({
  id: z.string(),
  original: z.string(),
  clean: z.string(),
  /** Spans of the clean text that look like mojibake, flagged rather than kept or dropped silently. */
  mojibake: z.array(z.object({ start: z.int(), end: z.int(), text: z.string() })),
});

export type RegionId = z.infer<typeof RegionIdSchema>;
export type SectorId = z.infer<typeof SectorIdSchema>;
export type Bilingual = z.infer<typeof BilingualSchema>;
export type Level = z.infer<typeof LevelSchema>;
export type RegionSource = z.infer<typeof RegionSourceSchema>;
export type Region = z.infer<typeof RegionSchema>;
export type Sector = z.infer<typeof SectorSchema>;
export type EventType = z.infer<typeof EventTypeSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type DirectionTerm = z.infer<typeof DirectionTermSchema>;
export type AnnotationSource = z.infer<typeof AnnotationSourceSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Extraction = z.infer<typeof ExtractionSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type AtlasEvent = z.infer<typeof EventSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type ArticleDetail = z.infer<typeof ArticleDetailSchema>;
export type FullArticle = z.infer<typeof FullArticleSchema>;
export type FullEvent = z.infer<typeof FullEventSchema>;
export type FullFigure = z.infer<typeof FullFigureSchema>;
export type FullAtlas = z.infer<typeof FullAtlasSchema>;
export type ArticleText = z.infer<typeof ArticleTextSchema>;

/**
 * The atlas as the app holds it once loaded, whatever file it came from: every
 * record without its detail (see {@link ArticleDetailSchema}).
 */
export interface Atlas {
  /** Publication date of the newest article: the "data as of" line on the map and exports. */
  readonly dataDate: string;
  readonly regions: readonly Region[];
  readonly sectors: readonly Sector[];
  readonly articles: readonly Article[];
  readonly events: readonly AtlasEvent[];
  readonly figures: readonly Figure[];
}

/** Where a story step points the camera: a box to fit, or a centre and a zoom level. */
export const StoryCameraSchema = z.union([
  z.strictObject({ bounds: z.tuple([PointSchema, PointSchema]) }),
  z.strictObject({ center: PointSchema, zoom: z.number().check(z.gte(2), z.lte(10)) }),
]);

const recordRef = z
  .string()
  .check(
    z.regex(
      /^[^#\s]+#[a-z0-9-]+$/,
      'must be "<article id>#<record id>", e.g. "004_…#eight-party-declaration"',
    ),
  );

/**
 * One step of a curated story. `event` supplies the date, title, parties and
 * source; `region` or `pair` overrides what is selected; `years` and `sectors`
 * are the step's filters (omitted: no filter); `figure` is the key figure shown.
 */
export const StoryStepSchema = z
  .strictObject({
    event: z.optional(recordRef),
    region: z.optional(RegionIdSchema),
    pair: z.optional(z.tuple([RegionIdSchema, RegionIdSchema])),
    years: z.optional(z.tuple([z.int(), z.int()])),
    sectors: z.optional(z.array(SectorIdSchema)),
    camera: z.optional(StoryCameraSchema),
    title: z.optional(BilingualSchema),
    date: z.optional(PartialDateSchema),
    figure: z.optional(recordRef),
    caption: BilingualSchema,
  })
  .check(
    z.refine((s) => s.event !== undefined || s.title !== undefined, {
      message: 'needs an "event" or a "title"',
    }),
    z.refine((s) => s.region === undefined || s.pair === undefined, {
      message: 'may select a "region" or a "pair", not both',
    }),
    z.refine((s) => !s.years || s.years[0] <= s.years[1], {
      message: '"years" must be [from, to] with from ≤ to',
      path: ['years'],
    }),
  );

/** A curated presentation, `data/stories/<id>.yaml`: steps with places, filters and zh/en captions. */
export const StorySchema = z.strictObject({
  id: localId,
  title: BilingualSchema,
  steps: z.array(StoryStepSchema).check(z.minLength(1, 'must have at least one step')),
});

export type StoryCamera = z.infer<typeof StoryCameraSchema>;
export type StoryStep = z.infer<typeof StoryStepSchema>;
export type Story = z.infer<typeof StorySchema>;
