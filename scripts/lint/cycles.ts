/**
 * `npm run lint`'s cycle check: no import cycle in `src/`, type-only imports included (ESLint's
 * `import-x/no-cycle` skips those). Uses dpdm's parser without transforming TypeScript, so an
 * `import type` is a dependency like any other.
 */
import { parseCircular, parseDependencyTree } from 'dpdm';
import { pathToFileURL } from 'node:url';

/** The import cycles among the files `globs` match, each as its files in order. */
export async function importCycles(
  globs: readonly string[],
  cwd = process.cwd(),
): Promise<string[][]> {
  const tree = await parseDependencyTree([...globs], {
    cwd,
    transform: false,
    skipDynamicImports: false,
    exclude: /node_modules/,
  });
  // dpdm names files relative to `cwd` already.
  return parseCircular(tree);
}

async function main(): Promise<void> {
  const cycles = await importCycles(['src/**/*.ts', 'src/**/*.tsx']);
  if (cycles.length === 0) return;
  for (const cycle of cycles) console.error(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`);
  console.error('Break each cycle: move what both files need into a third module.');
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
