import { describe, expect, it } from 'vitest';
import { parseValue } from './check';
import { applyEdit } from './edits';
import { CONTEXT as ctx, DRAFT } from './fixtures';
import { checkReview } from './problems';
import { reviewOf, ReviewSchema, type Review } from './review';

const fresh = reviewOf(DRAFT, 'shiyan-ningbo', null);

/** The fresh review with every item accepted and the article's English written. */
function translated(review: Review = fresh): Review {
  return [
    { field: 'title', value: 'Shiyan and Ningbo sign an industrial cooperation agreement' },
    { field: 'source', value: 'Shiyan Daily' },
    { field: 'summary', value: 'Shiyan and Ningbo signed a framework agreement.' },
  ].reduce(
    (r, { field, value }) =>
      applyEdit(r, {
        type: 'meta',
        field: field === 'title' ? 'title' : field === 'source' ? 'source' : 'summary',
        lang: 'en',
        value,
      }),
    applyEdit(review, { type: 'acceptPending' }),
  );
}

describe('a drafted article under review', () => {
  it('starts with every drafted item pending, each with its evidence', () => {
    expect(fresh.regions.map((r) => [r.value, r.decision])).toEqual([
      ['ningbo', 'pending'],
      ['shiyan', 'pending'],
      ['ganzhou', 'pending'],
    ]);
    expect(fresh.regions[2]?.evidence).toBe('赣州举办脐橙大会');
    expect(fresh.figures[0]?.value.value).toBe('8650000000');
    expect(ReviewSchema.safeParse(fresh).success).toBe(true);
  });

  it('cannot be saved while items are pending or the English is untranslated', () => {
    const { annotation, problems } = checkReview(fresh, ctx);
    expect(annotation).toBeNull();
    expect(problems.filter((p) => p.code === 'pending').map((p) => p.key)).toEqual([
      'region:ningbo',
      'region:shiyan',
      'region:ganzhou',
      'sector:equipment-manufacturing',
      'event:1',
      'figure:1',
    ]);
    expect(problems.filter((p) => p.code === 'untranslated').map((p) => p.field)).toEqual([
      'title.en',
      'source.en',
      'summary.en',
    ]);
  });

  it('saves the accepted items, without the rejected ones, as a curated annotation', () => {
    const review = applyEdit(translated(), {
      type: 'decide',
      kind: 'regions',
      key: 'region:ganzhou',
      decision: 'rejected',
    });
    const { annotation, problems } = checkReview(review, ctx);
    expect(problems).toEqual([]);
    expect(annotation).toMatchObject({
      id: 'shiyan-ningbo',
      status: 'curated',
      regions: ['ningbo', 'shiyan'],
      events: [{ parties: ['shiyan', 'ningbo'], venue: 'ningbo' }],
      figures: [{ value: 8650000000, unit: 'yuan' }],
    });
    expect(annotation).not.toHaveProperty('extraction');
    expect(annotation?.events[0]).not.toHaveProperty('confidence');
  });

  it('adds the places of accepted events and figures to the article’s regions', () => {
    const review = applyEdit(translated(), {
      type: 'decide',
      kind: 'regions',
      key: 'region:shiyan',
      decision: 'rejected',
    });
    expect(checkReview(review, ctx).annotation?.regions).toEqual(['ningbo', 'ganzhou', 'shiyan']);
  });

  it('puts each problem of the shared validator on the item and field it belongs to', () => {
    let review = applyEdit(translated(), {
      type: 'event',
      key: 'event:1',
      patch: { date: '2024-13' },
    });
    review = applyEdit(review, { type: 'figure', key: 'figure:1', patch: { value: 'lots' } });
    review = applyEdit(review, { type: 'id', value: '000_655edb8ce8c911e2' });
    const problems = checkReview(review, ctx).problems.map((p) => `${p.key} ${p.field} ${p.code}`);
    expect(problems).toEqual([
      'article id idTaken',
      'event:1 date dateFormat',
      'figure:1 value notNumber',
    ]);
  });

  it('suggests the region meant by a mistyped id', () => {
    const review = applyEdit(translated(), {
      type: 'event',
      key: 'event:1',
      patch: { parties: ['shiyan', 'ningpo'] },
    });
    expect(checkReview(review, ctx).problems).toContainEqual({
      key: 'event:1',
      field: 'parties',
      source: 'check',
      code: 'unknownRegionSuggest',
      params: { id: 'ningpo', suggestion: 'ningbo' },
    });
  });

  it('adds an event from a selected sentence, which then needs its parties', () => {
    const review = applyEdit(translated(), {
      type: 'addEvent',
      quote: '十堰市与宁波市产业协作对接会在宁波举行。',
      eventType: 'meeting',
      date: '2024-06-12',
    });
    const added = review.events[1];
    expect(added).toMatchObject({ key: 'event:2', decision: 'accepted', confidence: null });
    expect(added?.value.id).toBe('meeting-2');
    const codes = checkReview(review, ctx).problems.filter((p) => p.key === 'event:2');
    expect(codes.map((p) => `${p.field} ${p.code}`)).toEqual([
      'title.en untranslated',
      'title.zh empty',
      'parties tooFew',
    ]);
  });

  it('reports a quote that is not in the article', () => {
    const review = applyEdit(translated(), {
      type: 'event',
      key: 'event:1',
      patch: { quote: '两市签署了一份协议' },
    });
    expect(checkReview(review, ctx).problems).toMatchObject([
      { key: 'event:1', field: 'quote', code: 'quoteExtra', params: { found: '了一份协议' } },
    ]);
  });
});

describe('parseValue', () => {
  it('reads plain numbers and Chinese magnitudes as typed', () => {
    expect(parseValue('86.5')).toBe(86.5);
    expect(parseValue('1,200')).toBe(1200);
    expect(parseValue('86.5亿')).toBe(8_650_000_000);
    expect(parseValue('1.74万亿')).toBe(1_740_000_000_000);
    expect(parseValue('about 5')).toBeNull();
    expect(parseValue('')).toBeNull();
  });
});
