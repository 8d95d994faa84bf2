/**
 * The benchmark's baseline: a bare MapLibre map, no app code, that loads the
 * atlas's `data/boundaries.json` and draws the same polygon and line layers.
 * `window.baselineReady` resolves two frames after the first `idle` with the data
 * drawn (then its last frame is on screen), as `window.atlas.ready` does.
 */
import { startBareMap } from './bareMap';

window.baselineReady = startBareMap();
