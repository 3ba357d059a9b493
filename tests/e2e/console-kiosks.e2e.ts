// The console's Kiosks screen against the real server, on PGlite and on PostgreSQL: an admin adds
// a kiosk; the QR code the console draws, photographed, is what the kiosk's fake webcam shows;
// the kiosk links itself from its sync section, and its heartbeat appears in the console's list.
// Then the kiosk falls silent (the server's clock moves on) and is flagged; an admin revokes it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseEnrolLink } from '../../shared/enrolment';
import { makeSceneY4m } from '../fixtures/badge-video';
import {
  ENGINES,
  createFirstAdmin,
  launchBrowser,
  openConsole,
  signIn,
  startConsoleServer,
  type ConsoleServer,
} from './support/console';
import {
  openKiosk,
  recordResults,
  seriousViolations,
  shownResults,
  waitForResults,
} from './support/kiosk';
import { signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
const MIN = 60_000;

/** The kiosk's row in the console's list, as words. */
async function rowText(page: Page, name: string): Promise<string> {
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  return (await row.count()) ? ((await row.innerText()) ?? '') : '';
}

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`console: kiosks [${engine}]`, () => {
    let server: ConsoleServer;
    let browser: Browser;
    let dir: string;
    const clock = { offset: 0 };

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'accueil-console-kiosks-'));
      server = await startConsoleServer(engine, { now: () => Date.now() + clock.offset });
      await createFirstAdmin(server);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('links a kiosk by the QR code it draws, shows its heartbeat, flags its silence, revokes it', async () => {
      const { context, page } = await openConsole(browser, server);
      try {
        await signIn(page, server, undefined, 'kiosks');
        await page.getByRole('heading', { name: 'Postes', level: 1 }).waitFor();
        await page.getByText('Aucun poste pour l’instant').waitFor();
        expect(await seriousViolations(page), 'empty list').toEqual([]);

        await page.getByRole('button', { name: 'Ajouter un poste' }).click();
        await page.getByLabel('Nom du poste').fill('Accueil hall');
        await page.getByRole('button', { name: 'Créer le code de liaison' }).click();
        const qr = page.getByRole('img', { name: 'Code QR de liaison pour Accueil hall' });
        await qr.waitFor();
        const code = await page.getByTestId('enrol-code').innerText();
        expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
        expect(await page.getByTestId('enrol-server').innerText()).toBe(server.url);
        expect(parseEnrolLink((await qr.getAttribute('data-link'))!)).toEqual({
          serverUrl: server.url,
          code: code.replaceAll('-', ''),
        });
        expect(await seriousViolations(page), 'code shown').toEqual([]);

        // The code as the console draws it, held to the kiosk's camera.
        const photo = join(dir, 'qr.png');
        await qr.screenshot({ path: photo });
        const video = join(dir, 'qr.y4m');
        await makeSceneY4m(video, [{ text: '', image: photo }]);
        const kiosk = await openKiosk(baseUrl, {
          camera: { video },
          initScripts: [recordResults],
          query: '?demo=off',
        });
        try {
          // At the check-in it is no badge: a foreign code, nothing recorded.
          await waitForResults(kiosk.page, (results) => results.length > 0, 30_000);
          expect(await shownResults(kiosk.page)).toMatchObject([{ outcome: 'unreadable' }]);
          await signInAsFirstAdmin(kiosk.page, 'Synchronisation');
          await kiosk.page.getByRole('button', { name: 'Scanner le code' }).click();
          await kiosk.page
            .getByText('Ce poste est relié au serveur sous le nom «\u202fAccueil hall\u202f».')
            .waitFor({ timeout: 30_000 });
          await page.getByRole('button', { name: 'Terminé' }).click();
          // The kiosk's first sync carries its heartbeat; the list shows it.
          await expect
            .poll(
              async () => {
                await page.getByRole('button', { name: 'Actualiser' }).click();
                return rowText(page, 'Accueil hall');
              },
              { timeout: 30_000 },
            )
            .toMatch(
              /En ligne[\s\S]*Dernier contact[\s\S]*0 évènement[\s\S]*À l’heure[\s\S]*0 redémarrage[\s\S]*Aucune/,
            );
          expect(await seriousViolations(page), 'list with a kiosk').toEqual([]);
        } finally {
          await kiosk.close();
        }

        // Eleven minutes without news: flagged in words, not by colour alone.
        clock.offset = 11 * MIN;
        await page.getByRole('button', { name: 'Actualiser' }).click();
        await expect.poll(() => rowText(page, 'Accueil hall')).toContain('Silencieux');
        expect(await page.locator('tr[data-presence="silent"] .kiosks__presence').innerText()).toBe(
          '⚠ Silencieux',
        );

        await page.getByRole('button', { name: 'Retirer le poste Accueil hall' }).click();
        const dialog = page.getByRole('dialog', {
          name: 'Retirer le poste «\u202fAccueil hall\u202f»\u202f?',
        });
        expect(await seriousViolations(page), 'revoke dialog').toEqual([]);
        await dialog.getByRole('button', { name: 'Retirer' }).click();
        await page.getByText('Le poste «\u202fAccueil hall\u202f» est retiré.').waitFor();
        await expect.poll(() => rowText(page, 'Accueil hall')).toContain('Retiré');
        const audited = await server.db.query<{ action: string }>(
          `SELECT action FROM console_audit WHERE action LIKE 'kiosk.%' ORDER BY id`,
        );
        expect(audited.rows.map((row) => row.action)).toEqual([
          'kiosk.code-created',
          'kiosk.revoked',
        ]);
      } finally {
        await context.close();
      }
    });
  });
}
