/**
 * The curated stories, bundled at build time from `data/stories/*.yaml` (so
 * the single-file build carries them too) and checked against the loaded atlas.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { loadStory, type LoadedStory } from './story';

const FILES: Readonly<Record<string, string>> = import.meta.glob<string>(
  '../../data/stories/*.yaml',
  {
    query: '?raw',
    import: 'default',
    eager: true,
  },
);

const cache = new WeakMap<AtlasIndex, readonly LoadedStory[]>();

/** Every story, valid or with its problems, sorted by file name. */
export function allStories(index: AtlasIndex): readonly LoadedStory[] {
  let stories = cache.get(index);
  if (!stories) {
    stories = Object.keys(FILES)
      .sort()
      .map((path) => {
        const file = path.replace(/^(\.\.\/)+/, '');
        return loadStory(index, FILES[path] ?? '', file);
      });
    cache.set(index, stories);
  }
  return stories;
}

/** The story with this id, or null. */
export function findStory(index: AtlasIndex, id: string): LoadedStory | null {
  return (
    allStories(index).find((s) => (s.ok ? s.id : s.file.replace(/^.*\/|\.ya?ml$/g, '')) === id) ??
    null
  );
}
