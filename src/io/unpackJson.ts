/**
 * Reads a {@link PackedJson} back (`packedJson.ts` has the format and the writer): the
 * page's side of it, run once per load.
 */
import {
  ARRAY,
  FALSE,
  NULL,
  NUMBER,
  OBJECT,
  SHARED,
  SHARED_ARRAY,
  SHARED_OBJECT,
  TRUE,
  type PackedJson,
} from './packedJson';

/** The value a {@link PackedJson} holds; throws when the streams do not add up. */
export function unpackJson(packed: PackedJson): unknown {
  const { strings, offsets, ops, numbers, templates } = packed;
  const sliced: (string | undefined)[] = new Array<string | undefined>(offsets.length - 1);
  const shared: unknown[] = [];
  let p = 0;
  let q = 0;
  const broken = () => new TypeError(`packed JSON broken at ${p}`);
  const read = (): unknown => {
    const op = ops[p++];
    if (op === undefined) throw broken();
    if (op >= 0) {
      let s = sliced[op];
      if (s === undefined) {
        const end = offsets[op + 1];
        if (end === undefined) throw broken();
        s = sliced[op] = strings.slice(offsets[op], end);
      }
      return s;
    }
    switch (op) {
      case NULL:
        return null;
      case TRUE:
        return true;
      case FALSE:
        return false;
      case NUMBER: {
        const n = numbers[q++];
        if (n === undefined) throw broken();
        return n;
      }
      case ARRAY:
      case SHARED_ARRAY: {
        const n = ops[p++] ?? -1;
        if (n < 0) throw broken();
        const items: unknown[] = new Array<unknown>(n);
        // Shared before its items are read: the order `packJson` numbered them in.
        if (op === SHARED_ARRAY) shared.push(items);
        for (let i = 0; i < n; i++) items[i] = read();
        return items;
      }
      case OBJECT:
      case SHARED_OBJECT: {
        const keys = templates[ops[p++] ?? -1];
        if (keys === undefined) throw broken();
        const o: Record<string, unknown> = {};
        if (op === SHARED_OBJECT) shared.push(o);
        for (const key of keys) o[key] = read();
        return o;
      }
      case SHARED: {
        const value = shared[ops[p++] ?? -1];
        if (value === undefined) throw broken();
        return value;
      }
      default:
        throw broken();
    }
  };
  const value = read();
  if (p !== ops.length || q !== numbers.length) throw broken();
  return value;
}
