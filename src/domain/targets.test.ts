import { describe, expect, it } from 'vitest';
import { makeIndex } from '../testing/fixtures';
import { sameTarget, targetOf, touchesTarget } from './targets';

const index = makeIndex();

describe('targetOf', () => {
  it('selects one region, or the innermost of nested ones', () => {
    expect(targetOf(index, ['rongchang'])).toEqual({ kind: 'region', id: 'rongchang' });
    expect(targetOf(index, ['chongqing', 'rongchang'])).toEqual({
      kind: 'region',
      id: 'rongchang',
    });
  });

  it('selects the link of the first two regions that are not nested', () => {
    expect(targetOf(index, ['zhejiang', 'sichuan', 'aba'])).toEqual({
      kind: 'pair',
      a: 'sichuan',
      b: 'zhejiang',
    });
    expect(targetOf(index, ['sichuan', 'aba', 'zhejiang'])).toEqual({
      kind: 'pair',
      a: 'sichuan',
      b: 'zhejiang',
    });
  });

  it('prefers the direction of paired assistance and ignores unknown ids', () => {
    expect(
      targetOf(index, ['sichuan', 'zhejiang', 'aba'], { from: 'zhejiang', to: 'aba' }),
    ).toEqual({ kind: 'pair', a: 'aba', b: 'zhejiang' });
    expect(targetOf(index, ['atlantis'])).toBeNull();
  });
});

describe('touchesTarget and sameTarget', () => {
  it('relates items to the selected region or pair', () => {
    const pair = { kind: 'pair', a: 'chongqing', b: 'sichuan' } as const;
    expect(touchesTarget(index, ['rongchang', 'sichuan'], pair)).toBe(true);
    expect(touchesTarget(index, ['sichuan', 'zhejiang'], pair)).toBe(false);
    expect(touchesTarget(index, ['aba'], { kind: 'region', id: 'sichuan' })).toBe(true);
    expect(sameTarget(pair, { kind: 'pair', a: 'chongqing', b: 'sichuan' })).toBe(true);
    expect(sameTarget(pair, null)).toBe(false);
  });
});
