/**
 * What counts as moving the SVG map's camera, the signal that starts MapLibre
 * (`map/handover.ts`): a flight does, fitting and instant jumps do not.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { svgController } from './controller';
import { getSvgView, moveSvgCamera, setSvgView } from './viewStore';

const SIZE = { width: 800, height: 600 };
const FIRST = { center: [104, 33] as const, zoom: 4 };
const ELSEWHERE = { center: [113, 23] as const, zoom: 6 };

beforeEach(() => {
  let now = 0;
  vi.stubGlobal('requestAnimationFrame', (step: (t: number) => void) =>
    setTimeout(() => step((now += 100)), 0),
  );
  vi.stubGlobal('cancelAnimationFrame', (id: number) => clearTimeout(id));
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  setSvgView({
    size: SIZE,
    camera: FIRST,
    fitted: [
      [100, 30],
      [110, 36],
    ],
    moved: false,
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('moving the SVG camera', () => {
  it('a fitted or resized view is not a move', () => {
    setSvgView({
      size: { width: 640, height: 480 },
      camera: FIRST,
      fitted: [
        [100, 30],
        [110, 36],
      ],
    });
    expect(getSvgView().moved).toBe(false);
  });

  it('an instant jump (a selection brought into view under reduced motion) is not a move', () => {
    svgController(() => null).moveTo(ELSEWHERE, 'instant');
    expect(getSvgView().camera).toEqual(ELSEWHERE);
    expect(getSvgView().moved).toBe(false);
  });

  it('a drag, the wheel, a key or a button is', () => {
    moveSvgCamera(ELSEWHERE);
    expect(getSvgView().moved).toBe(true);
    expect(getSvgView().fitted).toBeNull();
  });

  it('an animated flight is, and ends at its target', async () => {
    svgController(() => null).moveTo(ELSEWHERE, 'ease');
    expect(getSvgView().moved).toBe(false);
    await vi.waitFor(() => expect(getSvgView().camera).toEqual(ELSEWHERE));
    expect(getSvgView().moved).toBe(true);
  });
});
