// The project's ESLint configuration, run on deliberately bad imports: each boundary rule fires,
// and the same import the right way round passes. Files are linted as text under the path they
// claim, so nothing here is part of the product.
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId !== '@typescript-eslint/no-unused-vars')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

const use = (source: string) => `import { x } from '${source}';\nexport const y = x;\n`;

describe('layers between folders', () => {
  const wrongWay: [string, string, RegExp][] = [
    // Process folders.
    ['shared/fixture.ts', '../renderer/db/schema', /shared may not import renderer\/db/],
    ['shared/fixture.ts', '../server/app', /shared may not import server/],
    ['electron/fixture.ts', '../renderer/i18n', /electron may not import renderer\/i18n/],
    ['server/fixture.ts', '../electron/config', /server may not import electron/],
    ['renderer/db/fixture.ts', '../../electron/config', /renderer\/db may not import electron/],
    ['renderer/app/fixture.ts', '../../server/app', /renderer\/app may not import server/],
    // Renderer layers: lower layers never import higher ones, features never each other.
    ['renderer/db/fixture.ts', '../sync/state', /renderer\/db may not import renderer\/sync/],
    ['renderer/ui/fixture.tsx', '../admin/section', /renderer\/ui may not import renderer\/admin/],
    ['renderer/sync/fixture.ts', '../ui/controls', /renderer\/sync may not import renderer\/ui/],
    [
      'renderer/admin/x/fixture.ts',
      '../../staff/auth',
      /renderer\/admin may not import renderer\/staff/,
    ],
    [
      'renderer/staff/fixture.ts',
      '../admin/section',
      /renderer\/staff may not import renderer\/admin/,
    ],
    [
      'renderer/check-in/fixture.ts',
      '../staff/auth',
      /renderer\/check-in may not import renderer\/staff/,
    ],
    ['renderer/staff/fixture.ts', '../app/App', /renderer\/staff may not import renderer\/app/],
    // The console is a page of its own: never the kiosk's storage, sync or features.
    [
      'renderer/console/x/fixture.tsx',
      '../../db/schema',
      /renderer\/console may not import renderer\/db/,
    ],
    [
      'renderer/console/fixture.tsx',
      '../admin/section',
      /renderer\/console may not import renderer\/admin/,
    ],
    ['renderer/ui/fixture.tsx', '../console/api', /renderer\/ui may not import renderer\/console/],
  ];
  for (const [file, source, message] of wrongWay) {
    it(`refuses ${file} → ${source}`, async () => {
      const found = await problems(file, use(source));
      expect(
        found.some((p) => p.startsWith('accueil/layers') && message.test(p)),
        found.join('\n'),
      ).toBe(true);
    });
  }

  const rightWay: [string, string][] = [
    ['renderer/admin/x/fixture.ts', '../../ui/controls'],
    ['renderer/staff/fixture.ts', '../db/append'],
    ['renderer/app/fixture.ts', '../admin/section'],
    ['renderer/sync/fixture.ts', '../db/settings'],
    ['server/fixture.ts', '../shared/types'],
    ['renderer/admin/x/fixture.ts', '../y/other'],
    ['renderer/console/x/fixture.tsx', '../../print/sheet'],
    ['renderer/console/x/fixture.tsx', '../../ui/controls'],
  ];
  for (const [file, source] of rightWay) {
    it(`allows ${file} → ${source}`, async () => {
      expect(await problems(file, use(source))).toEqual([]);
    });
  }
});

describe('host and purity rules', () => {
  it('keeps Node and Electron out of the renderer and shared/', async () => {
    expect((await problems('renderer/db/fixture.ts', use('node:fs'))).join()).toMatch(
      /no-restricted-imports/,
    );
    expect((await problems('shared/fixture.ts', use('electron'))).join()).toMatch(
      /no-restricted-imports/,
    );
  });

  it('keeps the DOM out of shared/', async () => {
    const found = await problems('shared/fixture.ts', 'export const w = window.innerWidth;\n');
    expect(found.join()).toMatch(/no-restricted-globals/);
  });

  it('reads settings rows only through their registry', async () => {
    const code =
      "import type { KioskDatabase } from '../db/schema';\nexport const f = (db: KioskDatabase) => db.settings.get('kiosk');\n";
    expect((await problems('renderer/sync/fixture.ts', code)).join()).toMatch(
      /Settings rows go through renderer\/db\/settings.ts/,
    );
    expect(
      await problems('renderer/db/settings.ts', code.replace('../db/schema', './schema')),
    ).toEqual([]);
  });
});
