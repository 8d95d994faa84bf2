/**
 * An article added in the browser joins the atlas exactly as `npm run data` would add
 * it: the repository's atlas built without one article, plus that article as a local
 * one, equals the atlas built with every article.
 */
import { describe, expect, it } from 'vitest';
import { withLocalArticles, type LocalArticle } from '../../src/domain/localArticles';
import { AtlasSchema, type Atlas } from '../../src/domain/schema';
import { ROOT } from '../geo/sources';
import { buildAtlas } from './build';
import { readSources } from './io';
import { parseAnnotation } from './parse';
import { ATLAS_PATH, type Sources } from './types';

const sources = readSources(ROOT, false);

function atlasOf(s: Sources): Atlas {
  const built = buildAtlas(s);
  if (!built.ok) throw new Error(built.problems.join('\n'));
  const file = built.outputs.find((o) => o.path === ATLAS_PATH);
  return AtlasSchema.parse(JSON.parse(file?.content ?? ''));
}

function localOf(path: string): LocalArticle {
  const file = sources.annotations.find((a) => a.path === path);
  const annotation = file ? parseAnnotation(file).value : null;
  if (!annotation) throw new Error(`${path} does not parse`);
  const original = sources.raw.get(annotation.id)?.text ?? '';
  return {
    annotation,
    text: { id: annotation.id, original, clean: original, mojibake: [] },
    savedAt: '2025-01-01T00:00:00.000Z',
  };
}

describe('withLocalArticles', () => {
  const full = atlasOf(sources);

  it.each(sources.annotations.map((a) => a.path))(
    'the atlas without %s, plus it as a local article, is the full atlas',
    (path) => {
      const without = atlasOf({
        ...sources,
        annotations: sources.annotations.filter((a) => a.path !== path),
      });
      expect(without).not.toEqual(full);
      expect(withLocalArticles(without, [localOf(path)])).toEqual(full);
    },
  );

  it('replaces an article of the same id instead of doubling it', () => {
    const local = localOf(sources.annotations[2]?.path ?? '');
    const edited: LocalArticle = {
      ...local,
      annotation: { ...local.annotation, events: local.annotation.events.slice(0, 1) },
    };
    const merged = withLocalArticles(full, [edited]);
    expect(merged.articles).toHaveLength(full.articles.length);
    const events = (a: Atlas) => a.events.filter((e) => e.article === local.annotation.id);
    expect(events(merged)).toHaveLength(1);
    expect(events(full).length).toBeGreaterThan(1);
    expect(withLocalArticles(full, [local])).toEqual(full);
  });

  it('returns the atlas itself when there is nothing local', () => {
    expect(withLocalArticles(full, [])).toBe(full);
  });
});
