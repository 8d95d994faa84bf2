/**
 * What a host page may send an embedded atlas (documented in the README):
 * `atlas:set`. Parsing never throws. A message whose `type` does not start with
 * `atlas:` is none of ours (reveal.js posts `slide:start`, devtools post theirs)
 * and is ignored; one that does but is wrong is answered with its reason.
 */
import { z } from '../domain/zod';
import { PAIR_SEPARATOR } from '../domain/select';
import type { PartialQuery } from '../state/urlSync';

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
    pixelRatio: field(z.union([z.number(), text(8)])),
  }),
});

/** URL-style values for the view (validated like URL parameters when applied). */
export type SetRequest = { [K in keyof PartialQuery]?: string | null };

/** A host's `atlas:set`: the view to apply and, apart, the display's pixel ratio (null: the screen's). */
export interface SetMessage {
  readonly request: SetRequest;
  readonly pixelRatio?: string | number | null;
}

/** Why a message addressed to the atlas was not applied (sent back as `atlas:rejected`). */
export type RejectReason = 'origin' | 'malformed' | 'unknown' | 'invalid';

/** An atlas message that cannot be applied as it is. */
export interface BadMessage {
  readonly reason: 'malformed' | 'unknown';
  readonly type: string;
  /** What is wrong, for `malformed`: the field and zod's message. */
  readonly detail: string;
}

/** The outcome of reading a message: ours and good, ours and bad, or not ours (null). */
export type Incoming =
  { readonly ok: true; readonly set: SetMessage } | ({ readonly ok: false } & BadMessage);

function joined(value: string | number | readonly (string | number)[], separator: string) {
  return Array.isArray(value) ? value.join(separator) : String(value);
}

/** The `type` of an atlas message (`atlas:…`), or null when the data is not one. */
export function atlasType(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || !('type' in data)) return null;
  const { type } = data;
  return typeof type === 'string' && type.startsWith('atlas:') ? type.slice(0, 64) : null;
}

/** Reads a message sent to the atlas; null when it is not addressed to the atlas at all. */
export function readMessage(data: unknown): Incoming | null {
  const type = atlasType(data);
  if (type === null) return null;
  if (type !== 'atlas:set') return { ok: false, reason: 'unknown', type, detail: '' };
  const parsed = SetMessageSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : '';
    return { ok: false, reason: 'malformed', type, detail };
  }
  const { region, pair, years, sectors, lang, theme, step, story, pixelRatio } = parsed.data.state;
  const request: SetRequest = {};
  const put = (
    name: keyof SetRequest,
    value: string | number | readonly (string | number)[] | null | undefined,
    separator = ',',
  ) => {
    if (value !== undefined) request[name] = value === null ? null : joined(value, separator);
  };
  put('region', region);
  put('pair', pair, PAIR_SEPARATOR);
  put('years', years, '-');
  put('sectors', sectors);
  put('lang', lang);
  put('theme', theme);
  put('step', step);
  put('story', story);
  return { ok: true, set: pixelRatio === undefined ? { request } : { request, pixelRatio } };
}

/** Who sent a message: its origin, and whether it is the window that frames the atlas. */
export interface Sender {
  readonly origin: string;
  readonly fromParent: boolean;
}

/**
 * True when a sender may drive the atlas: this page's own origin, an origin
 * listed in `origins=`, or, with `origins=parent`, the framing window itself
 * (whatever its origin; a `file://` deck's is `null`). No other `null`-origin
 * sender is ever trusted: a sandboxed frame or a data: page has that origin too.
 */
export function senderAllowed(
  sender: Sender,
  ownOrigin: string,
  trusted: { readonly origins: readonly string[]; readonly trustParent: boolean },
): boolean {
  if (trusted.trustParent && sender.fromParent) return true;
  if (sender.origin === 'null' || sender.origin === '') return false;
  return sender.origin === ownOrigin || trusted.origins.includes(sender.origin);
}
