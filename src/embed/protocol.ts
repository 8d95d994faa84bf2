/**
 * The two-way `postMessage` protocol of an embedded atlas (documented in the
 * README). Host → atlas: `atlas:set`. Atlas → host: `atlas:ready`,
 * `atlas:select`, `atlas:resize`. Parsing never throws: anything malformed is
 * `null` and ignored.
 */
import { z } from '../domain/zod';
import type { AtlasIndex } from '../domain/atlasIndex';
import { PAIR_SEPARATOR } from '../domain/select';
import { flowKey, type Selection } from '../domain/selection';

const text = (max: number) => z.string().check(z.maxLength(max));
const year = z.int().check(z.gte(1000), z.lte(9999));
/** A field the host may leave out or clear with null. */
const field = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

const SetMessageSchema = z.object({
  type: z.literal('atlas:set'),
  state: z.object({
    region: field(text(64)),
    pair: field(z.union([text(130), z.tuple([text(64), text(64)])])),
    years: field(z.union([text(9), year, z.tuple([year, year])])),
    sectors: field(z.union([text(2000), z.array(text(64)).check(z.maxLength(100))])),
    lang: field(text(8)),
    theme: field(text(8)),
    step: field(z.union([z.int(), text(6)])),
    story: field(text(64)),
  }),
});

/** URL-style values for `window.atlas.setState`, which validates them like URL parameters. */
export type SetRequest = Partial<
  Record<
    'region' | 'pair' | 'years' | 'sectors' | 'lang' | 'theme' | 'step' | 'story',
    string | null
  >
>;

function joined(value: string | number | readonly (string | number)[], separator: string) {
  return Array.isArray(value) ? value.join(separator) : String(value);
}

/** Reads an `atlas:set` message into URL-style values, or null when it is not one. */
export function parseSetMessage(data: unknown): SetRequest | null {
  const parsed = SetMessageSchema.safeParse(data);
  if (!parsed.success) return null;
  const { region, pair, years, sectors, lang, theme, step, story } = parsed.data.state;
  const out: SetRequest = {};
  const put = (
    name: keyof SetRequest,
    value: string | number | readonly (string | number)[] | null | undefined,
    separator = ',',
  ) => {
    if (value !== undefined) out[name] = value === null ? null : joined(value, separator);
  };
  put('region', region);
  put('pair', pair, PAIR_SEPARATOR);
  put('years', years, '-');
  put('sectors', sectors);
  put('lang', lang);
  put('theme', theme);
  put('step', step);
  put('story', story);
  return out;
}

/** True when `origin` may send `atlas:set`: this page's own origin or one listed in `origins=`. */
export function senderAllowed(
  origin: string,
  ownOrigin: string,
  allowed: readonly string[],
): boolean {
  if (origin === 'null' || origin === '') return false;
  return origin === ownOrigin || allowed.includes(origin);
}

/** A region id and its names in both languages. */
export interface NamedRegion {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
}

/** `atlas:select`: the selected region or pair, with names in both languages (public data). */
export interface SelectMessage {
  readonly type: 'atlas:select';
  readonly region: string | null;
  readonly pair: string | null;
  /** A merged flow's id (`sichuan*~zhejiang*`), or null. */
  readonly flow: string | null;
  readonly regions: readonly NamedRegion[];
}

/** The `atlas:select` message for a selection. */
export function selectMessage(index: AtlasIndex, selection: Selection): SelectMessage {
  const named = (id: string): NamedRegion => {
    const r = index.regionById.get(id);
    return { id, zh: r?.name.zh ?? id, en: r?.name.en ?? id };
  };
  const none = { type: 'atlas:select', region: null, pair: null, flow: null } as const;
  if (!selection) return { ...none, regions: [] };
  if (selection.kind === 'region') {
    return { ...none, region: selection.id, regions: [named(selection.id)] };
  }
  if (selection.kind === 'flow') {
    const flow = flowKey(selection.a, selection.b);
    return { ...none, flow, regions: [named(selection.a.id), named(selection.b.id)] };
  }
  const pair = `${selection.a}${PAIR_SEPARATOR}${selection.b}`;
  return { ...none, pair, regions: [named(selection.a), named(selection.b)] };
}
