/**
 * The content hash of the compiled atlas files (`scripts/atlas/compile.ts` writes
 * them): SHA-256 by WebCrypto, which digests off the page's main thread. Where the
 * browser offers no WebCrypto (a page served over plain HTTP from another machine),
 * nothing can be verified and callers validate instead.
 */

/** What the first bytes of an atlas file say: its format version and declared hash. */
export interface FileHeader {
  readonly version: number | null;
  readonly hash: string | null;
  /** Byte offset of the hash's 64 hex digits, when there is one. */
  readonly hashAt: number;
}

const HEADER =
  /^\uFEFF?\s*\{\s*"version"\s*:\s*(\d+)\s*(?:,\s*"hash"\s*:\s*"(sha256-[0-9a-f]{64})")?/;

/** Reads the header from a file's first bytes (everything before the hash is ASCII). */
export function readHeader(bytes: Uint8Array): FileHeader {
  const prefix = new TextDecoder().decode(bytes.subarray(0, 256));
  const match = HEADER.exec(prefix);
  if (!match) return { version: null, hash: null, hashAt: -1 };
  const hash = match[2] ?? null;
  return {
    version: Number(match[1]),
    hash,
    hashAt: hash === null ? -1 : match.index + match[0].length - 65,
  };
}

function subtle(): SubtleCrypto | null {
  return typeof crypto !== 'undefined' && crypto.subtle !== undefined ? crypto.subtle : null;
}

/** True when this page can verify hashes. */
export function canVerify(): boolean {
  return subtle() !== null;
}

/** `sha256-<hex>` of some bytes, or null without WebCrypto. */
export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<string | null> {
  const s = subtle();
  if (!s) return null;
  const digest = new Uint8Array(await s.digest('SHA-256', bytes));
  return `sha256-${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Whether a core file's bytes are exactly what the writer sealed: the SHA-256 of the
 * bytes with the declared hash's digits read as `0`s equals the declared hash.
 * 'unavailable' without WebCrypto or without a declared hash.
 */
export async function verifyCore(
  bytes: Uint8Array,
  header: FileHeader,
): Promise<'ok' | 'mismatch' | 'unavailable'> {
  if (header.hash === null || !canVerify()) return 'unavailable';
  const unsealed = bytes.slice();
  unsealed.fill(0x30, header.hashAt, header.hashAt + 64);
  const digest = await sha256(unsealed);
  return digest === null ? 'unavailable' : digest === header.hash ? 'ok' : 'mismatch';
}
