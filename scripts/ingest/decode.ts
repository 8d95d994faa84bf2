/**
 * Turning a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM,
 * the charset an HTML page declares, or what `chardet` detects (GBK/GB18030, Big5 …)
 * decoded with `iconv-lite`. Empty files, binary files and text without Chinese are
 * refused with a message that says what the file looks like.
 */
import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/** Decoded text and the encoding it was read in, or why the file cannot be an article. */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

/** Fewer Chinese characters than this and a file is not taken for a Chinese article. */
export const MIN_CJK = 20;

const CJK = /[\u3400-\u9fff]/gu;

function binary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length * 0.05;
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head);
  return m?.[1] && iconv.encodingExists(m[1]) ? m[1] : null;
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function checked(text: string, encoding: string): Decoded {
  if (text.trim().length === 0) return { ok: false, message: 'the file is empty' };
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk < MIN_CJK) {
    return {
      ok: false,
      message: `no Chinese text (${cjk} Chinese characters read as ${encoding}): is this an article?`,
    };
  }
  return { ok: true, text, encoding };
}

/** Decodes a file's bytes; `html` lets a page's `<meta charset>` decide first. */
export function decode(bytes: Uint8Array, html = false): Decoded {
  if (bytes.length === 0) return { ok: false, message: 'the file is empty' };
  const buffer = Buffer.from(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return checked(iconv.decode(buffer, 'utf-16le'), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return checked(iconv.decode(buffer, 'utf-16be'), 'UTF-16BE');
  if (binary(bytes)) return { ok: false, message: 'binary data, not text: is this an article?' };
  const asUtf8 = utf8(bytes);
  if (asUtf8 !== null) return checked(asUtf8.replace(/^\uFEFF/u, ''), 'UTF-8');
  const declared = html ? declaredCharset(bytes) : null;
  if (declared) return checked(iconv.decode(buffer, declared), declared);
  const best = analyse(bytes).find((m) => iconv.encodingExists(m.name));
  if (!best) return { ok: false, message: 'unknown text encoding' };
  const encoding = /^(?:GB2312|GBK)$/iu.test(best.name) ? 'GB18030' : best.name;
  return checked(iconv.decode(buffer, encoding), encoding);
}
