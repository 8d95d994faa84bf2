/**
 * The files a saved article makes: its raw text (`data/raw/<id>.txt`), its annotation
 * (`data/annotations/<id>.yaml`, in the curated files' form), and an offline copy of the
 * atlas that carries local articles inside (a JSON block the copy reads at start).
 */
import { Document, visit } from 'yaml';
import type { LocalArticle } from '../domain/localArticles';
import type { AnnotationSource } from '../domain/schema';
import { CARRIED_BLOCK_ID } from './localArticles';

const DATE_LIKE = /^\d{4}(?:-\d{2}){0,2}(?:T[\d:]+)?$/u;

/** The annotation as YAML, with a header saying where it comes from. */
export function annotationYaml(annotation: AnnotationSource, savedAt: string): string {
  const header = [
    `# Added in the atlas's authoring view ("Add article") on ${savedAt.slice(0, 10)}; every item reviewed there.`,
    `# Commit it with data/raw/${annotation.id}.txt, then run npm run data.`,
  ].join('\n');
  const doc = new Document(annotation, { aliasDuplicateObjects: false });
  // Dates quoted, as in the curated files: YAML 1.1 readers would take 2024-06-12 for a date.
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && DATE_LIKE.test(node.value)) node.type = 'QUOTE_SINGLE';
    },
  });
  return `${header}\n${doc.toString({ lineWidth: 0 })}`;
}

/** Where the prebuilt single-file atlas is served, next to the app (`npm run build:single`). */
export const OFFLINE_FILE = 'atlas.html';

/** The prebuilt offline copy, or null when the server has none. */
export async function fetchOfflineCopy(): Promise<string | null> {
  try {
    const response = await fetch(OFFLINE_FILE, { cache: 'no-cache' });
    if (!response.ok) return null;
    const html = await response.text();
    return html.includes('__ATLAS_INLINE__') ? html : null;
  } catch {
    return null;
  }
}

/**
 * `html` (the offline copy) carrying `articles` as local articles: a JSON data block,
 * which no Content-Security-Policy governs since it is never run, read by the copy's
 * `readLocalArticles` and joined to its atlas like articles kept in a browser.
 */
export function withCarriedArticles(html: string, articles: readonly LocalArticle[]): string {
  // The block goes right after the charset and the policy, before any code: the inline code
  // may contain any text, so nothing after the first script is searched or cut; and the
  // charset must stay within the file's first 1024 bytes.
  const json = JSON.stringify(articles).replace(/</gu, '\\u003c');
  const open = `<script type="application/json" id="${CARRIED_BLOCK_ID}">`;
  const head =
    /<meta charset="[^"]*"\s*\/?>(?:\s*<meta http-equiv="Content-Security-Policy"[^>]*>)?/iu.exec(
      html,
    );
  if (!head) throw new Error('the offline copy has no <meta charset>');
  const at = head.index + head[0].length;
  let rest = html.slice(at);
  if (rest.trimStart().startsWith(open)) {
    const trimmed = rest.trimStart();
    rest = trimmed.slice(trimmed.indexOf('</script>') + '</script>'.length);
  }
  return `${html.slice(0, at)}\n    ${open}${json}</script>${rest}`;
}

/** Saves text as a file through a temporary link. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
