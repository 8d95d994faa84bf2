/**
 * Property tests of the annotation checks: any single damage to a valid
 * annotation (a wrong type, a bad date, an unknown id, a missing or unknown
 * field, a quote that is not in the article …) fails the build with a message
 * that names the file, the record and the field — never a crash, never a
 * bad record let through.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EventTypeSchema,
  PartialDateSchema,
  PublishedSchema,
  QualifierSchema,
  UnitSchema,
} from '../../src/domain/schema';
import { stringify } from 'yaml';
import { normalizeArticle } from '../../src/domain/text/normalize';
import { buildAtlas } from './build';
import { RAW_A, annotationA, annotationB, makeSources, type AnnotationDraft } from './fixtures';
import { parseAnnotation, parseRegions } from './parse';
import { validateArticle } from './validate';

const FILE = 'data/annotations/000_a.yaml';
const REGIONS = ['zhejiang', 'sichuan', 'chengdu', 'aba'];
const SECTORS = ['tourism', 'equipment-manufacturing'];
const GAZETTEER = parseRegions(makeSources().regions).value;
const SECTOR_IDS = new Set(SECTORS);

type Path = readonly (string | number)[];

/** One damage: where it is (record path and field) and the value put there (undefined deletes). */
interface Damage {
  readonly record: Path;
  readonly field: Path;
  readonly value: unknown;
}

const junk = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);
const invalid = (schema: { safeParse(v: unknown): { success: boolean } }) =>
  fc.oneof(fc.string({ maxLength: 30 }), junk).filter((v) => !schema.safeParse(v).success);
const unknownId = (known: readonly string[]) =>
  fc.oneof(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,14}$/).filter((s) => !known.includes(s)),
    fc.string({ maxLength: 20 }).filter((s) => !known.includes(s)),
    junk,
  );
const badBilingual = fc.oneof(
  junk,
  fc.string({ maxLength: 10 }),
  fc.constant({ zh: '', en: 'x' }),
  fc.constant({ zh: '标题' }),
);
// None of these characters occurs in the fixture article.
const absentQuote = fc.string({ unit: fc.constantFrom('鑫', '龘', '犇', '骉'), minLength: 4 });
const badQuote = fc.oneof(absentQuote, fc.string({ maxLength: 3 }), junk);
const badLocalId = fc
  .oneof(fc.string({ maxLength: 12 }), junk)
  .filter((v) => typeof v !== 'string' || !/^[a-z0-9-]+$/.test(v));
const missing = fc.constant(undefined);

/** Damages to the fields of event `i` (0 or 1 in the fixture). */
const eventDamage = fc.integer({ min: 0, max: 1 }).chain((i) => {
  const at = (field: Path, value: fc.Arbitrary<unknown>) =>
    value.map((v): Damage => ({ record: ['events', i], field, value: v }));
  return fc.oneof(
    at(['id'], fc.oneof(badLocalId, missing)),
    at(['type'], fc.oneof(invalid(EventTypeSchema), missing)),
    at(['title'], fc.oneof(badBilingual, missing)),
    at(['date'], fc.oneof(invalid(PartialDateSchema), missing)),
    at(['endDate'], fc.oneof(invalid(PartialDateSchema), fc.constant('2015-01-01'))),
    // A venue may be null (not reported); anything else that is not a known region is damage.
    at(
      ['venue'],
      unknownId(REGIONS).filter((v) => v !== null),
    ),
    at(['parties'], fc.oneof(fc.constant([]), junk, missing)),
    at(['parties', 0], unknownId(REGIONS)),
    at(['direction'], fc.oneof(fc.integer(), fc.constant({ from: 'zhejiang', to: 'chengdu' }))),
    at(['sectors', 0], unknownId(SECTORS)),
    at(['quote'], fc.oneof(badQuote, missing)),
    at(['extra'], fc.string()),
  );
});

const figureDamage = fc.oneof(
  ...(
    [
      [['id'], fc.oneof(badLocalId, missing)],
      [['metric'], fc.oneof(badBilingual, missing)],
      [['value'], fc.oneof(fc.string(), fc.constant(null), fc.constant(Infinity), missing)],
      [['unit'], fc.oneof(invalid(UnitSchema), missing)],
      [['qualifier'], invalid(QualifierSchema)],
      [['asOf'], fc.oneof(invalid(PartialDateSchema), missing)],
      [['regions'], fc.oneof(fc.constant([]), junk, missing)],
      [['regions', 1], unknownId(REGIONS)],
      [['sectors'], fc.oneof(fc.integer(), fc.constant([42]))],
      [['quote'], fc.oneof(badQuote, missing)],
    ] as const
  ).map(([field, value]) =>
    value.map((v): Damage => ({ record: ['figures', 0], field, value: v })),
  ),
);

const topDamage = fc.oneof(
  ...(
    [
      [['title'], fc.oneof(badBilingual, missing)],
      [['published'], fc.oneof(invalid(PublishedSchema), missing)],
      [['source'], fc.oneof(badBilingual, missing)],
      [['summary'], fc.oneof(badBilingual, missing)],
      [['status'], fc.string().filter((s) => s !== 'curated' && s !== 'draft')],
      [['regions'], fc.oneof(fc.constant([]), junk, missing)],
      [['regions', 0], unknownId(REGIONS)],
      [['sectors', 0], unknownId(SECTORS)],
      [['events'], fc.oneof(fc.integer(), fc.string(), fc.constant([1]))],
      [['figures'], fc.oneof(fc.integer(), fc.string(), fc.constant([null]))],
      [['unexpected'], fc.integer()],
    ] as const
  ).map(([field, value]) => value.map((v): Damage => ({ record: [], field, value: v }))),
);

const duplicateId = fc.constant<Damage>({ record: ['events', 1], field: ['id'], value: 'forum' });
const damage = fc.oneof(eventDamage, figureDamage, topDamage, duplicateId);

function apply(a: AnnotationDraft, d: Damage): void {
  const path = [...d.record, ...d.field];
  let target: unknown = a;
  path.slice(0, -1).forEach((key, i) => {
    if (typeof target !== 'object' || target === null) return;
    // A damage below a field the fixture leaves out (`events[0].sectors[0]`) creates it.
    if (Reflect.get(target, key) === undefined)
      Reflect.set(target, key, typeof path[i + 1] === 'number' ? [] : {});
    target = Reflect.get(target, key);
  });
  const last = path.at(-1);
  if (typeof target !== 'object' || target === null || last === undefined) return;
  if (d.value === undefined) Reflect.deleteProperty(target, last);
  else Reflect.set(target, last, d.value);
}

const CLEAN = normalizeArticle(RAW_A).clean;

/** The annotation checks of `npm run data` on one file: syntax, schema, then references and quotes. */
function check(a: AnnotationDraft): { ok: boolean; problems: string[] } {
  const parsed = parseAnnotation({ path: FILE, text: stringify(a) });
  const problems = [...parsed.problems];
  if (parsed.value !== null) {
    const input = { file: FILE, root: parsed.root, annotation: parsed.value, clean: CLEAN };
    problems.push(
      ...validateArticle({ ...input, rawPath: 'data/raw/000_a.txt' }, GAZETTEER, SECTOR_IDS),
    );
  }
  return { ok: parsed.value !== null && problems.length === 0, problems };
}

function damaged(...damages: Damage[]) {
  const a = annotationA();
  damages.forEach((d) => apply(a, d));
  return check(a);
}

/** `events[1]`, `figures[0]` or nothing: how a problem names the record. */
function recordLabel(record: Path): string {
  return record.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('');
}

describe('annotation checks under random damage (property)', () => {
  it('pass the undamaged fixture', () => {
    expect(check(annotationA())).toEqual({ ok: true, problems: [] });
  });

  it('reject any single damage, naming the file, the record and the field', () => {
    fc.assert(
      fc.property(damage, (d) => {
        const result = damaged(d);
        expect(result.ok).toBe(false);
        const field = String(d.field[0]);
        const record = recordLabel(d.record);
        const named = result.problems.filter(
          (p) => p.startsWith(`${FILE} › `) && p.includes(record) && p.includes(field),
        );
        expect(named, result.problems.join('\n')).not.toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('reject several damages at once, and every problem names the file', () => {
    fc.assert(
      fc.property(fc.array(damage, { minLength: 2, maxLength: 5 }), (ds) => {
        const result = damaged(...ds);
        expect(result.ok).toBe(false);
        for (const p of result.problems) expect(p.startsWith(`${FILE} › `), p).toBe(true);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('never crash on damaged YAML text', () => {
    const text = stringify(annotationA());
    fc.assert(
      fc.property(
        fc.nat({ max: text.length }),
        fc.nat({ max: 40 }),
        fc.string({ maxLength: 20 }),
        (at, cut, insert) => {
          const broken = text.slice(0, at) + insert + text.slice(at + cut);
          for (const p of parseAnnotation({ path: FILE, text: broken }).problems)
            expect(p.startsWith(FILE), p).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 120_000);

  it('stop the whole build on a damaged annotation', () => {
    expect(buildAtlas(makeSources()).ok).toBe(true);
    fc.assert(
      fc.property(damage, (d) => {
        const a = annotationA();
        apply(a, d);
        expect(buildAtlas(makeSources({ annotations: [a, annotationB()] })).ok).toBe(false);
      }),
      { numRuns: 20 },
    );
  }, 120_000);
});
