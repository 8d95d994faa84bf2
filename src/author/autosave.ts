/**
 * The half-finished article survives a reload: the pasted text or the review in
 * progress is written to the browser store after every change (debounced), and read
 * back, validated, when the authoring view opens. Failures are returned, not thrown.
 */
import { z } from '../domain/zod';
import { attempt, indexedDbStore, type KeyValueStore, type Stored } from './localStore';
import { ReviewSchema, type Review } from './review';

/** The store key of the autosaved work. */
export const DRAFT_KEY = 'draft';

/** What is autosaved: the text being pasted, or the review under way. */
export const WorkSchema = z.object({
  pasted: z.string(),
  review: z.nullable(ReviewSchema),
  savedAt: z.string(),
});
export type Work = z.infer<typeof WorkSchema>;

/** Reads the autosaved work; null when there is none or it does not parse. */
export async function readWork(
  store: KeyValueStore = indexedDbStore,
): Promise<Stored<Work | null>> {
  const read = await attempt((s) => s.get(DRAFT_KEY), store);
  if (!read.ok) return read;
  const parsed = WorkSchema.safeParse(read.value);
  return { ok: true, value: parsed.success ? parsed.data : null };
}

/** Writes the work (or clears it when there is nothing to keep). */
export function writeWork(
  pasted: string,
  review: Review | null,
  store: KeyValueStore = indexedDbStore,
): Promise<Stored<void>> {
  if (pasted.trim() === '' && review === null) return attempt((s) => s.del(DRAFT_KEY), store);
  const work: Work = { pasted, review, savedAt: new Date().toISOString() };
  return attempt((s) => s.set(DRAFT_KEY, work), store);
}
