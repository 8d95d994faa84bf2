/**
 * DESIGN.md's table of layers, as data: what each folder of `src/` may not import.
 * `eslint.config.js` turns it into rules; `boundaries.test.ts` proves each rule fires.
 */
export const MAPLIBRE = ['maplibre-gl', 'maplibre-gl/*'];
export const UI_FRAMEWORK = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
];
/** Feature folders: React views that never import each other. */
export const FEATURES = [
  'a11y',
  'author',
  'controls',
  'embed',
  'explore',
  'export',
  'panel',
  'present',
];
const ALL = [
  'domain',
  'testing',
  'ingest',
  'mapmodel',
  'state',
  'io',
  'i18n',
  'ui',
  'svgmap',
  'map',
  'app',
  ...FEATURES,
];
const except = (...allowed) => ALL.filter((f) => !allowed.includes(f));

/**
 * DESIGN.md's table of layers: for each folder of `src/`, the folders of `src/` it may not
 * import from (resolved to files, so it holds at any depth and for CSS too) and why.
 */
export const LAYERS = [
  ['domain', except('domain'), 'domain/ is pure: it imports no state, view, map or feature'],
  ['testing', except('domain', 'testing'), 'testing/ builds domain fixtures only'],
  [
    'ingest',
    except('domain', 'ingest'),
    'ingest/ runs in a worker and in Node: it imports domain/ only',
  ],
  [
    'mapmodel',
    except('domain', 'mapmodel'),
    'mapmodel/ is renderer-neutral: it imports domain/ only',
  ],
  [
    'state',
    except('domain', 'state', 'i18n'),
    'state/ imports domain/ (and i18n/ for notices) only',
  ],
  ['io', except('domain', 'io', 'i18n'), 'io/ imports domain/ (and i18n/ for errors) only'],
  [
    'i18n',
    except('domain', 'i18n', 'state', 'ingest'),
    'i18n/ holds words: it imports domain/, state/ (the language) and ingest/ types only',
  ],
  [
    'ui',
    ['svgmap', 'map', 'app', ...FEATURES],
    'ui/ is shared by features: no feature, no renderer, not the app',
  ],
  [
    'svgmap',
    ['map', 'ui', 'app', 'ingest', ...FEATURES],
    'svgmap/ draws the map model: it imports model, domain, state, io and i18n only',
  ],
  ['map', ['app', 'ingest', ...FEATURES], 'map/ draws the map model: no feature and not the app'],
  ...FEATURES.map((feature) => [
    feature,
    ['map', 'svgmap', 'app', ...FEATURES.filter((f) => f !== feature)],
    'feature folders never import another feature, a renderer or the app (the app composes them)',
  ]),
];
