/**
 * Property tests of the number parser: any text in, well-formed matches out,
 * never a throw, and bounded time on a megabyte of hostile input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseNumeral, findNumbers, trailingQualifier } from './numbers';

const NUMBERISH = [
  ...'0123456789.,零〇一二两三四五六七八九十百千万亿多余约近逾超突破以上左右元个家',
  ' ',
  '\n',
];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...NUMBERISH), maxLength: 200 }),
);

describe('findNumbers on arbitrary text (property)', () => {
  it('never throws and returns sorted, in-bounds, finite matches', () => {
    fc.assert(
      fc.property(text, (s) => {
        const found = findNumbers(s);
        let last = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(s.length);
          expect(Number.isNaN(m.value)).toBe(false);
          expect(m.value).toBeGreaterThanOrEqual(0);
          last = m.start;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads Chinese numerals without throwing, and qualifiers after units', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'零〇一二两三四五六七八九十百千万亿') }),
        (s) => {
          const n = chineseNumeral(s);
          if (n !== null) expect(n >= 0, s).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(['exact', 'more-than', 'about', 'nearly', 'at-least']).toContain(
          trailingQualifier(s, 'exact'),
        );
      }),
    );
  });

  // Completion within the test timeout is the bound; timings belong in the benchmark.
  it('handles 1 MB of hostile input without hanging', () => {
    const inputs = [
      '9'.repeat(1_000_000),
      '1,000'.repeat(200_000),
      '一二三四五六七八九十百千万亿'.repeat(72_000),
      '突破万亿超过千亿'.repeat(125_000),
      '30多万余约'.repeat(200_000),
    ];
    for (const s of inputs) expect(Array.isArray(findNumbers(s)), `${s.slice(0, 12)}…`).toBe(true);
  }, 120_000);
});
