import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import { createNodeResolver, importX } from 'eslint-plugin-import-x';

import { LAYERS, MAPLIBRE, UI_FRAMEWORK } from './scripts/lint/layers.js';

const boundaries = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['src/**/*.test.ts'],
  plugins: { 'import-x': importX },
  settings: {
    'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.css'] })],
  },
  rules: {
    'import-x/no-restricted-paths': [
      'error',
      {
        zones: LAYERS.flatMap(([target, forbidden, message]) =>
          forbidden.map((from) => ({ target: `./src/${target}`, from: `./src/${from}`, message })),
        ),
      },
    ],
    'import-x/no-cycle': ['error', { ignoreExternal: true }],
  },
};

/** No framework in the pure layers. */
const pure = {
  files: ['src/domain/**', 'src/testing/**', 'src/ingest/**', 'src/mapmodel/**'],
  ignores: ['src/**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [...UI_FRAMEWORK, ...MAPLIBRE],
            message: 'domain/, ingest/ and mapmodel/ use no UI framework and no renderer.',
          },
        ],
      },
    ],
  },
};

/** Only map/ may import MapLibre. */
const maplibreOnlyInMap = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['src/map/**', 'src/**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: MAPLIBRE, message: 'Only src/map/ imports maplibre-gl.' }] },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'node_modules',
      'test-results',
      'playwright-report',
      'public',
      '**/.tmp',
      'bench/.out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  // Layers (DESIGN.md): who may import whom, enforced at any depth. Tests may cross layers.
  maplibreOnlyInMap,
  pure,
  boundaries,
);
