// The kiosk's own renderer build (what `npm run build` packages), opened in Chromium the way the
// Electron shell would open it. Without the preload's window.kiosk it must show a failure screen
// and start nothing, rather than fall back on a browser bridge it no longer holds; with a bridge
// it starts as usual, without the demo roster. The other e2e files use the web build.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../renderer/i18n';
import { LANGUAGES } from '../../shared/types';
import { buildRenderer, kioskBuildMode, projectRoot } from '../support/renderer-build';
import { CHROMIUM, CHROMIUM_ARGS, seriousViolations, waitReady } from './support/kiosk';
import { serveDirectory } from './support/static-server';

let scratch = '';
let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  const artifacts = path.join(projectRoot, 'tests', '.artifacts');
  await mkdir(artifacts, { recursive: true });
  scratch = await mkdtemp(path.join(artifacts, 'kiosk-build-'));
  await buildRenderer(scratch, await kioskBuildMode());
  server = await serveDirectory(scratch);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** A fresh profile on the kiosk page; `withBridge` stands in for the preload. */
async function openPage(withBridge: boolean): Promise<{ page: Page; errors: string[] }> {
  const context = await browser!.newContext();
  if (withBridge) {
    await context.addInitScript(() => {
      window.kiosk = {
        host: 'electron',
        appVersion: async () => 'test',
        getConfig: async () => ({ kioskName: 'Hall', defaultLanguage: 'nl' }),
        quit: async () => undefined,
        cancelExit: async () => undefined,
        onExitRequested: () => () => undefined,
        crashReport: async () => ({ count: 0, lastAt: null, lastReason: null }),
        saveFile: async () => 'cancelled',
        print: async () => undefined,
        loadDeviceToken: async () => null,
        storeDeviceToken: async () => undefined,
        setupState: async () => 'ready',
        checkSetupCode: async () => false,
      };
    });
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${server!.url}/index.html`);
  return { page, errors };
}

async function databaseNames(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases()).map((database) => database.name ?? ''),
  );
}

describe('the kiosk build', () => {
  it('without the preload, says so in every language, French first, and starts nothing', async () => {
    const { page, errors } = await openPage(false);
    const screen = page.locator('[data-startup="bridge-missing"]');
    await screen.waitFor({ timeout: 30_000 });
    const parts = await screen
      .locator('[lang]')
      .evaluateAll((nodes) => nodes.map((node) => [node.getAttribute('lang'), node.textContent]));
    expect(parts.map(([language]) => language)).toEqual([...LANGUAGES]);
    for (const [language, text] of parts) {
      const code = language as (typeof LANGUAGES)[number];
      expect(text).toContain(translate(code, 'shell.bridge-missing.title'));
      expect(text).toContain(translate(code, 'shell.bridge-missing.detail'));
    }
    expect(await page.getByRole('alert').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    // The developer is told why.
    expect(errors.join('\n')).toMatch(/window\.kiosk is missing.*preload/);
    // No database opened, no demo roster seeded, no token kept by a stand-in.
    expect(await databaseNames(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(() => 'accueilDemo' in window)).toBe(false);
    await page.context().close();
  });

  it("with the preload's bridge, starts in the configured language without the demo", async () => {
    const { page } = await openPage(true);
    await waitReady(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    expect(await databaseNames(page)).toEqual(['accueil']);
    const learners = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('accueil');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('learners').objectStore('learners').count();
            count.onsuccess = () => {
              open.result.close();
              resolve(count.result);
            };
            count.onerror = () => reject(count.error);
          };
        }),
    );
    expect(learners).toBe(0);
    expect(await page.locator('.demo').count()).toBe(0);
    expect(await page.evaluate(() => 'accueilDemo' in window)).toBe(false);
    await page.context().close();
  });
});
