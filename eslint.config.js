// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Process boundaries are enforced here, not by memory: only electron/ may import electron or
// Node built-ins; shared/ is pure (no DOM, no Node, no Electron).
const nodeBuiltins = [
  'electron',
  'node:*',
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
];
const noHostImports = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: nodeBuiltins,
          message:
            'renderer/ and shared/ run without Node or Electron: go through the KioskBridge.',
        },
      ],
    },
  ],
};
const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'location',
  'HTMLElement',
  'requestAnimationFrame',
  'fetch',
  'self',
  'crypto',
].map((name) => ({ name, message: 'shared/ is pure: pass what it needs as a parameter.' }));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'node_modules/**',
      'tests/.artifacts/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...noHostImports,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...noHostImports,
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
);
