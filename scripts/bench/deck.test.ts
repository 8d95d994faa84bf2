import { describe, expect, it } from 'vitest';
import { pickStory } from './deck';

describe('the story the deck export is measured with', () => {
  it('is the shortest story of at least 10 steps (the target’s length)', () => {
    const stories = [
      { id: 'long', steps: 40 },
      { id: 'short', steps: 4 },
      { id: 'ten', steps: 10 },
      { id: 'twelve', steps: 12 },
    ];
    expect(pickStory(stories)).toEqual({ id: 'ten', steps: 10 });
  });

  it('is the longest one when none reaches 10 steps', () => {
    expect(
      pickStory([
        { id: 'a', steps: 3 },
        { id: 'b', steps: 7 },
      ]).id,
    ).toBe('b');
    expect(() => pickStory([])).toThrow(/no story/);
  });
});
