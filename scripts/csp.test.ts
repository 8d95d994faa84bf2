import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, injectCsp } from './csp';

const page = `<!doctype html>
<html lang="zh-Hans">
  <head>
    <meta charset="UTF-8" />
    <title>t</title>
    <script type="module" crossorigin src="./assets/index.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('content security policy', () => {
  it('allows only the own origin, with no inline script and no eval', () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-(inline|eval)/);
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('goes right after <meta charset>, once', () => {
    const out = injectCsp(page);
    const lines = out.split('\n').map((l) => l.trim());
    expect(lines[lines.indexOf('<meta charset="UTF-8" />') + 1]).toMatch(
      /^<meta http-equiv="Content-Security-Policy" content="default-src 'self'; /,
    );
    expect(injectCsp(out)).toBe(out);
  });

  it('allows an inline script by its hash only', () => {
    const out = injectCsp(page.replace('</head>', '<script>window.x = 1;</script></head>'));
    expect(out).toContain("script-src 'self' 'sha256-");
    expect(out).not.toContain('unsafe-inline');
  });

  it('allows an inline style element by its hash only', () => {
    const out = injectCsp(page.replace('</head>', '<style>p { color: red; }</style></head>'));
    expect(out).toMatch(/style-src 'self' 'sha256-[^']+'; /);
    expect(out).not.toContain('unsafe-inline');
  });
});
