import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../domain/atlasIndex';
import { AtlasCoreFileSchema } from '../domain/compiledSchema';
import { makeEvent, makeIndex } from '../testing/fixtures';
import { loadStory } from './story';

const STORIES = 'data/stories';

describe('the curated stories in data/stories', () => {
  const index = buildIndex(
    AtlasCoreFileSchema.parse(JSON.parse(readFileSync('public/data/atlas.json', 'utf8'))),
  );
  const files = readdirSync(STORIES).filter((f) => f.endsWith('.yaml'));

  it('exist', () => expect(files.length).toBeGreaterThan(0));

  it.each(files)('%s is valid against the compiled atlas, with zh and en captions', (file) => {
    const story = loadStory(index, readFileSync(join(STORIES, file), 'utf8'), `${STORIES}/${file}`);
    expect(story.ok ? [] : story.problems).toEqual([]);
    if (!story.ok) return;
    expect(story.steps.length).toBeGreaterThan(3);
    for (const step of story.steps) {
      expect(step.caption?.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(step.caption?.en).toMatch(/^[\x20-\x7e–—’]+$/);
    }
  });
});

describe('loadStory', () => {
  const index = makeIndex({ events: [makeEvent({ id: 'forum', article: 'a1' })] });
  const story = (steps: string) => `id: s\ntitle: {zh: 标题, en: Title}\nsteps:\n${steps}`;

  it('resolves an event step: selection, title, date and source from the event', () => {
    const loaded = loadStory(
      index,
      story('  - event: a1#forum\n    caption: {zh: 说明, en: Caption}\n'),
      'data/stories/s.yaml',
    );
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const [step] = loaded.steps;
    expect(step?.selection).toEqual({ kind: 'pair', a: 'sichuan', b: 'zhejiang' });
    expect(step?.title.en).toBe('Forum');
    expect(step?.date).toBe('2016-09-27');
    expect(step?.article?.id).toBe('a1');
    expect(step?.filters).toEqual({ years: null, sectors: [] });
  });

  it('names the file, the step and the field of every problem', () => {
    const loaded = loadStory(
      index,
      story(
        '  - event: a1#nothing\n    region: atlantis\n    caption: {zh: 说明, en: Caption}\n' +
          '  - title: {zh: 标题, en: Title}\n    years: [1990, 1991]\n    caption: {zh: 说明, en: Caption}\n' +
          '  - title: {zh: 标题, en: Title}\n',
      ),
      'data/stories/s.yaml',
    );
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.problems).toEqual([
      'data/stories/s.yaml, step 3, field "caption": Invalid input: expected object, received undefined',
    ]);
  });

  it('reports references the atlas does not know', () => {
    const loaded = loadStory(
      index,
      story(
        '  - event: a1#nothing\n    region: atlantis\n    caption: {zh: 说明, en: Caption}\n' +
          '  - title: {zh: 标题, en: Title}\n    years: [1990, 1991]\n    caption: {zh: 说明, en: Caption}\n',
      ),
      'data/stories/s.yaml',
    );
    expect(loaded.ok ? [] : loaded.problems).toEqual([
      'data/stories/s.yaml, step 1, field "event": no event a1#nothing',
      'data/stories/s.yaml, step 1: unknown region "atlantis"',
      'data/stories/s.yaml, step 2, field "years": must lie within 2016–2016',
    ]);
  });

  it('rejects YAML that does not parse and a mismatched id', () => {
    expect(loadStory(index, 'id: [', 'data/stories/s.yaml').ok).toBe(false);
    const other = loadStory(
      index,
      story('  - title: {zh: 标题, en: Title}\n    caption: {zh: 说明, en: Caption}\n'),
      'data/stories/other.yaml',
    );
    expect(other.ok ? [] : other.problems).toEqual([
      'data/stories/other.yaml, field "id": must be the file name "other"',
    ]);
  });
});
