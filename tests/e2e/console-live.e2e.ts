// The console's live presence, end to end on PGlite and PostgreSQL: reception signed in sees a
// kiosk's check-in appear and its check-out take the person off without reloading the page (the
// kiosk pushes through the real /v1/push with its own token); the evacuation roll call printed
// (the page printed to PDF, read back); an admin's Days view of a past day; axe on each screen.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brusselsDay, dayBounds } from '../../shared/time';
import type { KioskEvent } from '../../shared/types';
import { checkIn, learnerUpserted } from '../server/harness';
import {
  CONSOLE_ADMIN_TOKEN,
  ENGINES,
  RECEPTION,
  createAccount,
  createFirstAdmin,
  launchBrowser,
  openConsole,
  signIn,
  startConsoleServer,
  type ConsoleServer,
} from './support/console';
import { noViolations } from './support/kiosk';
import { pdfWords } from './support/pdf';

const OUT = resolve('tests/.artifacts/console-live');
const LEARNERS = [
  ['L1', 'Léa', 'Dupont', ['jeux vidéo']],
  ['L2', 'Noah', 'Bernard', ['jeux vidéo', '3d']],
  ['L3', 'Émile', 'Lambert', ['musique']],
] as const;

/** A kiosk enrolled on the server, pushing through the real HTTP route with its token. */
async function enrolledKiosk(server: ConsoleServer, kioskId: string) {
  const admin = {
    authorization: `Bearer ${CONSOLE_ADMIN_TOKEN}`,
    'content-type': 'application/json',
  };
  const created = await fetch(`${server.url}/v1/admin/kiosks`, {
    method: 'POST',
    headers: admin,
    body: JSON.stringify({ name: kioskId }),
  });
  const { code } = (await created.json()) as { code: string };
  const enrolled = await fetch(`${server.url}/v1/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, kioskId, kioskName: kioskId }),
  });
  const { token } = (await enrolled.json()) as { token: string };
  let seq = 0;
  return {
    next: () => ++seq,
    async push(events: KioskEvent[]) {
      const res = await fetch(`${server.url}/v1/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
      });
      const answer = (await res.json()) as { rejected: unknown[] };
      expect(res.status, JSON.stringify(answer)).toBe(200);
      expect(answer.rejected).toEqual([]);
    },
  };
}
type Kiosk = Awaited<ReturnType<typeof enrolledKiosk>>;

const named = (kiosk: Kiosk, [id, first, last, groups]: (typeof LEARNERS)[number]) => {
  const e = learnerUpserted('K1', kiosk.next(), id, Date.now()) as Extract<
    KioskEvent,
    { type: 'learner-upserted' }
  >;
  return { ...e, learner: { ...e.learner, firstName: first, lastName: last, groups: [...groups] } };
};
const arrive = (kiosk: Kiosk, kioskId: string, learnerId: string, at = Date.now()) =>
  checkIn(kioskId, kiosk.next(), at, learnerId);
const leave = (kiosk: Kiosk, kioskId: string, learnerId: string, at = Date.now()): KioskEvent => ({
  ...(arrive(kiosk, kioskId, learnerId, at) as Extract<KioskEvent, { type: 'check-in' }>),
  type: 'check-out',
});

const rows = (page: Page) => page.locator('[data-testid="live-list"] tbody tr');
const names = async (page: Page) =>
  (await rows(page).locator('td:first-child').allTextContents()).map((s) => s.trim());

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`the console's live presence [${engine}]`, () => {
    let server: ConsoleServer;
    let browser: Browser;
    let k1: Kiosk;
    let k2: Kiosk;
    beforeAll(async () => {
      await mkdir(OUT, { recursive: true });
      server = await startConsoleServer(engine);
      await createFirstAdmin(server);
      await createAccount(server, RECEPTION, 'reception');
      k1 = await enrolledKiosk(server, 'K1');
      k2 = await enrolledKiosk(server, 'K2');
      await k1.push(LEARNERS.map((l) => named(k1, l)));
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows a kiosk’s check-in and check-out without a reload, for reception', async () => {
      const { context, page } = await openConsole(browser, server);
      await signIn(page, server, RECEPTION, 'live');
      await expect
        .poll(() => page.getByTestId('live-count').textContent())
        .toBe('Personne dans le bâtiment');
      await noViolations(page, 'live, empty');
      let loads = 0;
      page.on('load', () => loads++);

      await k1.push([arrive(k1, 'K1', 'L1'), arrive(k1, 'K1', 'L2')]);
      await k2.push([arrive(k2, 'K2', 'L3')]);
      await expect
        .poll(() => names(page), { timeout: 15_000 })
        .toEqual(['BERNARD Noah', 'DUPONT Léa', 'LAMBERT Émile']);
      await expect(page.getByTestId('live-count').textContent()).resolves.toBe(
        '3 personnes dans le bâtiment',
      );
      expect(await page.getByTestId('live-groups').textContent()).toMatch(
        /3d\s*1.*jeux vidéo\s*2.*musique\s*1/,
      );
      await noViolations(page, 'live, three inside');

      await k2.push([leave(k2, 'K2', 'L2')]);
      await expect
        .poll(() => names(page), { timeout: 15_000 })
        .toEqual(['DUPONT Léa', 'LAMBERT Émile']);
      expect(loads).toBe(0);
      await context.close();
    });

    it('prints the evacuation roll call: the kiosk’s sheet with everyone inside', async () => {
      const { context, page } = await openConsole(browser, server);
      await signIn(page, server, RECEPTION, 'live');
      await expect.poll(() => names(page)).toEqual(['DUPONT Léa', 'LAMBERT Émile']);
      const file = join(OUT, `rollcall-${engine}.pdf`);
      await page.emulateMedia({ media: 'print' });
      await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const { pages, words } = await pdfWords(file);
      expect(pages).toBe(1);
      const text = words.map((w) => w.text).join(' ');
      expect(text).toContain('Appel d’évacuation');
      expect(text).toContain('Dans le bâtiment : 2');
      expect(text).toMatch(/DUPONT Léa jeux vidéo \d\d:\d\d/);
      expect(text).toMatch(/LAMBERT Émile musique \d\d:\d\d/);
      expect(text).not.toContain('BERNARD');
      // Only the sheet: no navigation or buttons of the console on paper.
      expect(text).not.toContain('Imprimer');
      await context.close();
    });

    it('shows an admin a past day across kiosks; reception does not get the Days', async () => {
      const yesterday = brusselsDay(dayBounds(brusselsDay(Date.now())).start - 1);
      const noon = dayBounds(yesterday).start + 12 * 3_600_000;
      await k1.push([arrive(k1, 'K1', 'L1', noon), arrive(k1, 'K1', 'L3', noon + 60_000)]);
      await k2.push([leave(k2, 'K2', 'L1', noon + 3 * 3_600_000)]);
      const { context, page } = await openConsole(browser, server);
      await signIn(page, server, undefined, 'days');
      const [y, m, d] = yesterday.split('-');
      await page.getByLabel('Jour', { exact: true }).fill(`${d}/${m}/${y}`);
      await page.getByRole('button', { name: 'Afficher' }).click();
      await expect
        .poll(() => page.getByTestId('days-totals').textContent())
        .toBe('2 personnes venues · 2 arrivées · 1 départ');
      const table = page.getByRole('table', { name: 'Présences de la journée' });
      expect(await table.locator('tbody tr').allTextContents()).toEqual([
        expect.stringMatching(/^DUPONT Léajeux vidéo\d\d:\d\d\d\d:\d\d$/),
        expect.stringMatching(/^LAMBERT Émilemusique\d\d:\d\dsans départ enregistré$/),
      ]);
      await noViolations(page, 'days');
      await context.close();

      const desk = await openConsole(browser, server);
      await signIn(desk.page, server, RECEPTION);
      expect(await desk.page.getByRole('link', { name: 'Journées' }).count()).toBe(0);
      await desk.context.close();
    });
  });
}
