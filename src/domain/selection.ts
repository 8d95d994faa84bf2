/** What the user has selected: a region, a pair of regions (a link), or nothing. */
import type { RegionId } from './schema';

/** What is selected: a region, a pair of regions (a link), or nothing. */
export type Selection =
  | { readonly kind: 'region'; readonly id: RegionId }
  | { readonly kind: 'pair'; readonly a: RegionId; readonly b: RegionId }
  | null;
