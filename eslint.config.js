// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layers } from './.eslint/rules/layers.js';

// Process boundaries are enforced here, not by memory: only electron/ and server/ may import Node
// built-ins (electron/ alone Electron); shared/ is pure (no DOM, no Node, no Electron); server/
// never imports the renderer.
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
// The settings table is read and written through its typed registry (renderer/db/settings.ts).
const settingsThroughRegistry = {
  'no-restricted-syntax': [
    'error',
    {
      selector:
        "CallExpression > MemberExpression.callee[object.property.name='settings'][property.name=/^(get|bulkGet|put|bulkPut|add|bulkAdd|update|delete|bulkDelete|clear|where|toArray|toCollection)$/]",
      message: 'Settings rows go through renderer/db/settings.ts (readSetting, writeSetting, …).',
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
      'dist-server/**',
      'server-data/**',
      'node_modules/**',
      'tests/.artifacts/**',
      'bench-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // One table of which folder may import which (.eslint/rules/layers.js).
    files: ['{electron,server,shared,build,renderer}/**/*.{ts,tsx,js,mjs}'],
    plugins: { accueil: { rules: { layers } } },
    rules: { 'accueil/layers': 'error' },
  },
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
      ...settingsThroughRegistry,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['renderer/db/settings.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...noHostImports,
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    // The sync server: Node, and shared/ for the domain; never the renderer or Electron.
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The server does not run in Electron.' }],
          patterns: [
            {
              group: ['**/renderer/**', '**/electron/**'],
              message: 'server/ may import node:*, its dependencies and shared/ only.',
            },
          ],
        },
      ],
    },
  },
);
