/**
 * Load failures as errors that carry their structured problem
 * (`src/domain/loadProblem.ts`); translated where they are shown (`src/app/loadProblemText.ts`).
 */
import type { LoadProblem } from '../domain/loadProblem';

export type { LoadProblem, SchemaIssue } from '../domain/loadProblem';

/** A rejected load, carrying its {@link LoadProblem}; its message is the English text, for logs. */
export class AtlasLoadError extends Error {
  override readonly name = 'AtlasLoadError';
  constructor(
    readonly problem: LoadProblem,
    message = `atlas load failed: ${problem.kind}${'file' in problem ? ` (${problem.file})` : ''}`,
  ) {
    super(message);
  }
}

/** The problem of any thrown value: its own when it is an {@link AtlasLoadError}. */
export function problemOf(error: unknown): LoadProblem {
  if (error instanceof AtlasLoadError) return error.problem;
  return { kind: 'unexpected', reason: error instanceof Error ? error.message : String(error) };
}
