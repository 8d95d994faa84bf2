import { describe, expect, it } from 'vitest';
import { MESSAGES, translate } from './messages';

describe('message catalogue', () => {
  it('has every key in both languages, non-empty', () => {
    const zhKeys = Object.keys(MESSAGES.zh).sort();
    expect(Object.keys(MESSAGES.en).sort()).toEqual(zhKeys);
    for (const lang of ['zh', 'en'] as const) {
      for (const key of zhKeys)
        expect(MESSAGES[lang][key as keyof typeof MESSAGES.zh].trim(), `${lang}.${key}`).not.toBe(
          '',
        );
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(MESSAGES.zh) as (keyof typeof MESSAGES.zh)[]) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(MESSAGES.en[key]), key).toEqual(names(MESSAGES.zh[key]));
    }
  });

  it('fills placeholders', () => {
    expect(translate('zh', 'eventsCount', { n: 3 })).toBe('3 个事件');
    expect(translate('en', 'droppedParam', { name: 'years', value: 'x' })).toContain('years=x');
  });
});
