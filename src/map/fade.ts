/**
 * Fading links and region markers in and out when the view changes during
 * play: features that enter the view fade in, features that leave it stay
 * drawn while they fade out. The fade is a `fade` feature-state (0–1) that the
 * arc and marker layers multiply their opacity by, stepped once per frame;
 * nothing is re-laid out while it runs.
 */
import type { FeatureCollection, Geometry } from 'geojson';

/** A feature collection whose features carry a string or number id. */
export type FadeCollection = FeatureCollection<Geometry, object>;

/** What a fade draws meanwhile, and which ids go in each direction. */
export interface FadePlan<C extends FadeCollection> {
  /** The next features plus the leaving ones, to draw while they fade out. */
  readonly drawn: C;
  readonly entering: readonly (string | number)[];
  readonly leaving: readonly (string | number)[];
}

function ids(collection: FadeCollection): (string | number)[] {
  return collection.features.flatMap((f) => (f.id === undefined ? [] : [f.id]));
}

/** Which features of `next` are new and which of `previous` are gone, and the union to draw meanwhile. */
export function planFade<C extends FadeCollection>(previous: C | null, next: C): FadePlan<C> {
  if (!previous) return { drawn: next, entering: [], leaving: [] };
  const before = new Set(ids(previous));
  const after = new Set(ids(next));
  const entering = ids(next).filter((id) => !before.has(id));
  const gone = previous.features.filter((f) => f.id !== undefined && !after.has(f.id));
  return {
    drawn: gone.length === 0 ? next : { ...next, features: [...next.features, ...gone] },
    entering,
    leaving: ids({ ...previous, features: gone }),
  };
}

/** The fade of entering and leaving features at `t` (0–1) of the animation: eased in and out. */
export function fadeAt(t: number): { entering: number; leaving: number } {
  const clamped = Math.min(1, Math.max(0, t));
  const eased = clamped * clamped * (3 - 2 * clamped);
  return { entering: eased, leaving: 1 - eased };
}
