import { describe, expect, it } from 'vitest';
import { brushKey, handleKey } from './brushKeys';

const domain = [2014, 2024] as const;

describe('brushKey', () => {
  it('moves, resizes and jumps the range', () => {
    expect(brushKey('ArrowRight', false, false, [2016, 2017], domain)).toEqual([2017, 2018]);
    expect(brushKey('ArrowRight', true, false, [2016, 2017], domain)).toEqual([2016, 2018]);
    expect(brushKey('ArrowLeft', true, true, [2016, 2017], domain)).toEqual([2015, 2017]);
    expect(brushKey('PageUp', false, false, [2016, 2017], domain)).toEqual([2018, 2019]);
    expect(brushKey('Home', false, false, [2016, 2017], domain)).toEqual([2014, 2015]);
    expect(brushKey('End', false, false, [2016, 2017], domain)).toEqual([2023, 2024]);
    expect(brushKey('Escape', false, false, [2016, 2017], domain)).toEqual(domain);
    expect(brushKey('a', false, false, [2016, 2017], domain)).toBeNull();
  });
});

describe('handleKey', () => {
  it('moves one end, never past the other', () => {
    expect(handleKey('ArrowRight', 'from', [2016, 2017], domain)).toEqual([2017, 2017]);
    expect(handleKey('ArrowRight', 'from', [2017, 2017], domain)).toEqual([2017, 2017]);
    expect(handleKey('End', 'to', [2016, 2017], domain)).toEqual([2016, 2024]);
    expect(handleKey('Home', 'from', [2016, 2017], domain)).toEqual([2014, 2017]);
    expect(handleKey('Tab', 'to', [2016, 2017], domain)).toBeNull();
  });
});
