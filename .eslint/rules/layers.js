// @ts-check
// Which part of the code may import which: one table, checked on every relative import (as
// Signal-Desktop's file-role rules do). Process folders never import each other the wrong way;
// renderer folders form layers, so no two of them can import each other (no folder cycle).
import path from 'node:path';

/**
 * An area and the areas it may import besides itself. Renderer areas are its folders; files at
 * the renderer's root (main.tsx) belong to `renderer/app`, the composition root. The build target
 * chooses `renderer/platform` (kiosk.tsx or web.tsx, with the host's bridge): it starts the app,
 * and nothing imports it.
 */
const RENDERER_BASE = ['shared', 'renderer/i18n'];
export const ALLOWED = {
  shared: [],
  electron: ['shared'],
  server: ['shared'],
  build: ['shared'],
  'renderer/i18n': ['shared'],
  'renderer/db': RENDERER_BASE,
  'renderer/sync': [...RENDERER_BASE, 'renderer/db'],
  'renderer/ui': RENDERER_BASE,
  'renderer/print': [...RENDERER_BASE, 'renderer/ui'],
  // Features: each may use the layers below, never another feature.
  'renderer/check-in': [...RENDERER_BASE, 'renderer/db', 'renderer/sync', 'renderer/ui'],
  'renderer/staff': [
    ...RENDERER_BASE,
    'renderer/db',
    'renderer/sync',
    'renderer/ui',
    'renderer/print',
  ],
  'renderer/admin': [
    ...RENDERER_BASE,
    'renderer/db',
    'renderer/sync',
    'renderer/ui',
    'renderer/print',
  ],
  'renderer/demo': [
    ...RENDERER_BASE,
    'renderer/db',
    'renderer/sync',
    'renderer/ui',
    'renderer/print',
  ],
  // The centre's console (served by the sync server): a page of its own, never the kiosk's
  // storage, sync or features; what it shares with the kiosk moves down into ui/print/shared.
  'renderer/console': [...RENDERER_BASE, 'renderer/ui', 'renderer/print'],
  'renderer/app': [
    ...RENDERER_BASE,
    ...['db', 'sync', 'ui', 'print', 'check-in', 'staff', 'admin', 'demo'].map(
      (f) => `renderer/${f}`,
    ),
  ],
  'renderer/platform': [
    ...RENDERER_BASE,
    ...['db', 'sync', 'ui', 'print', 'check-in', 'staff', 'admin', 'demo', 'app'].map(
      (f) => `renderer/${f}`,
    ),
  ],
};

/** The area of a path relative to the project root, or null outside the checked folders. */
export function areaOf(relative) {
  const parts = relative.split(path.sep).join('/').split('/');
  if (parts[0] === 'renderer') {
    // A folder (`../i18n`, its index) or a file in it; a file at the root is the app's.
    const area = `renderer/${parts[1]}`;
    return area in ALLOWED ? area : 'renderer/app';
  }
  return parts.length > 1 && parts[0] in ALLOWED ? parts[0] : null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layer table in .eslint/rules/layers.js' },
    schema: [],
    messages: {
      wrongWay:
        '{{from}} may not import {{to}} ({{from}} may import: {{allowed}}). Move the shared part down a layer (renderer/ui for UI, shared/ for pure code).',
    },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename);
    const from = areaOf(file);
    if (from === null) return {};
    /** @param {import('estree').Node & { source?: import('estree').Node | null }} node */
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const target = path.relative(
        root,
        path.resolve(path.dirname(context.filename), source.value),
      );
      const to = areaOf(target);
      if (to === null || to === from || ALLOWED[from].includes(to)) return;
      context.report({
        node: source,
        messageId: 'wrongWay',
        data: { from, to, allowed: ALLOWED[from].join(', ') || 'nothing outside itself' },
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};
