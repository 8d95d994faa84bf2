/**
 * The script in `<head>` that keeps the baked first frame from contradicting the URL or the
 * atlas (`headScript.ts`): run on a stand-in page for each case.
 */
import { describe, expect, it } from 'vitest';
import { KEPT_MARK } from '../../src/author/keptMark';
import { CARRIED_BLOCK_ID } from '../../src/io/offlineCopy';
import { FIRST_FRAME } from '../../src/svgmap/firstFrame';
import { headScript } from './headScript';

/** Runs the head script for `search` in a browser of `languages`; the classes it put on `<html>`. */
function classesFor(search: string, languages: string[] = ['zh-CN'], saved?: string): string[] {
  return runHead(search, languages, saved).classes;
}

/** What the page holds besides its URL: this browser's storage, an offline copy's carried articles. */
interface PageState {
  readonly stored?: Record<string, string>;
  /** `localStorage` throws, as in private mode or a page from a file. */
  readonly storageOff?: boolean;
  readonly carried?: string;
}

/** Runs the head script; the classes it put on `<html>` and the language it set. */
function runHead(
  search: string,
  languages: string[] = ['zh-CN'],
  saved?: string,
  state: PageState = {},
) {
  const classes = new Set<string>();
  const root = {
    lang: 'zh-Hans',
    classList: { add: (c: string) => classes.add(c) },
    setAttribute: () => undefined,
  };
  const document = {
    documentElement: root,
    querySelector: () => (saved ? { getAttribute: () => saved } : null),
    getElementById: (id: string) =>
      id === CARRIED_BLOCK_ID && state.carried !== undefined
        ? { textContent: state.carried }
        : null,
  };
  const localStorage = {
    getItem: (key: string) => {
      if (state.storageOff) throw new DOMException('denied', 'SecurityError');
      return state.stored?.[key] ?? null;
    },
  };
  const run = new Function(
    'document',
    'location',
    'navigator',
    'localStorage',
    headScript(['zh', 'en']),
  );
  run(document, { search }, { languages }, localStorage);
  return { classes: [...classes], lang: root.lang };
}

describe('the head script', () => {
  it('keeps the baked view for the URL the picture was drawn for', () => {
    expect(classesFor('')).toEqual([]);
    expect(classesFor('?lang=zh')).toEqual([]);
    expect(classesFor('?theme=light')).toEqual([]);
    // Parameters the app does not own leave the view as it is.
    expect(classesFor('?utm_source=mail')).toEqual([]);
  });

  it('leaves only the geography when the URL asks for another view', () => {
    for (const query of [
      '?region=zigong',
      '?pair=sichuan~zhejiang',
      '?years=2020',
      '?sectors=textiles',
      '?view=table',
      '?data=other.json',
      '?author=1',
      '?story=a&step=2',
    ]) {
      expect(classesFor(query), query).toEqual([FIRST_FRAME.bare]);
    }
    expect(classesFor('?theme=dark')).toEqual([FIRST_FRAME.dark, FIRST_FRAME.bare]);
    expect(classesFor('?embed=1')).toEqual([FIRST_FRAME.embed, FIRST_FRAME.bare]);
  });

  it('leaves only the geography when the atlas will hold articles the picture was drawn without', () => {
    // This browser keeps articles of its own (the mark the app writes with them).
    expect(runHead('', ['zh-CN'], undefined, { stored: { [KEPT_MARK]: '2' } }).classes).toEqual([
      FIRST_FRAME.bare,
    ]);
    // An offline copy carries some; one that carries none keeps its picture.
    expect(runHead('', ['zh-CN'], undefined, { carried: '[{"annotation":{}}]' }).classes).toEqual([
      FIRST_FRAME.bare,
    ]);
    expect(runHead('', ['zh-CN'], undefined, { carried: ' [ ] ' }).classes).toEqual([]);
    // No mark, or no storage to read it from: the picture shows.
    expect(runHead('', ['zh-CN'], undefined, { stored: {} }).classes).toEqual([]);
    expect(runHead('', ['zh-CN'], undefined, { storageOff: true }).classes).toEqual([]);
  });

  it('follows the browser language when the URL names none, and an offline copy’s saved view', () => {
    // As the app's `browserLang`: Chinese when any of the browser's languages is. Both languages
    // have their pictures: the language only picks which one shows.
    expect(runHead('', ['en-GB'])).toEqual({ classes: [], lang: 'en' });
    expect(runHead('?lang=en')).toEqual({ classes: [], lang: 'en' });
    expect(runHead('', ['en-GB', 'zh-TW'])).toEqual({ classes: [], lang: 'zh-Hans' });
    expect(runHead('?lang=zh', ['en-GB'])).toEqual({ classes: [], lang: 'zh-Hans' });
    expect(classesFor('', ['zh-CN'], '?region=aba')).toEqual([FIRST_FRAME.bare]);
  });
});
