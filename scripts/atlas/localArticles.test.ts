/**
 * An article added in the browser joins the atlas exactly as `npm run data` would add
 * it: the repository's atlas built without one article, plus that article as a local
 * one, equals the atlas built with every article.
 */
import { describe, expect, it } from 'vitest';
import { withLocalArticles, type LocalArticle } from '../../src/domain/localArticles';
import type { ArticleDetail, Atlas } from '../../src/domain/schema';
import { splitFullAtlas } from '../../src/domain/split';
import { ROOT } from '../geo/sources';
import { buildAtlas } from './build';
import { readSources } from './io';
import { parseAnnotation } from './parse';
import { readOutputs } from './readCompiled';
import type { Sources } from './types';

const sources = readSources(ROOT, false);

/** What `npm run data` builds from `s`, read back: the records and each article's detail. */
function atlasOf(s: Sources): { atlas: Atlas; details: ArticleDetail[] } {
  const built = buildAtlas(s);
  if (!built.ok) throw new Error(built.problems.join('\n'));
  return splitFullAtlas(readOutputs(built.outputs).full);
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
      expect(without.atlas).not.toEqual(full.atlas);
      const local = localOf(path);
      const joined = withLocalArticles(without.atlas, [local]);
      expect(joined.atlas).toEqual(full.atlas);
      // The summary and every quote are served as the pipeline's detail file holds them.
      expect(joined.details).toEqual(full.details.filter((d) => d.id === local.annotation.id));
      expect(joined.texts).toEqual([local.text]);
    },
  );

  it('replaces an article of the same id instead of doubling it', () => {
    const local = localOf(sources.annotations[2]?.path ?? '');
    const edited: LocalArticle = {
      ...local,
      annotation: { ...local.annotation, events: local.annotation.events.slice(0, 1) },
    };
    const merged = withLocalArticles(full.atlas, [edited]).atlas;
    expect(merged.articles).toHaveLength(full.atlas.articles.length);
    const events = (a: Atlas) => a.events.filter((e) => e.article === local.annotation.id);
    expect(events(merged)).toHaveLength(1);
    expect(events(full.atlas).length).toBeGreaterThan(1);
    expect(withLocalArticles(full.atlas, [local]).atlas).toEqual(full.atlas);
  });

  it('returns the atlas itself when there is nothing local', () => {
    expect(withLocalArticles(full.atlas, []).atlas).toBe(full.atlas);
  });
});
