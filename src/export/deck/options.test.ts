import { describe, expect, it } from 'vitest';
import { checkOptions } from './options';

describe('checkOptions', () => {
  it('fills in the page language, 16:9 and 1920 pixels', () => {
    expect(checkOptions({}, 'zh')).toEqual({
      story: undefined,
      lang: 'zh',
      aspect: '16:9',
      width: 1920,
    });
    expect(checkOptions({ story: null, lang: 'en', aspect: '4:3', width: 960 }, 'zh')).toEqual({
      story: null,
      lang: 'en',
      aspect: '4:3',
      width: 960,
    });
    expect(checkOptions(undefined, 'en').story).toBeUndefined();
  });

  it('refuses a bad value in the page language, naming the option and what it takes', () => {
    expect(() => checkOptions({ aspect: '16:10' }, 'zh')).toThrow(
      '选项 aspect 的值“16:10”无效：应为 16:9 或 4:3。',
    );
    expect(() => checkOptions({ lang: 'fr' }, 'en')).toThrow(
      'Option lang cannot be “fr”: use zh or en.',
    );
    expect(() => checkOptions({ width: 100000 }, 'en')).toThrow(/Option width .*640 to 3840/);
    expect(() => checkOptions({ story: 3 }, 'en')).toThrow(/Option story .*story id/);
  });
});
