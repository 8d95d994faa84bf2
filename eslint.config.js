import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const framework = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'maplibre-gl',
  'maplibre-gl/*',
];

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
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...framework,
            '../state/*',
            '../io/*',
            '../map/*',
            '../panel/*',
            '../controls/*',
          ],
        },
      ],
    },
  },
  {
    // The ingester runs in a worker and in Node: domain code only (DESIGN.md, "ingest").
    files: ['src/ingest/**/*.ts'],
    ignores: ['src/ingest/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...framework,
            '**/state/**',
            '**/io/**',
            '**/map/**',
            '**/svgmap/**',
            '**/panel/**',
            '**/controls/**',
            '**/app/**',
            '**/ui/**',
            '**/i18n/**',
          ],
        },
      ],
    },
  },
  {
    files: ['src/state/**/*.ts', 'src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['maplibre-gl', 'maplibre-gl/*', '../map/*', '../panel/*', '../controls/*'] },
      ],
    },
  },
  {
    files: ['src/panel/**', 'src/controls/**', 'src/app/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['maplibre-gl', 'maplibre-gl/*'] }],
    },
  },
);
