/** Splits an article's text into plain, quoted and garbled segments for the reader. */

/** A run of text and how the reader marks it. */
export interface Segment {
  readonly text: string;
  /** `focus` is the quote the user came from; `quote` any other quoted fact. */
  readonly kind: 'plain' | 'quote' | 'focus' | 'mojibake';
}

interface Span {
  start: number;
  end: number;
  kind: Segment['kind'];
}

const RANK: Record<Segment['kind'], number> = { plain: 0, mojibake: 1, quote: 2, focus: 3 };

/**
 * Marks every occurrence-free first match of each quote (the focused one wins
 * where quotes overlap) and the mojibake spans. Unmatched quotes are ignored.
 */
export function segmentText(
  text: string,
  quotes: readonly string[],
  focus: string | null,
  mojibake: readonly { start: number; end: number }[],
): Segment[] {
  const spans: Span[] = mojibake.map((m) => ({ start: m.start, end: m.end, kind: 'mojibake' }));
  for (const q of new Set(quotes)) {
    const at = q ? text.indexOf(q) : -1;
    if (at >= 0)
      spans.push({ start: at, end: at + q.length, kind: q === focus ? 'focus' : 'quote' });
  }
  const kinds: Segment['kind'][] = new Array<Segment['kind']>(text.length).fill('plain');
  for (const s of spans) {
    for (let i = Math.max(0, s.start); i < Math.min(text.length, s.end); i++) {
      const current = kinds[i] ?? 'plain';
      if (RANK[s.kind] > RANK[current]) kinds[i] = s.kind;
    }
  }
  const out: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || kinds[i] !== kinds[start]) {
      out.push({ text: text.slice(start, i), kind: kinds[start] ?? 'plain' });
      start = i;
    }
  }
  return out;
}
