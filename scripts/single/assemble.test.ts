import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assembleSingle, BOOTSTRAP, singleFileCsp } from './assemble';

const shell = `<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'" />
    <title>Atlas</title>
    <link rel="preload" href="data/boundaries.json" as="fetch" crossorigin="anonymous" />
    <link
      rel="preload"
      href="fonts/atlas-labels.woff2"
      as="font"
      type="font/woff2"
      crossorigin="anonymous"
    />
    <script type="module" crossorigin src="./assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/chunk.js">
    <link rel="stylesheet" crossorigin href="./assets/index.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

function inlineTexts(html: string, tag: 'script' | 'style'): string[] {
  return [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map(
    (m) => m[1] ?? '',
  );
}

describe('assembleSingle', () => {
  const html = assembleSingle({
    shell,
    script: 'const a = "$&$1"; if (x</script/.test(s)) {} // <!-- not a comment',
    style: 'body{color:red}',
    files: { 'data/atlas.json': '{"t":"</script><!--"}' },
    csp: singleFileCsp,
  });

  it('inlines code, styles and data, with no external reference left', () => {
    expect(html).not.toMatch(/src="\.\/assets|href="\.\/assets|href="data\/|href="fonts\//);
    expect(html).toContain('const a = "$&$1"');
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).toContain('<div id="root"></div>');
    expect(html.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('keeps every inline script inside its element', () => {
    const scripts = inlineTexts(html, 'script');
    expect(scripts).toHaveLength(3);
    expect(scripts[0]).toBe(BOOTSTRAP);
    expect(scripts[2]).toContain('x<\\/script/');
    const data = scripts[1]?.replace(/^window.__ATLAS_INLINE__ = /, '').replace(/;$/, '') ?? '';
    expect(JSON.parse(data)).toEqual({ files: { 'data/atlas.json': '{"t":"</script><!--"}' } });
  });

  it('allows exactly its inline scripts and styles by hash', () => {
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const policy = /content="([^"]+)"/.exec(html.slice(html.indexOf('Content-Security')))?.[1];
    for (const s of inlineTexts(html, 'script')) expect(policy).toContain(hash(s));
    for (const s of inlineTexts(html, 'style')) expect(policy).toContain(hash(s));
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
  });
});
