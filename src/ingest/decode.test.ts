import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from './decode';

const TEXT = '湖北省与湖南省签署长江中游城市群合作框架协议，两省200余家企业参加了签约仪式。';

describe('decode', () => {
  it('reads UTF-8, with or without BOM, and UTF-16 with BOM, from plain Uint8Arrays', () => {
    expect(decode(new TextEncoder().encode(TEXT))).toMatchObject({ ok: true, text: TEXT });
    expect(decode(Buffer.from(TEXT))).toMatchObject({ ok: true, text: TEXT, encoding: 'UTF-8' });
    expect(decode(Buffer.from(`\uFEFF${TEXT}`))).toMatchObject({ ok: true, text: TEXT });
    expect(
      decode(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')])),
    ).toMatchObject({ ok: true, text: TEXT });
  });

  it('detects GBK and Big5 bytes', () => {
    expect(decode(iconv.encode(TEXT, 'gbk'))).toMatchObject({
      ok: true,
      text: TEXT,
      encoding: 'GB18030',
    });
    const traditional =
      '湖北省與湖南省簽署長江中游城市群合作框架協議，兩省200餘家企業參加了簽約儀式。';
    expect(decode(iconv.encode(traditional, 'big5'))).toMatchObject({
      ok: true,
      text: traditional,
      encoding: 'Big5',
    });
  });

  it('follows the charset an HTML page declares', () => {
    const page = `<html><head><meta charset="gbk"></head><body><p>${TEXT}</p></body></html>`;
    expect(decode(iconv.encode(page, 'gbk'), true)).toMatchObject({ ok: true, encoding: 'gbk' });
  });

  it('refuses empty, binary and non-Chinese files with a message', () => {
    const empty = { ok: false, reason: 'empty', message: 'the file is empty' };
    expect(decode(new Uint8Array(0))).toEqual(empty);
    expect(decode(new TextEncoder().encode('   \n\n  '))).toEqual(empty);
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]))).toMatchObject({
      ok: false,
      reason: 'binary',
      message: expect.stringMatching(/binary/),
    });
    expect(
      decode(iconv.encode('Это русский текст о сотрудничестве регионов.', 'koi8-r')),
    ).toMatchObject({
      ok: false,
      reason: 'no-chinese',
      message: expect.stringMatching(/no Chinese text/),
    });
  });
});
