/** Calendar days: the small arithmetic the date readers need. */

/** A calendar day. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

/** Two digits: `7` → `07`. */
export const pad = (n: number) => String(n).padStart(2, '0');
/** `YYYY-MM-DD`. */
export const dayString = (d: Day) => `${d.y}-${pad(d.m)}-${pad(d.d)}`;

/** True when y-m-d is a real calendar day. */
export function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

/** The day `n` days after `day` (negative: before). */
export function addDays(day: Day, n: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** The day of a publication value (`2024-05-17T20:32` → 2024-05-17). */
export function dayOf(published: string): Day {
  const [y = 1970, m = 1, d = 1] = published.slice(0, 10).split('-').map(Number);
  return { y, m, d };
}
