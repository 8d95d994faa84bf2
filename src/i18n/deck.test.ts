import { describe, expect, it } from 'vitest';
import { DECK_MESSAGES, deckText } from './deck';
import { MESSAGES } from './messages';

describe('deck strings', () => {
  it('have every key in both languages, with the same placeholders, none in the app catalogue', () => {
    const keys = Object.keys(DECK_MESSAGES.zh).sort();
    expect(Object.keys(DECK_MESSAGES.en).sort()).toEqual(keys);
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const english: Readonly<Record<string, string>> = DECK_MESSAGES.en;
    for (const [key, zh] of Object.entries(DECK_MESSAGES.zh)) {
      const en = english[key] ?? '';
      expect(zh.trim(), key).not.toBe('');
      expect(names(en), key).toEqual(names(zh));
      expect(key in MESSAGES.zh, key).toBe(false);
    }
  });

  it('fill placeholders like the app catalogue', () => {
    expect(deckText('zh', 'deckArticleId', { id: 'a1' })).toBe('文章编号：a1');
    expect(deckText('en', 'deckSourcesMore', { n: 3 })).toBe(
      '3 more reports: the full list is in this slide’s notes.',
    );
  });
});
