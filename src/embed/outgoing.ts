/**
 * What an embedded atlas tells its host page (documented in the README).
 * Everything here is public data, so it is posted to any origin.
 */
import type { AtlasIndex } from '../domain/atlasIndex';
import { PAIR_SEPARATOR } from '../domain/select';
import { flowKey, type Selection } from '../domain/selection';
import type { Presented } from '../state/store';
import type { DroppedParam } from '../state/url';
import type { RejectReason } from './protocol';

/** A region id and its names in both languages. */
export interface NamedRegion {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
}

/** `atlas:select`: the selected region or pair, with names in both languages. */
export interface SelectMessage {
  readonly type: 'atlas:select';
  readonly region: string | null;
  readonly pair: string | null;
  /** A merged flow's id (`sichuan*~zhejiang*`), or null. */
  readonly flow: string | null;
  readonly regions: readonly NamedRegion[];
}

/** `atlas:step`: the step presentation mode shows, of how many, in which story (all null: not presenting). */
export interface StepMessage {
  readonly type: 'atlas:step';
  readonly step: number | null;
  readonly total: number | null;
  readonly story: string | null;
}

/** `atlas:key`: a key the atlas hands to its host (`keys=host`), to be handled as if pressed there. */
export interface KeyMessage {
  readonly type: 'atlas:key';
  readonly key: string;
  readonly code: string;
  /** The legacy key code, which reveal.js and other deck frameworks still read. */
  readonly keyCode: number;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/** `atlas:rejected`: a message that was not applied (or only in part), and why. */
export interface RejectedMessage {
  readonly type: 'atlas:rejected';
  readonly reason: RejectReason;
  /** The `type` of the message rejected. */
  readonly request: string;
  /** For `invalid`: the values left out (the rest applied). */
  readonly dropped: readonly DroppedParam[];
  /** What went wrong and what to do, in the atlas's language. */
  readonly message: string;
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

/** The `atlas:step` message for what presentation mode shows. */
export function stepMessage(presented: Presented | null): StepMessage {
  return {
    type: 'atlas:step',
    step: presented?.step ?? null,
    total: presented?.total ?? null,
    story: presented?.story ?? null,
  };
}

/** The `atlas:key` message for a key press. */
export function keyMessage(event: KeyboardEvent): KeyMessage {
  return {
    type: 'atlas:key',
    key: event.key,
    code: event.code,
    keyCode: event.keyCode,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
  };
}
