/** The baked first frame as the e2e tests find it (`scripts/prerender/`, `src/svgmap/firstFrame.ts`). */
export const FRAME = '#atlas-first-frame';
/** The picture on screen: the build writes one per map size and CSS shows the one that fits. */
export const SHOWN = `${FRAME} .ff-v:visible`;
