/**
 * The links' path data written shorter, with the same points: the map model writes each
 * arc as absolute positions in tenths of a pixel (`M762.4,306L746.6,295.7…`); in the
 * first frame they are steps from point to point (`M762.4 306l-15.8-10.3…`), computed
 * on whole tenths so no rounding error adds up. A third fewer bytes once compressed.
 */

const POLYLINE = / d="(M-?[\d.]+,-?[\d.]+(?:L-?[\d.]+,-?[\d.]+)+)"/g;

function tenths(value: string): number {
  const n = Math.round(Number(value) * 10);
  if (!Number.isFinite(n)) throw new Error(`path data: "${value}" is not a number`);
  return n;
}

function write(values: readonly number[]): string {
  return values.map((n, i) => `${i > 0 && n >= 0 ? ' ' : ''}${n / 10}`).join('');
}

/** Polyline path data `M x,y L x,y …` in tenths of a pixel, as `M x y l dx dy …` (the same points). */
export function relativePolyline(d: string): string {
  const points = [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
    tenths(m[1] ?? ''),
    tenths(m[2] ?? ''),
  ]);
  const [first, ...rest] = points;
  if (!first) return d;
  const steps: number[] = [];
  let [x = 0, y = 0] = first;
  for (const [px = 0, py = 0] of rest) {
    steps.push(px - x, py - y);
    [x, y] = [px, py];
  }
  return `M${write(first)}l${write(steps)}`;
}

/** `markup` with every absolute polyline's `d` written relative (see {@link relativePolyline}). */
export function relativePolylines(markup: string): string {
  return markup.replace(POLYLINE, (_m, d: string) => ` d="${relativePolyline(d)}"`);
}
