/**
 * Writing generated files deterministically: write only what changed, or (in `--check`
 * mode) write nothing and list the files that are stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A generated file: repository-relative path and its exact bytes. */
export interface Output {
  path: string;
  content: Buffer;
}

/**
 * Compares each output with the file on disk under `root`. In check mode returns the
 * stale paths and writes nothing; otherwise writes the changed files and returns them.
 */
export function writeOutputs(root: string, outputs: Output[], check: boolean): string[] {
  const changed = outputs.filter((o) => {
    const file = join(root, o.path);
    return !existsSync(file) || !readFileSync(file).equals(o.content);
  });
  if (!check) {
    for (const o of changed) {
      const file = join(root, o.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, o.content);
    }
  }
  return changed.map((o) => o.path);
}
