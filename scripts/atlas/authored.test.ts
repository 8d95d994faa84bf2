/**
 * What the authoring view saves is what `npm run data` accepts: the downloaded (or
 * dev-written) YAML and raw text of an article reviewed in the browser build into the
 * atlas with no problem, and give the same records as the article kept in the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/author/edits';
import { annotationYaml } from '../../src/author/files';
import { checkReview } from '../../src/author/problems';
import { reviewOf } from '../../src/author/review';
import { withLocalArticles } from '../../src/domain/localArticles';
import { AtlasSchema } from '../../src/domain/schema';
import { ROOT } from '../geo/sources';
import { ingestText } from '../ingest/ingestText';
import { buildAtlas } from './build';
import { readSources } from './io';
import { parseRegions, parseSectors } from './parse';
import { ATLAS_PATH } from './types';

const FIXTURE = join(ROOT, 'e2e/fixtures/author/shiyan-ningbo.txt');

describe('an article saved by the authoring view', () => {
  const raw = readFileSync(FIXTURE, 'utf8');
  const id = 'shiyan-ningbo-2024';
  const draft = ingestText(raw, id);
  let review = reviewOf(
    { annotation: draft.annotation, text: raw, clean: draft.clean, mojibake: [], encoding: null },
    id,
    null,
  );
  review = applyEdit(review, { type: 'acceptPending' });
  for (const field of ['title', 'source', 'summary'] as const)
    review = applyEdit(review, { type: 'meta', field, lang: 'en', value: `English ${field}` });
  const sources = readSources(ROOT, false);
  const regions = new Map(parseRegions(sources.regions).value?.map((r) => [r.id, r]));
  const sectorIds = new Set(parseSectors(sources.sectors).value?.map((s) => s.id));
  const { annotation, problems } = checkReview(review, { regions, sectorIds, takenIds: new Set() });

  it('checks clean in the browser', () => {
    expect(problems).toEqual([]);
  });

  it('passes npm run data, and builds the same atlas as keeping it in the browser', () => {
    if (!annotation) throw new Error('no annotation');
    const yaml = annotationYaml(annotation, '2025-01-01T00:00:00.000Z');
    const built = buildAtlas({
      ...sources,
      annotations: [...sources.annotations, { path: `data/annotations/${id}.yaml`, text: yaml }],
      raw: new Map([...sources.raw, [id, { path: `data/raw/${id}.txt`, text: raw }]]),
    });
    if (!built.ok) throw new Error(built.problems.join('\n'));
    const atlas = AtlasSchema.parse(
      JSON.parse(built.outputs.find((o) => o.path === ATLAS_PATH)?.content ?? ''),
    );
    const before = buildAtlas(sources);
    if (!before.ok) throw new Error(before.problems.join('\n'));
    const base = AtlasSchema.parse(
      JSON.parse(before.outputs.find((o) => o.path === ATLAS_PATH)?.content ?? ''),
    );
    const local = { annotation, text: review.text, savedAt: '2025-01-01T00:00:00.000Z' };
    expect(withLocalArticles(base, [local])).toEqual(atlas);
    expect(atlas.events.filter((e) => e.article === id).map((e) => e.parties)).toContainEqual([
      'shiyan',
      'ningbo',
    ]);
  });
});
