import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GAZETTEER_PATH, GazetteerSchema, lexiconOf } from './gazetteer';
import { draftArticle, MAX_BYTES } from './ingest';

const ROOT = join(import.meta.dirname, '../..');
const lexicon = lexiconOf(
  GazetteerSchema.parse(JSON.parse(readFileSync(join(ROOT, GAZETTEER_PATH), 'utf8'))),
);
const seed = readFileSync(join(ROOT, 'data/raw/003_8fac517cc1887912.txt'), 'utf8');

describe('draftArticle', () => {
  it('drafts pasted text and the same text as bytes alike', () => {
    const fromText = draftArticle({ text: seed }, '003', lexicon);
    const fromBytes = draftArticle(
      { bytes: new TextEncoder().encode(seed), fileName: '003.txt' },
      '003',
      lexicon,
    );
    expect(fromText).toMatchObject({ ok: true, encoding: null, draft: { valid: true } });
    expect(fromBytes).toMatchObject({ ok: true, encoding: 'UTF-8' });
    if (!fromText.ok || !fromBytes.ok) return;
    expect(fromBytes.draft).toEqual(fromText.draft);
    expect(fromText.draft.annotation.regions).toEqual(
      expect.arrayContaining(['shangli', 'pingxiang', 'changsha', 'liuyang']),
    );
    expect(fromText.text).toBe(seed);
    for (const e of fromText.draft.annotation.events) expect(fromText.clean).toContain(e.quote);
  });

  it('reads a pasted or dropped HTML page with the parser, not as text', () => {
    const page =
      '<!DOCTYPE html><html><head><title>赣湘签约 - 江西网</title></head><body><nav>首页 北京 上海</nav>' +
      '<article><h1>赣湘两省签署合作协议</h1><p>2019年12月13日，江西省萍乡市与湖南省长沙市在上栗县签署区域合作框架协议，双方将在文化旅游等领域加强合作。</p></article></body></html>';
    for (const input of [
      { text: page },
      { bytes: new TextEncoder().encode(page), fileName: 'page.htm' },
    ]) {
      const r = draftArticle(input, 'p', lexicon);
      expect(r.ok && r.text.startsWith('赣湘两省签署合作协议')).toBe(true);
      expect(r.ok && r.draft.annotation.regions).not.toContain('beijing');
    }
  });

  it('refuses what is not an article, with a reason the page can word', () => {
    expect(draftArticle({ text: '   ' }, 'x', lexicon)).toMatchObject({
      ok: false,
      reason: 'empty',
    });
    expect(draftArticle({ text: 'Just English text.' }, 'x', lexicon)).toMatchObject({
      ok: false,
      reason: 'no-chinese',
    });
    const big = new Uint8Array(MAX_BYTES + 1);
    expect(draftArticle({ bytes: big, fileName: 'a.txt' }, 'x', lexicon)).toMatchObject({
      ok: false,
      reason: 'too-large',
      message: '5.0 MB is too large for an article',
    });
  });
});
