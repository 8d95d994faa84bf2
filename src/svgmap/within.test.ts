/**
 * A vector export carries only the boundary lines and rings that reach into its map: what
 * lies wholly beyond it is left out, and nothing that could show is.
 */
import { describe, expect, it } from 'vitest';
import { pathWithin, type PathBox } from './within';

const BOX: PathBox = [2, 2, 8, 8];

describe('pathWithin', () => {
  it('keeps every subpath that reaches into the box, crossing its edge or around it', () => {
    const inside = 'M3,3l2,0l0,2Z';
    const crossing = 'M-20,5l30,0';
    const around = 'M-50,-50l100,0l0,100l-100,0Z';
    // Its steps leave the box and come back: the box of all its points counts, not its start.
    const returning = 'M20,20l-15,-15l15,15';
    expect(pathWithin(inside + crossing + around + returning, BOX)).toBe(
      inside + crossing + around + returning,
    );
  });

  it('drops the subpaths wholly outside, on any side', () => {
    const inside = 'M3,3l2,0l0,2Z';
    const beyond = ['M100,100l5,5Z', 'M-9,3l5,0l0,4Z', 'M3,-9l2,0l0,5Z', 'M3,9l2,0l0,5Z'];
    expect(pathWithin(beyond[0] + inside + beyond.slice(1).join(''), BOX)).toBe(inside);
    expect(pathWithin(beyond.join(''), BOX)).toBe('');
  });
});
