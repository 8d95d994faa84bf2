/** Types of `layers.js` (plain JavaScript, read by `eslint.config.js`). */
export declare const MAPLIBRE: readonly string[];
export declare const UI_FRAMEWORK: readonly string[];
export declare const FEATURES: readonly string[];
/** Each folder of `src/`, the folders it may not import from, and why. */
export declare const LAYERS: readonly (readonly [string, readonly string[], string])[];
