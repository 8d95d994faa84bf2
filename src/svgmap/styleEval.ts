/**
 * Evaluates the MapLibre style expressions of the atlas's layers for one
 * feature, so the SVG map takes every colour, width, radius and opacity from
 * the same layer specs as the WebGL map instead of a second copy of them.
 * Covers the operators the atlas's style uses; anything else throws, and the
 * style test evaluates every property the SVG map reads.
 */

/** What an expression can read: the camera zoom, the feature's properties and its feature-state. */
export interface EvalContext {
  readonly zoom: number;
  readonly properties: object;
  readonly state: object;
}

/** A value an expression yields: a number, a string (colours included), a boolean, null or a list. */
export type StyleValue = number | string | boolean | null | readonly unknown[];

type Rgba = readonly [number, number, number, number];

/** `#rgb` or `#rrggbb` (the palette's form) as 0–255 channels and alpha 1; null for anything else. */
export function parseHex(colour: string): Rgba | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m?.[1]) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const n = Number.parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
}

function toHex([r, g, b]: Rgba): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function num(value: StyleValue, what: string): number {
  if (typeof value !== 'number')
    throw new Error(`style: ${what} expects a number, got ${String(value)}`);
  return value;
}

function lerp(a: StyleValue, b: StyleValue, t: number): StyleValue {
  if (typeof a === 'number' && typeof b === 'number') return a + (b - a) * t;
  const ca = typeof a === 'string' ? parseHex(a) : null;
  const cb = typeof b === 'string' ? parseHex(b) : null;
  if (!ca || !cb) throw new Error(`style: cannot interpolate ${String(a)} and ${String(b)}`);
  // MapLibre interpolates colours channel by channel in RGB.
  const mix = (i: 0 | 1 | 2 | 3) => ca[i] + (cb[i] - ca[i]) * t;
  return toHex([mix(0), mix(1), mix(2), mix(3)]);
}

function interpolate(args: readonly unknown[], ctx: EvalContext): StyleValue {
  const [kind, input, ...stops] = args;
  if (!Array.isArray(kind) || kind[0] !== 'linear')
    throw new Error('style: only linear interpolation');
  const x = num(evaluate(input, ctx), 'interpolate input');
  const at = (i: number) => num(evaluate(stops[i], ctx), 'interpolate stop');
  const value = (i: number) => evaluate(stops[i + 1], ctx);
  if (x <= at(0)) return value(0);
  for (let i = 2; i < stops.length; i += 2) {
    if (x <= at(i)) return lerp(value(i - 2), value(i), (x - at(i - 2)) / (at(i) - at(i - 2)));
  }
  return value(stops.length - 2);
}

function match(args: readonly unknown[], ctx: EvalContext): StyleValue {
  const [input, ...rest] = args;
  const x = evaluate(input, ctx);
  for (let i = 0; i + 1 < rest.length; i += 2) {
    const label = rest[i];
    if (Array.isArray(label) ? label.includes(x) : label === x) return evaluate(rest[i + 1], ctx);
  }
  return evaluate(rest[rest.length - 1], ctx);
}

function caseOf(args: readonly unknown[], ctx: EvalContext): StyleValue {
  for (let i = 0; i + 1 < args.length; i += 2) {
    if (evaluate(args[i], ctx) === true) return evaluate(args[i + 1], ctx);
  }
  return evaluate(args[args.length - 1], ctx);
}

function known(value: unknown): StyleValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (Array.isArray(value)) return value;
  return null;
}

function read(from: object, key: unknown): StyleValue {
  const name = String(key);
  const value: unknown = name in from ? Reflect.get(from, name) : undefined;
  return known(value);
}

function arithmetic(op: string, args: readonly unknown[], ctx: EvalContext): number {
  const xs = args.map((a) => num(evaluate(a, ctx), op));
  if (op === '+') return xs.reduce((s, x) => s + x, 0);
  if (op === '*') return xs.reduce((s, x) => s * x, 1);
  if (op === 'max') return Math.max(...xs);
  if (op === 'min') return Math.min(...xs);
  return (xs[0] ?? 0) - (xs[1] ?? 0);
}

/** The value of `expression` (a MapLibre expression or a plain value) for one feature. */
export function evaluate(expression: unknown, ctx: EvalContext): StyleValue {
  if (!Array.isArray(expression)) return known(expression);
  const [op, ...args] = expression;
  switch (op) {
    case 'literal':
      return known(args[0]);
    case 'zoom':
      return ctx.zoom;
    case 'get':
      return read(ctx.properties, args[0]);
    case 'feature-state':
      return read(ctx.state, args[0]);
    case 'boolean': {
      const v = evaluate(args[0], ctx);
      return typeof v === 'boolean' ? v : evaluate(args[1], ctx);
    }
    case 'number': {
      const v = evaluate(args[0], ctx);
      return typeof v === 'number' ? v : evaluate(args[1], ctx);
    }
    case 'coalesce':
      for (const a of args) {
        const v = evaluate(a, ctx);
        if (v !== null) return v;
      }
      return null;
    case 'case':
      return caseOf(args, ctx);
    case 'match':
      return match(args, ctx);
    case 'any':
      return args.some((a) => evaluate(a, ctx) === true);
    case 'all':
      return args.every((a) => evaluate(a, ctx) === true);
    case '>':
      return num(evaluate(args[0], ctx), '>') > num(evaluate(args[1], ctx), '>');
    case '>=':
      return num(evaluate(args[0], ctx), '>=') >= num(evaluate(args[1], ctx), '>=');
    case '==':
      return evaluate(args[0], ctx) === evaluate(args[1], ctx);
    case '+':
    case '*':
    case '-':
    case 'max':
    case 'min':
      return arithmetic(op, args, ctx);
    case 'interpolate':
      return interpolate(args, ctx);
    default:
      throw new Error(`style: the SVG map cannot evaluate "${String(op)}"`);
  }
}

/** `evaluate` as a number (0 when the expression yields something else). */
export function evalNumber(expression: unknown, ctx: EvalContext): number {
  const v = evaluate(expression, ctx);
  return typeof v === 'number' ? v : 0;
}

/** `evaluate` as a string (colours, text), '' when the expression yields something else. */
export function evalString(expression: unknown, ctx: EvalContext): string {
  const v = evaluate(expression, ctx);
  return typeof v === 'string' ? v : '';
}
