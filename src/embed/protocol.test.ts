import { describe, expect, it } from 'vitest';
import { makeIndex } from '../testing/fixtures';
import { handsToHost } from './hostKeys';
import { selectMessage, stepMessage } from './outgoing';
import { atlasType, readMessage, senderAllowed } from './protocol';

describe('readMessage', () => {
  it('reads every field of atlas:set into URL-style values, the pixel ratio apart', () => {
    expect(
      readMessage({
        type: 'atlas:set',
        state: {
          pair: ['sichuan', 'zhejiang'],
          years: [2016, 2020],
          sectors: ['tourism', 'textiles'],
          lang: 'en',
          theme: 'dark',
          step: 2,
          story: 'decade-of-cooperation',
          region: null,
          pixelRatio: 1.92,
        },
      }),
    ).toEqual({
      ok: true,
      set: {
        request: {
          region: null,
          pair: 'sichuan~zhejiang',
          years: '2016-2020',
          sectors: 'tourism,textiles',
          lang: 'en',
          theme: 'dark',
          step: '2',
          story: 'decade-of-cooperation',
        },
        pixelRatio: 1.92,
      },
    });
    expect(readMessage({ type: 'atlas:set', state: { years: 2019, region: 'aba' } })).toEqual({
      ok: true,
      set: { request: { years: '2019', region: 'aba' } },
    });
    expect(readMessage({ type: 'atlas:set', state: { pixelRatio: null } })).toEqual({
      ok: true,
      set: { request: {}, pixelRatio: null },
    });
  });

  it('ignores what is not addressed to the atlas (reveal.js posts slide:start to iframes)', () => {
    for (const data of [
      null,
      undefined,
      'atlas:set',
      'slide:start',
      42,
      {},
      { type: 'other', state: {} },
      { type: 7 },
      { method: 'play' },
      Object.create(null),
    ]) {
      expect(readMessage(data)).toBeNull();
    }
  });

  it('names what is wrong with a malformed atlas:set, and an unknown atlas message type', () => {
    const cases: [unknown, string][] = [
      [{ type: 'atlas:set' }, 'state'],
      [{ type: 'atlas:set', state: null }, 'state'],
      [{ type: 'atlas:set', state: { region: 5 } }, 'state.region'],
      [{ type: 'atlas:set', state: { years: [2016] } }, 'state.years'],
      [{ type: 'atlas:set', state: { region: 'x'.repeat(1000) } }, 'state.region'],
      [{ type: 'atlas:set', state: { pixelRatio: true } }, 'state.pixelRatio'],
    ];
    for (const [data, field] of cases) {
      const read = readMessage(data);
      expect(read).toMatchObject({ ok: false, reason: 'malformed', type: 'atlas:set' });
      expect(read && !read.ok && read.detail.split(':')[0]).toBe(field);
    }
    expect(readMessage({ type: 'atlas:sett', state: {} })).toEqual({
      ok: false,
      reason: 'unknown',
      type: 'atlas:sett',
      detail: '',
    });
    expect(atlasType({ type: `atlas:${'x'.repeat(500)}` })?.length).toBe(64);
  });
});

describe('senderAllowed', () => {
  const own = 'https://atlas.example';
  const none = { origins: [], trustParent: false };
  it('allows the own origin and listed origins only', () => {
    expect(senderAllowed({ origin: own, fromParent: false }, own, none)).toBe(true);
    const host = { origin: 'https://host.example', fromParent: true };
    expect(senderAllowed(host, own, none)).toBe(false);
    expect(senderAllowed(host, own, { ...none, origins: ['https://host.example'] })).toBe(true);
  });

  it('never trusts a null origin by its name, only the framing window with origins=parent', () => {
    const fileDeck = { origin: 'null', fromParent: true };
    const sandboxed = { origin: 'null', fromParent: false };
    expect(senderAllowed(sandboxed, 'null', none)).toBe(false);
    expect(senderAllowed(fileDeck, 'null', none)).toBe(false);
    expect(senderAllowed(fileDeck, 'null', { ...none, origins: ['null'] })).toBe(false);
    expect(senderAllowed(fileDeck, 'null', { ...none, trustParent: true })).toBe(true);
    expect(senderAllowed(sandboxed, 'null', { ...none, trustParent: true })).toBe(false);
    const other = { origin: 'https://other.example', fromParent: false };
    expect(senderAllowed(other, own, { ...none, trustParent: true })).toBe(false);
  });
});

describe('handsToHost (keys=host)', () => {
  const plain = { ctrlKey: false, altKey: false, metaKey: false };
  it('hands the clicker and deck keys to the host, wherever the focus is on the map', () => {
    for (const key of ['PageDown', 'PageUp', 'ArrowRight', 'ArrowLeft', ' ', 'Home', 'End']) {
      expect(handsToHost(key, plain, 'other')).toBe(true);
    }
    for (const key of ['Escape', 'f', 'o', 'b', '.'])
      expect(handsToHost(key, plain, 'other')).toBe(true);
    expect(handsToHost('PageDown', plain, 'control')).toBe(true);
  });

  it('keeps Tab, typing, activating a focused control, dialogs and browser shortcuts', () => {
    expect(handsToHost('Tab', plain, 'other')).toBe(false);
    expect(handsToHost('Shift', plain, 'other')).toBe(false);
    expect(handsToHost('a', plain, 'text')).toBe(false);
    expect(handsToHost(' ', plain, 'control')).toBe(false);
    expect(handsToHost('Enter', plain, 'control')).toBe(false);
    expect(handsToHost('Escape', plain, 'dialog')).toBe(false);
    expect(handsToHost('r', { ...plain, ctrlKey: true }, 'other')).toBe(false);
    expect(handsToHost('ArrowLeft', { ...plain, altKey: true }, 'other')).toBe(false);
    expect(handsToHost('l', { ...plain, metaKey: true }, 'other')).toBe(false);
  });
});

describe('outgoing messages', () => {
  const index = makeIndex();
  it('atlas:select names a region and a pair in both languages', () => {
    expect(selectMessage(index, { kind: 'region', id: 'rongchang' })).toEqual({
      type: 'atlas:select',
      region: 'rongchang',
      pair: null,
      flow: null,
      regions: [{ id: 'rongchang', zh: '荣昌区', en: 'Rongchang' }],
    });
    const flow = {
      kind: 'flow' as const,
      a: { id: 'zhejiang', deep: true },
      b: { id: 'aba', deep: false },
    };
    expect(selectMessage(index, flow)).toMatchObject({ flow: 'aba~zhejiang*', pair: null });
    expect(selectMessage(index, { kind: 'pair', a: 'sichuan', b: 'zhejiang' }).regions).toEqual([
      { id: 'sichuan', zh: '四川省', en: 'Sichuan' },
      { id: 'zhejiang', zh: '浙江省', en: 'Zhejiang' },
    ]);
    expect(selectMessage(index, null)).toEqual({
      type: 'atlas:select',
      region: null,
      pair: null,
      flow: null,
      regions: [],
    });
  });

  it('atlas:step says the step, the total and the story, or all null when not presenting', () => {
    expect(stepMessage({ step: 3, total: 9, story: 'tour' })).toEqual({
      type: 'atlas:step',
      step: 3,
      total: 9,
      story: 'tour',
    });
    expect(stepMessage(null)).toEqual({ type: 'atlas:step', step: null, total: null, story: null });
  });
});
