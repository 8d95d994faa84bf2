/**
 * Arrowheads are placed like labels: by priority, none touching another, so a busy
 * place's links do not pile their arrows into one blot (the overlay's order: overlay.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { ARROW_RADIUS, spaceArrows } from './arrows';

const at = (x: number, y: number, scale = 1, id = `${x},${y}`) => ({ id, x, y, scale });

describe('spaceArrows', () => {
  it('keeps arrows apart, the earlier (higher priority) one winning', () => {
    const kept = spaceArrows([at(100, 100, 1, 'first'), at(105, 102, 1, 'second'), at(300, 100)]);
    expect(kept.map((a) => a.id)).toEqual(['first', '300,100']);
  });

  it('leaves no two kept arrows touching, however many crowd one spot', () => {
    const crowd = Array.from({ length: 400 }, (_, i) =>
      at(200 + ((i * 37) % 60), 150 + ((i * 53) % 40), 0.7 + (i % 7) / 10),
    );
    const kept = spaceArrows(crowd);
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(40);
    for (const a of kept)
      for (const b of kept)
        if (a !== b)
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(
            ARROW_RADIUS * (a.scale + b.scale),
          );
  });

  it('keeps every arrow that has room', () => {
    const spread = Array.from({ length: 50 }, (_, i) => at((i % 10) * 40, Math.floor(i / 10) * 40));
    expect(spaceArrows(spread)).toHaveLength(50);
  });
});
