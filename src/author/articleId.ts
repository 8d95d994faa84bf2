/** Ids for new articles: a file's stem as `npm run ingest` makes it, or a hash of pasted text. */

/** FNV-1a, 32 bits, as 8 hex digits: short, stable, enough to tell articles apart. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The article id for a file (its stem, as the CLI makes it) or for pasted text. */
export function articleIdFor(text: string, fileName: string | null): string {
  if (fileName !== null) {
    const stem = fileName
      .replace(/\.[^.]*$/u, '')
      .replace(/[^\w-]+/gu, '-')
      .replace(/^-+|-+$/gu, '');
    if (stem) return stem;
  }
  return `article_${textHash(text)}`;
}
