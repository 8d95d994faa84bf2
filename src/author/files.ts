/**
 * The annotation a saved article makes (`data/annotations/<id>.yaml`, in the curated
 * files' form). Its raw text is saved as it is; the offline copy that carries it is
 * written by `io/offlineCopy`.
 */
import { Document, visit } from 'yaml';
import type { AnnotationSource } from '../domain/schema';

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
