import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { MESSAGES, translate } from './messages';

const SRC = join(import.meta.dirname, '..');
/** Attributes a person reads or hears; their literal values must come from the catalogue. */
const VISIBLE_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const LETTER = /\p{L}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(path);
    return e.name.endsWith('.tsx') ? [path] : [];
  });
}

/** String literals an expression can render: itself, or the branches of `?:`, `&&`, `||`, `??`. */
function renderedLiterals(node: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(node)) return renderedLiterals(node.expression);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node))
    return [node.head, ...node.templateSpans.map((s) => s.literal)];
  if (ts.isConditionalExpression(node))
    return [...renderedLiterals(node.whenTrue), ...renderedLiterals(node.whenFalse)];
  if (ts.isBinaryExpression(node)) return renderedLiterals(node.right);
  return [];
}

/**
 * Text with letters written straight into JSX: text nodes (`<p>Loading</p>`), literal
 * children (`{'Loading'}`, `{ok ? '好' : 'bad'}`) and visible attributes
 * (`aria-label="Zoom"`). Returns `file:line: text` for each.
 */
function hardCodedStrings(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const out: string[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!LETTER.test(text)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    out.push(`${relative(SRC, file)}:${line}: ${text.trim()}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      for (const lit of renderedLiterals(node.expression)) report(lit, lit.getText().slice(1, -1));
    else if (
      ts.isJsxAttribute(node) &&
      VISIBLE_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer
    ) {
      const init = node.initializer;
      const expr = ts.isJsxExpression(init) ? init.expression : init;
      if (expr) for (const lit of renderedLiterals(expr)) report(lit, lit.getText().slice(1, -1));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

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

  it('writes counts in the language, as the stat cards do', () => {
    expect(translate('zh', 'eventsCount', { n: 30_000 })).toBe('3万 个事件');
    expect(translate('en', 'eventsCount', { n: 30_000 })).toBe('30,000 events');
    expect(translate('en', 'showMore', { n: 50, hidden: 9950 })).toBe(
      'Show 50 more (9950 not shown)',
    );
    expect(translate('zh', 'exploreMonthUnknown', { year: 2019 })).toBe('2019年（未注明月份）');
  });

  it('uses the singular form for one where the catalogue has it', () => {
    expect(translate('en', 'eventsCount', { n: 1 })).toBe('1 event');
    expect(translate('en', 'eventsCount', { n: 2 })).toBe('2 events');
    expect(translate('zh', 'eventsCount', { n: 1 })).toBe('1 个事件');
  });

  // Limits: this reads JSX only. Strings built in .ts modules, passed through custom props,
  // or assembled from variables are not seen; glyphs without letters (←, ·, +) are allowed.
  it('has no UI text hard-coded in JSX outside the catalogue', () => {
    const found = tsxFiles(SRC).flatMap((f) => hardCodedStrings(f, readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('notices hard-coded JSX text (the scan itself works)', () => {
    const sample = [
      'export const A = () => <p title="缩放">Loading {n} 个</p>;',
      "export const B = () => <p aria-label={'Zoom'}>{ok ? '好' : '←'}</p>;",
      'export const C = () => <p className="x">{t(\'ok\')} · {`${a}`} ←</p>;',
    ].join('\n');
    expect(hardCodedStrings(join(SRC, 'probe.tsx'), sample)).toEqual([
      'probe.tsx:1: 缩放',
      'probe.tsx:1: Loading',
      'probe.tsx:1: 个',
      'probe.tsx:2: Zoom',
      'probe.tsx:2: 好',
    ]);
  });
});
