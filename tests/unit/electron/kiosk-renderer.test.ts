// The kiosk's renderer is chosen at build time: the build `npm run build` packages must hold
// neither the browser bridge (demo roster allowed, device token in localStorage) nor the demo
// roster nor the benchmark hook, so a preload that fails inside Electron cannot fall back on
// them. Both targets are built; what the web build holds shows the markers are the right ones.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type * as kioskHost from '../../../renderer/platform/kiosk';
import type * as webHost from '../../../renderer/platform/web';
import {
  buildRenderer,
  kioskBuildMode,
  projectRoot,
  type BuiltRenderer,
} from '../../support/renderer-build';

/** Modules that only the web build may bundle. */
const WEB_ONLY_MODULES = [
  'renderer/platform/webBridge.ts',
  'renderer/demo/seed.ts',
  'renderer/demo/DemoBadges.tsx',
  'shared/demo-roster.ts',
];

/** Strings those modules put in a bundle, whatever the minifier renames. */
const WEB_ONLY_STRINGS = {
  'accueil.device-token': "the web bridge's localStorage key for the device token",
  'Accueil (navigateur)': "the web bridge's kiosk name",
  'demo-roster': "the demo roster's pseudo-kiosk",
  accueilDemo: 'the benchmark hook (window.accueilDemo)',
};

let scratch = '';
let kiosk: BuiltRenderer;
let web: BuiltRenderer;

beforeAll(async () => {
  const artifacts = path.join(projectRoot, 'tests', '.artifacts');
  await mkdir(artifacts, { recursive: true });
  scratch = await mkdtemp(path.join(artifacts, 'renderer-targets-'));
  kiosk = await buildRenderer(path.join(scratch, 'kiosk'), await kioskBuildMode());
  // What plain `vite build` makes: npm run test:e2e and npm run bench serve it.
  web = await buildRenderer(path.join(scratch, 'web'), 'production');
}, 120_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const holds = (built: BuiltRenderer, text: string) =>
  [...built.scripts.values()].some((code) => code.includes(text));

describe('the kiosk build', () => {
  it('bundles the app behind the preload bridge, not the web one', () => {
    // renderer/main.tsx is type-checked against the web host only: both must look the same.
    expectTypeOf<typeof kioskHost>().toEqualTypeOf<typeof webHost>();
    expect(kiosk.modules).toContain('renderer/app/App.tsx');
    expect(kiosk.modules).toContain('renderer/platform/kiosk.tsx');
    expect(kiosk.modules).not.toContain('renderer/platform/web.tsx');
  });

  it('holds neither the web bridge, nor the demo roster, nor the benchmark hook', () => {
    for (const module of WEB_ONLY_MODULES) expect(kiosk.modules).not.toContain(module);
    for (const [text, what] of Object.entries(WEB_ONLY_STRINGS)) {
      expect(holds(kiosk, text), what).toBe(false);
    }
  });
});

describe('the web build', () => {
  it('holds them all: the markers above are what those modules emit', () => {
    expect(web.modules).toContain('renderer/platform/web.tsx');
    for (const module of WEB_ONLY_MODULES) expect(web.modules).toContain(module);
    for (const [text, what] of Object.entries(WEB_ONLY_STRINGS)) {
      expect(holds(web, text), what).toBe(true);
    }
  });
});
