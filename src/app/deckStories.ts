/**
 * The stories a deck can be made of, from the presentation's own story and
 * step code: the app wires the two features together (features do not import
 * each other). Loaded on demand with the deck export.
 */
import type { StoryCatalogue } from '../export/deck/catalogue';
import { eventSteps } from '../present/steps';
import { allStories, findStory } from '../present/stories';
import { filteredView } from '../state/derived';

const idOf = (file: string) => file.replace(/^.*\/|\.ya?ml$/g, '');

/** Curated stories from `data/stories/*.yaml`, and every event in date order. */
export const storyCatalogue: StoryCatalogue = {
  choices: (index) =>
    allStories(index).flatMap((s) =>
      s.ok ? [{ id: s.id, title: s.title, steps: s.steps.length }] : [],
    ),
  find: (index, id, filters) => {
    if (id === null) {
      const steps = eventSteps(index, filteredView(index, filters).events);
      return { ok: true, story: { id: null, title: null, steps } };
    }
    const story = findStory(index, id);
    if (!story) {
      const known = allStories(index).map((s) => (s.ok ? s.id : idOf(s.file)));
      return { ok: false, reason: 'unknown', known };
    }
    if (!story.ok)
      return { ok: false, reason: 'invalid', file: story.file, problems: story.problems };
    return { ok: true, story: { id: story.id, title: story.title, steps: story.steps } };
  },
};
