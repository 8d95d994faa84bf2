/**
 * Turning a file's bytes into text, the same way in Node and in the browser: UTF-8 (with
 * or without BOM), UTF-16 with a BOM, the charset an HTML page declares, or what `chardet`
 * detects (GBK/GB18030, Big5 …), decoded with the platform's WHATWG `TextDecoder` (Node's
 * full ICU and every browser know the same encodings). Empty files, binary files and
 * text without Chinese are refused with a reason code the caller words in zh or en.
 */
import { analyse } from 'chardet';

/** Why a file cannot be read as an article. */
export type DecodeRefusal =
  | { reason: 'empty' }
  | { reason: 'binary' }
  | { reason: 'unknown-encoding' }
  | { reason: 'no-chinese'; cjk: number; encoding: string };

/** Decoded text and the encoding it was read in, or why the file cannot be an article. */
export type Decoded =
  { ok: true; text: string; encoding: string } | ({ ok: false; message: string } & DecodeRefusal);

/** Fewer Chinese characters than this and a file is not taken for a Chinese article. */
export const MIN_CJK = 20;

const CJK = /[\u3400-\u9fff]/gu;

/** The English line of a refusal, as `npm run ingest` prints it. */
export function refusalMessage(r: DecodeRefusal): string {
  switch (r.reason) {
    case 'empty':
      return 'the file is empty';
    case 'binary':
      return 'binary data, not text: is this an article?';
    case 'unknown-encoding':
      return 'unknown text encoding';
    case 'no-chinese':
      return `no Chinese text (${r.cjk} Chinese characters read as ${r.encoding}): is this an article?`;
  }
}

const refuse = (r: DecodeRefusal): Decoded => ({ ok: false, message: refusalMessage(r), ...r });

function binary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length * 0.05;
}

/** A `TextDecoder` for `label`, or null when the platform does not know the encoding. */
function decoder(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

function declaredCharset(bytes: Uint8Array): string | null {
  const head = decoder('latin1')?.decode(bytes.subarray(0, 4096)) ?? '';
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head);
  return m?.[1] && decoder(m[1]) ? m[1] : null;
}

function utf8(bytes: Uint8Array): string | null {
  try {
    return decoder('utf-8', true)?.decode(bytes) ?? null;
  } catch {
    return null;
  }
}

/** Refuses empty text and text with too few Chinese characters to be an article. */
export function checked(text: string, encoding: string): Decoded {
  if (text.trim().length === 0) return refuse({ reason: 'empty' });
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk < MIN_CJK) return refuse({ reason: 'no-chinese', cjk, encoding });
  return { ok: true, text, encoding };
}

/** Decodes a file's bytes; `html` lets a page's `<meta charset>` decide first. */
export function decode(bytes: Uint8Array, html = false): Decoded {
  if (bytes.length === 0) return refuse({ reason: 'empty' });
  const as = (label: string, name: string) =>
    checked((decoder(label)?.decode(bytes) ?? '').replace(/^\uFEFF/u, ''), name);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return as('utf-16le', 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return as('utf-16be', 'UTF-16BE');
  if (binary(bytes)) return refuse({ reason: 'binary' });
  const asUtf8 = utf8(bytes);
  if (asUtf8 !== null) return checked(asUtf8.replace(/^\uFEFF/u, ''), 'UTF-8');
  const declared = html ? declaredCharset(bytes) : null;
  if (declared) return as(declared, declared);
  const best = analyse(bytes).find((m) => decoder(m.name) !== null);
  if (!best) return refuse({ reason: 'unknown-encoding' });
  // GB2312 and GBK bytes are a subset of GB18030: decode with the superset.
  const encoding = /^(?:GB2312|GBK)$/iu.test(best.name) ? 'GB18030' : best.name;
  return as(encoding, encoding);
}
