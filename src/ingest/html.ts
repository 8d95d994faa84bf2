/**
 * Reading a saved web page with a real HTML parser (parse5): the article text with one
 * line per block element, and what the page says about itself (title, publication time,
 * site name) for fields the text does not give. Scripts, styles, navigation, forms and
 * page furniture are skipped; when the page has an `<article>`, only it is read.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import type { PageMeta } from '../domain/extract/draft';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'canvas',
  'nav',
  'form',
  'button',
  'select',
  'textarea',
  'aside',
  'head',
  'object',
  'video',
  'audio',
]);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'table',
  'ul',
  'ol',
  'dd',
  'dt',
  'blockquote',
  'pre',
  'figcaption',
  'hr',
]);

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

function walk(node: Node, visit: (e: Element) => void): void {
  if (isElement(node)) visit(node);
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const c of children) walk(c, visit);
}

function textOf(root: Node): string {
  const out: string[] = [];
  const rec = (n: Node): void => {
    if (isElement(n)) {
      if (SKIP.has(n.tagName)) return;
      if (BLOCK.has(n.tagName)) out.push('\n');
      for (const c of n.childNodes) rec(c);
      if (BLOCK.has(n.tagName)) out.push('\n');
      return;
    }
    if (n.nodeName === '#text' && 'value' in n) out.push(n.value);
    else if ('childNodes' in n) for (const c of n.childNodes) rec(c);
  };
  rec(root);
  return out
    .join('')
    .replace(/[ \t\u00a0]+/gu, ' ')
    .replace(/\n\s*\n\s*/gu, '\n\n')
    .trim();
}

/** The page's text and meta data. */
export function readHtml(html: string): { text: string; page: PageMeta } {
  const doc = parse(html);
  let article: Element | undefined;
  let h1: string | undefined;
  let title: string | undefined;
  const page: PageMeta = {};
  walk(doc, (e) => {
    if (e.tagName === 'article' && !article) article = e;
    if (e.tagName === 'h1' && h1 === undefined) h1 = textOf(e);
    if (e.tagName === 'title' && title === undefined) title = textOf(e);
    if (e.tagName === 'meta') {
      const key = attr(e, 'property') ?? attr(e, 'name') ?? attr(e, 'itemprop') ?? '';
      const content = attr(e, 'content');
      if (!content) return;
      if (/published_time|pubdate|publishdate|datePublished/iu.test(key))
        page.published ??= content;
      if (/og:site_name|^source$/iu.test(key)) page.source ??= content;
    }
  });
  const heading = h1 ?? title?.split(/\s*[-_|｜]\s*/u)[0];
  if (heading) page.title = heading;
  let text = textOf(article ?? doc);
  if (heading && !text.startsWith(heading)) text = `${heading}\n\n${text}`;
  return { text, page };
}
