// The console's exports, reports and audit against the real server, on PGlite and PostgreSQL:
// the month exported as CSV and XLSX (files read back), a refused range said in French, the
// reports with their charts over every kiosk's events, the audit list filtered by person and
// day; axe-core on each screen; reception sees none of them.
import readXlsxFile from 'read-excel-file/node';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/csv';
import { generateToken } from '../../shared/badge';
import { CONSOLE_API } from '../../shared/console';
import type { KioskEvent } from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';
import {
  ADMIN,
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
import { brusselsDate, exportFile, typedDay } from './support/exports';
import { noViolations } from './support/kiosk';

const bearer = { authorization: `Bearer ${CONSOLE_ADMIN_TOKEN}` };
const ROSTER =
  'Identifiant;Prénom;Nom;Groupes\r\nL1;Léa;Dupont;robotique\r\nL2;Noah;Martin;musique\r\n';
const ANNE = {
  id: 'S1',
  name: 'Anne Prof',
  role: 'admin',
  active: true,
  pin: {
    algorithm: 'PBKDF2-SHA256',
    iterations: 600_000,
    salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
    hash: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  },
} as const;

async function enrol(server: ConsoleServer, kioskId: string, name: string): Promise<string> {
  const created = await server.app.inject({
    method: 'POST',
    url: '/v1/admin/kiosks',
    headers: bearer,
    payload: { name },
  });
  const enrolled = await server.app.inject({
    method: 'POST',
    url: '/v1/enrol',
    payload: { code: created.json().code, kioskId, kioskName: name },
  });
  return enrolled.json().token as string;
}

/**
 * The roster, and two kiosks' morning: scans of L1 and L2 in the last hours, and Anne's manual
 * check-in of L2 on the second kiosk. Returns the attendance events pushed.
 */
async function seed(server: ConsoleServer): Promise<KioskEvent[]> {
  const imported = await server.app.inject({
    method: 'POST',
    url: '/v1/admin/roster',
    headers: { ...bearer, 'content-type': 'text/csv' },
    payload: ROSTER,
  });
  expect(imported.statusCode).toBe(200);
  const now = Date.now();
  const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
  const make = (kioskId: string, seq: number, at: number, rest: object) =>
    ({ id: uuidv7(at, random), kioskId, seq, at, ...rest }) as KioskEvent;
  const scan = (kioskId: string, seq: number, at: number, learnerId: string) =>
    make(kioskId, seq, at, {
      actor: { kind: 'learner', learnerId },
      type: 'check-in',
      learnerId,
      method: 'scanner',
      token: generateToken(random),
    });
  const hall = [
    scan('K1', 1, now - 3 * 3_600_000, 'L1'),
    scan('K1', 2, now - 2 * 3_600_000, 'L2'),
    scan('K1', 3, now - 60_000, 'L1'),
  ];
  const library = [
    make('K2', 1, now - 4 * 3_600_000, {
      actor: { kind: 'kiosk' },
      type: 'staff-upserted',
      staff: ANNE,
    }),
    make('K2', 2, now - 90_000, {
      actor: { kind: 'staff', staffId: 'S1' },
      type: 'check-in',
      learnerId: 'L2',
      method: 'manual',
      reason: { code: 'forgot-badge' },
    }),
  ];
  for (const [id, name, events] of [
    ['K1', 'Accueil hall', hall],
    ['K2', 'Bibliothèque', library],
  ] as const) {
    const token = await enrol(server, id, name);
    const pushed = await server.app.inject({
      method: 'POST',
      url: '/v1/push',
      headers: { authorization: `Bearer ${token}` },
      payload: { events },
    });
    expect(pushed.json()).toMatchObject({ acked: events.length, rejected: [] });
  }
  return [...hall, library[1]!];
}

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`console exports, reports, audit [${engine}]`, () => {
    let server: ConsoleServer;
    let browser: Browser;
    let attendance: KioskEvent[];

    beforeAll(async () => {
      server = await startConsoleServer(engine);
      await createFirstAdmin(server, ADMIN);
      await createAccount(server, RECEPTION, 'reception');
      attendance = await seed(server);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('exports the month as CSV and XLSX, and says a refused range in French', async () => {
      const { context, page } = await openConsole(browser, server, {
        viewport: { width: 1920, height: 1080 },
      });
      await signIn(page, server, ADMIN, 'exports');
      await page.getByRole('heading', { name: 'Exports des présences' }).waitFor();
      // The groups are the server roster's.
      await expect
        .poll(() => page.getByLabel('Groupe', { exact: true }).locator('option').allTextContents())
        .toEqual(['Tous les jeunes', 'musique', 'robotique']);
      await page.getByRole('button', { name: 'Ce mois-ci' }).click();
      await noViolations(page, 'exports');

      const month = brusselsDate.format(Date.now()).slice(0, 7);
      const inMonth = attendance.filter((e) => brusselsDate.format(e.at).startsWith(month));
      const csv = await exportFile(
        page,
        'Journal des passages',
        'CSV séparé par « ; » (Excel en Belgique)',
      );
      expect(csv.name).toMatch(/^accueil-journal-\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.csv$/);
      const rows = parseCsv(new TextDecoder().decode(csv.bytes), { delimiter: ';' }).records.map(
        (r) => r.cells,
      );
      expect(rows[0]).toContain('Poste');
      const data = rows.slice(1).filter((row) => row.length > 1);
      expect(data).toHaveLength(inMonth.length);
      expect(
        data.map((row) => row.includes('Bibliothèque') || row.includes('Accueil hall')),
      ).not.toContain(false);

      const xlsx = await exportFile(page, 'Synthèse par jeune', 'Classeur Excel (XLSX)');
      expect(xlsx.name).toMatch(/^accueil-synthese-.*\.xlsx$/);
      const [sheet] = await readXlsxFile(Buffer.from(xlsx.bytes));
      expect(sheet!.sheet).toBe('Synthèse par jeune');
      expect(
        sheet!.data
          .slice(1)
          .map((row) => row[0])
          .sort(),
      ).toEqual(['L1', 'L2']);
      await expect
        .poll(() => page.getByRole('status').allTextContents())
        .toContainEqual(expect.stringContaining(`Fichier téléchargé\u202f: ${xlsx.name}`));

      // Thirty years: past what one file may cover, said in French, with what to do.
      await page.getByLabel('Du', { exact: true }).fill(typedDay('1995-01-01'));
      await page.getByRole('radio', { name: 'Présences par jour' }).check();
      await page.getByRole('button', { name: 'Exporter' }).click();
      await expect
        .poll(() => page.getByRole('alert').allTextContents())
        .toContainEqual(
          expect.stringContaining('Cette période est trop longue pour un seul fichier'),
        );
      await noViolations(page, 'exports, refused');
      await context.close();
    });

    it('shows the reports with their charts over every kiosk', async () => {
      const { context, page } = await openConsole(browser, server, {
        viewport: { width: 1920, height: 1080 },
      });
      await signIn(page, server, ADMIN, 'reports');
      await page.getByRole('heading', { name: 'Rapports de fréquentation' }).waitFor();
      const daily = page.locator('figure[aria-labelledby="report-daily-title"] svg[role="img"]');
      await daily.waitFor();
      expect(await daily.getAttribute('aria-label')).toMatch(/2/);
      await page
        .locator('figure[aria-labelledby="report-arrivals-title"] svg[role="img"]')
        .waitFor();
      await page.getByRole('heading', { name: /Jeunes dont la présence a baissé/ }).waitFor();
      await noViolations(page, 'reports');
      await context.close();
    });

    it('lists staff and console actions, filtered by person and by day', async () => {
      const { context, page } = await openConsole(browser, server, {
        viewport: { width: 1920, height: 1080 },
      });
      await signIn(page, server, ADMIN, 'audit');
      await page.getByRole('heading', { name: 'Journal des actions', level: 1 }).waitFor();
      const table = page.getByTestId('audit-table');
      await table.waitFor();
      const rows = table.locator('tbody tr');
      // Anne's check-in by hand on the library kiosk, the console's set-up, sign-ins, and the
      // exports of the first test (the tests of a file run in order, on one server).
      await expect
        .poll(() => rows.locator('td:nth-child(4)').allTextContents())
        .toEqual(
          expect.arrayContaining([
            'Arrivée enregistrée à la main',
            'Premier compte créé',
            'Connexion à la console',
            'Export téléchargé',
          ]),
        );
      await noViolations(page, 'audit');

      await page.getByLabel('Personne', { exact: true }).selectOption({ label: 'Anne Prof' });
      await page.getByRole('button', { name: 'Afficher', exact: true }).click();
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain('Bibliothèque');
      expect(await rows.first().textContent()).toContain('Noah Martin (L2)');
      expect(await rows.first().textContent()).toContain('Raison\u202f: Badge oublié');

      await page.getByLabel('Personne', { exact: true }).selectOption({ label: ADMIN.name });
      await page.getByLabel('Jour', { exact: true }).fill(typedDay('2001-01-01'));
      await page.getByRole('button', { name: 'Afficher', exact: true }).click();
      await expect
        .poll(() => page.getByRole('status').allTextContents())
        .toContainEqual('Aucune action pour ces critères.');
      await page
        .getByLabel('Jour', { exact: true })
        .fill(typedDay(brusselsDate.format(Date.now())));
      await page.getByRole('button', { name: 'Afficher', exact: true }).click();
      await expect.poll(() => rows.count()).toBeGreaterThan(0);
      const who = await rows.locator('th').allTextContents();
      expect(new Set(who)).toEqual(new Set([ADMIN.name]));
      await noViolations(page, 'audit, filtered');
      await context.close();
    });

    it('is not shown to reception, whose requests are refused', async () => {
      const { context, page } = await openConsole(browser, server);
      await signIn(page, server, RECEPTION);
      const nav = await page.getByRole('navigation').getByRole('link').allTextContents();
      expect(nav).not.toContain('Exports');
      expect(nav).not.toContain('Rapports');
      expect(nav).not.toContain('Journal des actions');
      const answer = await page.request.get(`${server.url}${CONSOLE_API}/reports`);
      expect(answer.status()).toBe(403);
      await context.close();
    });
  });
}
