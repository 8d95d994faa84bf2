/**
 * When a map is first on screen, from the pixels rather than from a mark: the
 * page is screencast from navigation (small PNG frames), and the first frame
 * whose map area is mostly not white and has many colours counts. A mark is set
 * before the browser lays out, paints and rasterises the frame; on a machine
 * without a GPU that can take longer than the drawing itself, so the figures
 * are read side by side.
 */
import type { CDPSession } from '@playwright/test';
import { PNG } from 'pngjs';

/** Frame size of the screencast (the page is 1280×720): cheap to encode and to read. */
const FRAME = { maxWidth: 320, maxHeight: 180 } as const;

/** Whether a frame shows a map: the middle of the map area has many colours and is mostly not white. */
export function showsMap(png: { width: number; height: number; data: Uint8Array }): boolean {
  const colours = new Set<number>();
  let white = 0;
  let n = 0;
  // The map area is the left two thirds of the page, below the header and above the timeline.
  const [x0, x1] = [Math.round(png.width * 0.12), Math.round(png.width * 0.62)];
  const [y0, y1] = [Math.round(png.height * 0.28), Math.round(png.height * 0.72)];
  for (let y = y0; y < y1; y += 2) {
    for (let x = x0; x < x1; x += 2) {
      const i = (y * png.width + x) * 4;
      const [r = 0, g = 0, b = 0] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
      if (r > 240 && g > 240 && b > 240) white++;
      n++;
    }
  }
  return colours.size >= 12 && white < n / 2;
}

/** A screencast from now on; `firstMap` resolves with the ms after `origin` (epoch ms) of the first frame showing a map. */
export async function watchScreen(
  cdp: CDPSession,
): Promise<{ firstMap(origin: number, timeoutMs: number): Promise<number> }> {
  let found: ((at: number) => void) | null = null;
  const first = new Promise<number>((resolve) => (found = resolve));
  cdp.on('Page.screencastFrame', (frame) => {
    void cdp.send('Page.screencastFrameAck', { sessionId: frame.sessionId }).catch(() => undefined);
    if (found && showsMap(PNG.sync.read(Buffer.from(frame.data, 'base64')))) {
      found((frame.metadata.timestamp ?? NaN) * 1000);
      found = null;
      // Stop at once: the rest of the load runs without the screencast's cost.
      void cdp.send('Page.stopScreencast').catch(() => undefined);
    }
  });
  await cdp.send('Page.startScreencast', { format: 'png', ...FRAME, everyNthFrame: 1 });
  return {
    firstMap: async (origin, timeoutMs) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<number>(
        (resolve) => (timer = setTimeout(resolve, timeoutMs, NaN)),
      );
      const at = await Promise.race([first, timeout]).finally(() => clearTimeout(timer));
      if (Number.isNaN(at)) throw new Error(`no frame showed a map within ${timeoutMs} ms`);
      return at - origin;
    },
  };
}
