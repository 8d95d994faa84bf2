import { describe, expect, it } from 'vitest';
import { LocalArticleSchema, type LocalArticle } from '../domain/localArticles';
import { z } from '../domain/zod';
import { CARRIED_BLOCK_ID, withCarriedArticles } from './offlineCopy';

const SHELL = [
  '<!doctype html>',
  '<html lang="zh-Hans">',
  '  <head>',
  '    <meta charset="UTF-8" />',
  `    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-abc'" />`,
  '    <title>Atlas</title>',
  '    <script type="module">const s = "</head></body>"; run();</script>',
  '  </head>',
  '  <body><div id="root"></div></body>',
  '</html>',
].join('\n');

function local(id: string, original: string): LocalArticle {
  return {
    annotation: {
      id,
      status: 'curated',
      title: { zh: '标题', en: 'Title' },
      published: '2024-06-12',
      source: { zh: '来源', en: 'Source' },
      summary: { zh: '摘要', en: 'Summary' },
      regions: ['ningbo'],
      sectors: [],
      events: [],
      figures: [],
    },
    text: { id, original, clean: original, mojibake: [] },
    savedAt: '2025-01-01T00:00:00.000Z',
  };
}

/** What the copy's start-up reads: the block's text, parsed as the app parses it. */
function carried(html: string): LocalArticle[] {
  const open = `<script type="application/json" id="${CARRIED_BLOCK_ID}">`;
  const start = html.indexOf(open) + open.length;
  const text = html.slice(start, html.indexOf('</script>', start));
  return z.array(LocalArticleSchema).parse(JSON.parse(text));
}

describe('an offline copy that carries local articles', () => {
  it('holds them in a data block after the charset and the policy, before any code', () => {
    const html = withCarriedArticles(SHELL, [local('a', '正文')]);
    const block = html.indexOf(CARRIED_BLOCK_ID);
    expect(block).toBeGreaterThan(html.indexOf('Content-Security-Policy'));
    expect(block).toBeLessThan(html.indexOf('<script type="module">'));
    expect(html.indexOf('<meta charset')).toBeLessThan(1024);
    expect(carried(html).map((a) => a.annotation.id)).toEqual(['a']);
    expect(html.endsWith('</html>')).toBe(true);
    expect(html).toContain('const s = "</head></body>"; run();');
  });

  it('survives article text that looks like markup', () => {
    const html = withCarriedArticles(SHELL, [local('a', '</script><script>alert(1)</script>')]);
    expect(carried(html)[0]?.text.original).toBe('</script><script>alert(1)</script>');
    expect(html).not.toContain('<script>alert(1)');
  });

  it('replaces the articles a copy already carries instead of adding a second block', () => {
    const once = withCarriedArticles(SHELL, [local('a', '一')]);
    const twice = withCarriedArticles(once, [local('b', '二')]);
    expect(twice.split(CARRIED_BLOCK_ID)).toHaveLength(2);
    expect(carried(twice).map((a) => a.annotation.id)).toEqual(['b']);
  });
});
