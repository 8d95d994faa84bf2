/**
 * A measure for tests without a browser: Chinese and full-width characters
 * one em wide, everything else half an em (bold 10 % wider). Close enough to
 * real fonts for layout rules; the real widths are checked end to end.
 */
import type { Measure } from './wrap';

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export const testMeasure: Measure = (text, size, bold) =>
  [...text].reduce((w, ch) => w + (WIDE.test(ch) ? 1 : 0.5), 0) * size * (bold ? 1.1 : 1);
