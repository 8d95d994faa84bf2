import { describe, expect, it } from 'vitest';
import { parseOptions, parseSections, SECTIONS } from './options';

describe('bench options', () => {
  it('runs every section into bench/results.json by default', () => {
    const o = parseOptions([]);
    expect(o.sections).toEqual(SECTIONS);
    expect(o).toMatchObject({ runs: 7, changes: 50, out: 'bench/results.json' });
  });

  it('runs only the sections named, in run order, into a file of its own', () => {
    const o = parseOptions(['--only', 'draft, deck', '--runs', '3']);
    expect(o.sections).toEqual(['deck', 'draft']);
    expect(o).toMatchObject({ runs: 3, out: 'bench/.out/results.json' });
    expect(parseOptions(['--only', 'deck', '--out', 'x.json']).out).toBe('x.json');
  });

  it('names the valid sections when it refuses one', () => {
    expect(() => parseSections('deck,pptx')).toThrow(
      '--only takes a comma list of sections: legibility, load, firstPaint, interaction, handover, engineFloor, size, ingest, deck, draft (not "pptx")',
    );
    expect(() => parseSections('')).toThrow(/sections: legibility, .*draft/);
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => parseOptions(['--runs', '0'])).toThrow('--runs must be a positive integer');
  });
});
