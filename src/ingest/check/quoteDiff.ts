/**
 * For a quote that is not in its article: the article's nearest sentence, and the first
 * difference between the two in words a person can act on (a half-width comma where the
 * article has a full-width one, a Traditional character, a character too many or too
 * few). Whitespace is ignored, as `findQuote` ignores it.
 */
import { toSimplified } from '../../domain/text/simplify';

/** How the quote differs from the article's nearest sentence. */
export interface QuoteDifference {
  sentence: string;
  kind: 'half-width' | 'traditional' | 'extra' | 'missing' | 'differs';
  /** What the quote has there (empty for `missing`). */
  found: string;
  /** What the article has there (empty for `extra`). */
  expected: string;
}

const FULL_WIDTH: Record<string, string> = {
  ',': '，、',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
  '.': '。',
  '"': '“”',
  "'": '‘’',
};

const strip = (s: string) => s.replace(/\s+/gu, '');

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** The sentence of `clean` sharing the most character pairs with `quote`, if it shares enough. */
function nearest(clean: string, quote: string): string | null {
  const q = bigrams(strip(toSimplified(quote)));
  if (q.size === 0) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const sentence of clean.split(/(?<=[。！？；\n])/u)) {
    const s = bigrams(strip(sentence));
    let shared = 0;
    for (const b of q) if (s.has(b)) shared++;
    const score = shared / q.size;
    if (score > bestScore) {
      best = sentence.trim();
      bestScore = score;
    }
  }
  return bestScore >= 0.4 ? best : null;
}

type Op = { op: 'same' | 'sub' | 'extra' | 'missing'; q: string; s: string };

/** Aligns all of `q` with the best-matching part of `s` (edit distance, free ends in `s`). */
function align(q: string, s: string): Op[] {
  const n = q.length;
  const m = s.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) =>
    Array.from({ length: m + 1 }, () => i),
  );
  for (let i = 1; i <= n; i++) {
    const row = d[i] ?? [];
    const up = d[i - 1] ?? [];
    for (let j = 1; j <= m; j++) {
      const cost = q[i - 1] === s[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
    }
  }
  let j = 0;
  const last = d[n] ?? [];
  for (let k = 1; k <= m; k++) if ((last[k] ?? 0) < (last[j] ?? 0)) j = k;
  const ops: Op[] = [];
  let i = n;
  while (i > 0) {
    const here = d[i]?.[j] ?? 0;
    const qc = q[i - 1] ?? '';
    const sc = j > 0 ? (s[j - 1] ?? '') : '';
    if (j > 0 && here === (d[i - 1]?.[j - 1] ?? 0) + (qc === sc ? 0 : 1)) {
      ops.push({ op: qc === sc ? 'same' : 'sub', q: qc, s: sc });
      i--;
      j--;
    } else if (here === (d[i - 1]?.[j] ?? 0) + 1) {
      ops.push({ op: 'extra', q: qc, s: '' });
      i--;
    } else {
      ops.push({ op: 'missing', q: '', s: sc });
      j--;
    }
  }
  return ops.reverse();
}

function kindOf(op: Op): QuoteDifference['kind'] {
  if (op.op === 'extra') return 'extra';
  if (op.op === 'missing') return 'missing';
  if ((FULL_WIDTH[op.q] ?? '').includes(op.s)) return 'half-width';
  if (toSimplified(op.q) === op.s) return 'traditional';
  return 'differs';
}

/** The nearest sentence and the first difference, or null when no sentence is near. */
export function quoteDifference(clean: string, quote: string): QuoteDifference | null {
  const sentence = nearest(clean, quote);
  if (sentence === null) return null;
  const ops = align(strip(quote), strip(sentence));
  const first = ops.findIndex((o) => o.op !== 'same');
  const op = ops[first];
  if (op === undefined) return null;
  const kind = kindOf(op);
  let found = '';
  let expected = '';
  // The run of differences of one kind, so that 與湖南 reads as one Traditional stretch.
  for (const o of ops.slice(first, first + 8)) {
    if (o.op === 'same' || kindOf(o) !== kind) break;
    found += o.q;
    expected += o.s;
  }
  return { sentence, kind, found, expected };
}
