/**
 * How the atlas's core crosses to the page: as typed arrays and one string, which the
 * page turns back into the same values far faster than `JSON.parse` reads the text (at
 * 10,000 articles about 85 against 210 ms in V8 here, and much less garbage). A large
 * atlas is written this way by `npm run data` (`packFile.ts`); the worker packs anything
 * else it reads.
 *
 * - Strings sit in one concatenated string with offsets, sliced the first time they are
 *   met; a short one (ids, dates, names) is stored once however often it occurs, so the
 *   page holds one string, not one per record.
 * - Objects name their keys through a shared template (the records of one kind share
 *   one or a few), so no key is read again per record.
 * - A small object or list of short strings (the name of a metric or an outlet, an event's
 *   parties, a record's sectors: 150,000 of them in 10,000 articles, a few thousand
 *   different) is one object however often it occurs. The records are read-only.
 * - Everything else is a stream of integers (string numbers and tags) and a stream of
 *   doubles (numbers, exact).
 *
 * msgpackr (records and bundled strings) unpacked the same atlas in about 165 ms: it
 * decodes every string from UTF-8 where this slices one JS string.
 *
 * This module holds the format and its writer; `unpackJson.ts` reads it back.
 *
 * `packJson` takes what `JSON.parse` returns (or what the schema made of it) and writes
 * what `JSON.stringify` would: `undefined` object values are left out, `undefined` in an
 * array is `null`. `unpackJson(packJson(v))` deep-equals `JSON.parse(JSON.stringify(v))`.
 */

/** Parsed JSON as the worker sends it (`transferables` lists what moves without a copy). */
export interface PackedJson {
  /** Every distinct string, concatenated. */
  readonly strings: string;
  /** Where string `i` starts in `strings`; `offsets[i + 1]` is where it ends. */
  readonly offsets: Uint32Array<ArrayBuffer>;
  /** The values in document order: a string's number (≥ 0) or one of the tags below. */
  readonly ops: Int32Array<ArrayBuffer>;
  /** The numbers, in document order. */
  readonly numbers: Float64Array<ArrayBuffer>;
  /** The key lists objects refer to by position. */
  readonly templates: readonly (readonly string[])[];
}

export const NULL = -1;
export const TRUE = -2;
export const FALSE = -3;
export const NUMBER = -4;
/** Followed by the length, then the items. */
export const ARRAY = -5;
/** Followed by the template's position, then one value per key. */
export const OBJECT = -6;
/** An object to share: as {@link OBJECT}; the later ones like it are {@link SHARED}. */
export const SHARED_OBJECT = -7;
/** A list to share: as {@link ARRAY}; the later ones like it are {@link SHARED}. */
export const SHARED_ARRAY = -8;
/** Followed by the position of an object or list in the order they were first shared. */
export const SHARED = -9;

/**
 * Objects and lists of at most this many short strings (a metric's or an outlet's name, an
 * event's parties, a record's sectors) are shared.
 */
const SHARED_SIZE = 4;

/** Strings up to this length are stored once however often they occur (ids, dates, names). */
const SHARED_LENGTH = 24;

/** `a` with twice the room, its values copied. */
function grown<T extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>>(
  a: T,
  make: (size: number) => T,
): T {
  const bigger = make(a.length * 2);
  bigger.set(a);
  return bigger;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One step of the key lists met so far: a template ends at a node with an `id`. */
interface TemplateNode {
  id: number;
  readonly keys: readonly string[];
  readonly next: Map<string, TemplateNode>;
  /** The child last stepped to (records of one kind take the same path every time). */
  lastKey: string | null;
  lastChild: TemplateNode | null;
}

const templateNode = (keys: readonly string[]): TemplateNode => ({
  id: -1,
  keys,
  next: new Map(),
  lastKey: null,
  lastChild: null,
});

/** The key list `node` extended by `key`. */
function step(node: TemplateNode, key: string): TemplateNode {
  if (node.lastKey === key && node.lastChild) return node.lastChild;
  let child = node.next.get(key);
  if (child === undefined) {
    // Assigning it would set the unpacked object's prototype.
    if (key === '__proto__') throw new TypeError('a "__proto__" key cannot be packed');
    child = templateNode([...node.keys, key]);
    node.next.set(key, child);
  }
  node.lastKey = key;
  node.lastChild = child;
  return child;
}

/** Packs a JSON value; throws on a value JSON cannot hold or a `__proto__` key. */
export function packJson(value: unknown): PackedJson {
  const ids = new Map<string, number>();
  const strings: string[] = [];
  let ops = new Int32Array(1 << 16);
  let opCount = 0;
  let numbers = new Float64Array(1 << 10);
  let numberCount = 0;
  const noKeys = templateNode([]);
  const templates: (readonly string[])[] = [];

  const op = (code: number) => {
    if (opCount === ops.length) ops = grown(ops, (n) => new Int32Array(n));
    ops[opCount++] = code;
  };
  const string = (s: string) => {
    // Long strings (titles) are seldom repeated and cost the most to hash: stored as they come.
    let id = s.length <= SHARED_LENGTH ? ids.get(s) : undefined;
    if (id === undefined) {
      id = strings.length;
      if (s.length <= SHARED_LENGTH) ids.set(s, id);
      strings.push(s);
    }
    op(id);
  };
  const number = (n: number) => {
    if (!Number.isFinite(n)) throw new TypeError(`${n} is not a JSON number`);
    op(NUMBER);
    if (numberCount === numbers.length) numbers = grown(numbers, (size) => new Float64Array(size));
    numbers[numberCount++] = n === 0 ? 0 : n; // JSON has no -0
  };
  const shared = new Map<string, number>();
  /**
   * The key a small object or list of short strings is shared by (its template, or `[`, and
   * its strings' numbers), or null. Its strings are numbered once met: the first one like
   * it is written whole, the second is the one shared.
   */
  const sharedKey = (head: string, values: readonly unknown[]): string | null => {
    if (values.length > SHARED_SIZE) return null;
    let key = head;
    for (const v of values) {
      const id = typeof v === 'string' ? ids.get(v) : undefined;
      if (id === undefined) return null;
      key += `,${id}`;
    }
    return key;
  };
  /** Writes the reference to an object or list shared before and returns true, else its tag. */
  const share = (key: string | null, tag: number, sharedTag: number): boolean => {
    const known = key === null ? undefined : shared.get(key);
    if (known !== undefined) {
      op(SHARED);
      op(known);
      return true;
    }
    if (key !== null) shared.set(key, shared.size);
    op(key === null ? tag : sharedTag);
    return false;
  };
  const object = (o: Record<string, unknown>) => {
    let node = noKeys;
    // A plain object's own keys, in order (its prototype, Object.prototype, lists none).
    for (const key in o) if (o[key] !== undefined) node = step(node, key);
    if (node.id < 0) {
      node.id = templates.length;
      templates.push(node.keys);
    }
    const small = node.keys.length <= SHARED_SIZE;
    const key = small
      ? sharedKey(
          String(node.id),
          node.keys.map((k) => o[k]),
        )
      : null;
    if (share(key, OBJECT, SHARED_OBJECT)) return;
    op(node.id);
    for (const k of node.keys) walk(o[k]);
  };
  const array = (items: readonly unknown[]) => {
    if (share(sharedKey('[', items), ARRAY, SHARED_ARRAY)) return;
    op(items.length);
    for (const item of items) walk(item);
  };
  const walk = (v: unknown): void => {
    if (typeof v === 'string') string(v);
    else if (v === null || v === undefined) op(NULL);
    else if (typeof v === 'boolean') op(v ? TRUE : FALSE);
    else if (typeof v === 'number') number(v);
    else if (Array.isArray(v)) array(v);
    else if (isRecord(v) && Object.getPrototypeOf(v) === Object.prototype) object(v);
    else throw new TypeError(`a ${typeof v} is not JSON`);
  };

  walk(value);
  const offsets = new Uint32Array(strings.length + 1);
  let at = 0;
  strings.forEach((s, i) => {
    offsets[i] = at;
    at += s.length;
  });
  offsets[strings.length] = at;
  return {
    strings: strings.join(''),
    offsets,
    ops: ops.slice(0, opCount),
    numbers: numbers.slice(0, numberCount),
    templates,
  };
}

/** The buffers of a packed value (one when it was read from a file), to transfer instead of copy. */
export function packedBuffers(packed: PackedJson): ArrayBuffer[] {
  return [...new Set([packed.offsets.buffer, packed.ops.buffer, packed.numbers.buffer])];
}

/** A copy with buffers of its own (to keep when the original's are transferred). */
export function copyPacked(packed: PackedJson): PackedJson {
  const { offsets, ops, numbers } = packed;
  return { ...packed, offsets: offsets.slice(), ops: ops.slice(), numbers: numbers.slice() };
}

/** True when `value` has the outline of a {@link PackedJson} (the page checks what it receives). */
export function isPackedJson(value: unknown): value is PackedJson {
  if (!isRecord(value)) return false;
  const v = value;
  return (
    typeof v.strings === 'string' &&
    v.offsets instanceof Uint32Array &&
    v.ops instanceof Int32Array &&
    v.numbers instanceof Float64Array &&
    Array.isArray(v.templates)
  );
}
