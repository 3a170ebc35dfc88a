// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'src/i18n/generated/'] },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.worker.json', './tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  // The layers (README, "Layout"): the core is pure, and the
  // session's data and rules know nothing of the screen. tsconfig.core.json proves the core
  // needs no DOM; these rules keep the imports honest too.
  {
    files: ['src/pose/**', 'src/coach/**', 'src/exercises/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\.?/(.*/)?(ui|detection|session)(/|$)',
              message:
                'The core (pose, coach, exercises) is pure: no UI, detector/worker or session code. Pass the value in instead.',
            },
            {
              regex: '^(lit|@lit/.*|lit/.*|@mediapipe/.*|comlink|idb)$',
              message:
                'The core (pose, coach, exercises) is pure: no Lit, MediaPipe, Comlink or IndexedDB; those belong in src/ui, src/detection or src/session.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/session/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\.?/(.*/)?(ui|detection)(/|$)',
              message:
                'src/session is data and rules: no UI or detector code (the UI uses the session, not the reverse).',
            },
            {
              regex: '^(lit|@lit/.*|lit/.*|@mediapipe/.*|comlink)$',
              message: 'src/session is data and rules: no Lit, MediaPipe or Comlink.',
            },
          ],
        },
      ],
    },
  },
  {
    // Custom events are declared once, with their detail types, in src/ui/events.ts (and fired
    // with its `emit`), so a misspelt name or a wrong detail is a type error.
    files: ['src/**/*.ts'],
    ignores: ['src/ui/events.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='CustomEvent']",
          message: 'Register the event in src/ui/events.ts and fire it with emit().',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' },
    },
  },
);
