// The console's roster and badges, end to end on PGlite and PostgreSQL: an admin imports a
// Windows-1252 CSV and an XLSX file through the kiosk's preview (read in Chromium, planned by the
// server), finds a learner, edits and archives one, then issues and prints in one go the badges
// of every learner without one on A4, and one card alone (the page printed to PDF, read back);
// axe on each screen.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../shared/types';
import { GOOD_CSV_1252, xlsxRoster } from '../fixtures/roster/files';
import {
  ENGINES,
  createFirstAdmin,
  launchBrowser,
  openConsole,
  signIn,
  startConsoleServer,
  type ConsoleServer,
} from './support/console';
import { noViolations } from './support/kiosk';
import { pdfWords } from './support/pdf';

const run = promisify(execFile);

/** Set ACCUEIL_SCREENSHOTS=1 to look at the screens (1920×1080 and 1080×1920), in /tmp. */
const SHOTS = process.env.ACCUEIL_SCREENSHOTS === '1';
async function look(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  const before = page.viewportSize()!;
  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1080, height: 1920 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `/tmp/console-roster-${name}-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize(before);
}

async function serverEvents(server: ConsoleServer): Promise<KioskEvent[]> {
  const { rows } = await server.db.query<{ body: string }>(
    'SELECT body FROM events ORDER BY server_seq',
  );
  return rows.map((row) => JSON.parse(row.body) as KioskEvent);
}

/**
 * Runs `act`, which sends badges to the browser's print dialog, and prints the page to PDF while
 * that dialog would be open (window.print answers once the PDF is made): the PDF's path.
 */
async function printed(page: Page, dir: string, name: string, act: () => Promise<void>) {
  await page.evaluate(() => {
    const w = window as unknown as { release?: () => void };
    delete w.release;
    window.print = () => new Promise<void>((resolve) => (w.release = resolve)) as unknown as void;
  });
  await act();
  await page.waitForFunction(() => 'release' in window);
  const file = join(dir, `${name}.pdf`);
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  await page.evaluate(() => (window as unknown as { release: () => void }).release());
  return file;
}

async function importFile(page: Page, file: string, hint: string, added: number) {
  await page.getByLabel('Importer un fichier (CSV ou Excel .xlsx)').setInputFiles(file);
  await page.getByRole('heading', { name: /^Aperçu de l’import/ }).waitFor();
  await page.getByText(hint).waitFor();
  expect(await page.locator('[data-count="added"] dd').textContent()).toBe(String(added));
}

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`console roster and badges [${engine}]`, () => {
    let server: ConsoleServer;
    let browser: Browser;
    let page: Page;
    let dir: string;
    beforeAll(async () => {
      server = await startConsoleServer(engine);
      await createFirstAdmin(server);
      browser = await launchBrowser();
      ({ page } = await openConsole(browser, server, { viewport: { width: 1920, height: 1080 } }));
      dir = await mkdtemp(join(tmpdir(), 'accueil-console-roster-'));
      await signIn(page, server, undefined, 'roster');
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it('imports a Windows-1252 CSV and an XLSX file through the preview', async () => {
      await page.getByRole('heading', { name: 'Jeunes inscrits' }).waitFor();
      await page
        .getByText('Aucun jeune sur le serveur. Importez un fichier pour commencer.')
        .waitFor();
      await noViolations(page, 'empty roster');
      const csv = join(dir, 'inscrits.csv');
      await writeFile(csv, GOOD_CSV_1252);
      await importFile(
        page,
        csv,
        'Fichier CSV, encodage Windows-1252, séparateur «\u202f;\u202f».',
        3,
      );
      await noViolations(page, 'CSV preview');
      await look(page, 'preview');
      expect(await serverEvents(server)).toEqual([]); // a preview writes nothing
      await page.getByRole('button', { name: 'Importer (3 fiches)' }).click();
      await page.getByRole('heading', { name: 'Import terminé' }).waitFor();
      await noViolations(page, 'import done');
      await page.getByRole('button', { name: 'Retour à la liste' }).click();

      const xlsx = join(dir, 'roster.xlsx');
      await writeFile(xlsx, await xlsxRoster());
      await importFile(page, xlsx, 'Classeur Excel\u202f: première feuille.', 2);
      await page.getByRole('button', { name: 'Importer (2 fiches)' }).click();
      await page.getByRole('heading', { name: 'Import terminé' }).waitFor();
      await page.getByRole('button', { name: 'Retour à la liste' }).click();
      await page.locator('tr[data-learner]').nth(4).waitFor();
      const upserts = (await serverEvents(server)).filter((e) => e.type === 'learner-upserted');
      expect(upserts.map((e) => e.type === 'learner-upserted' && e.learner.firstName)).toEqual([
        'Léa',
        'Seán',
        'Chloé',
        'Zoë',
        'Jonas',
      ]);
      await look(page, 'list');
    });

    it('finds, edits and archives a learner, as a kiosk would write it', async () => {
      await page.getByLabel('Rechercher dans la liste (prénom, nom ou numéro)').fill('vandenb');
      await expect.poll(() => page.locator('tr[data-learner]').count()).toBe(1);
      await page.getByRole('button', { name: 'Modifier Zoë Vandenberghe' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Nom', { exact: true }).fill('Van den Berghe');
      await noViolations(page, 'edit dialog');
      await look(page, 'edit');
      await dialog.getByRole('button', { name: 'Enregistrer' }).click();
      await page
        .locator('.reception__notice', {
          hasText: 'Fiche de Zoë Van den Berghe enregistrée sur le serveur.',
        })
        .waitFor();

      await page.getByLabel('Rechercher dans la liste (prénom, nom ou numéro)').fill('W0002');
      await page.getByRole('button', { name: 'Archiver Seán O’Brien' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Archiver' }).click();
      await page.locator('tr[data-learner="W0002"][data-status="archived"]').waitFor();

      const mine = (await serverEvents(server)).slice(-2);
      expect(mine).toMatchObject([
        { type: 'learner-upserted', learner: { id: '7001', lastName: 'Van den Berghe' } },
        { type: 'learner-archived', learnerId: 'W0002' },
      ]);
    });

    it('issues and prints on A4 the badges of every listed learner without one', async () => {
      await page.getByRole('navigation').getByRole('link', { name: 'Badges' }).click();
      await page.getByText('4 jeunes de la liste n’ont pas de badge actif.').waitFor();
      await noViolations(page, 'badges with missing badges');
      await look(page, 'badges');
      const sheet = await printed(page, dir, 'badges', async () => {
        await page.getByRole('button', { name: 'Émettre et imprimer leurs badges (4)' }).click();
        await page.getByRole('button', { name: 'Émettre et imprimer', exact: true }).click();
      });
      await page
        .getByText(
          '4 badges émis, valables dès maintenant. Cartes envoyées à l’impression\u202f: 4.',
        )
        .waitFor();

      const issued = (await serverEvents(server)).filter((e) => e.type === 'badge-issued');
      expect(issued.map((e) => 'learnerId' in e && e.learnerId).sort()).toEqual([
        '7001',
        '7002',
        'W0001',
        'W0003',
      ]);
      const { pages, words } = await pdfWords(sheet);
      expect(pages).toBe(1);
      const onSheet = words.map((w) => w.text).join(' ');
      for (const name of ['Zoë', 'Jonas', 'Léa', 'Chloé']) expect(onSheet).toContain(name);
      expect(onSheet).not.toContain('Seán');
      await page.getByText('Chaque jeune actif de la liste a un badge.').waitFor();
      await noViolations(page, 'badges issued');
    });

    it('prints one learner’s card on a page the size of the card', async () => {
      await page.getByLabel('Imprimante à cartes\u202f: une carte par page').check();
      await page
        .getByLabel('Rechercher un jeune (prénom, nom, numéro ou code du badge)')
        .fill('Jonas');
      const card = await printed(page, dir, 'card', () =>
        page.getByRole('button', { name: 'Imprimer la carte' }).click(),
      );
      await page.getByText('Cartes envoyées à l’impression\u202f: 1.').waitFor();
      const { stdout } = await run('pdfinfo', [card]);
      expect(stdout).toMatch(/^Pages:\s+1$/m);
      const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout)!;
      const mm = (pts: string) => Math.round((Number(pts) * 25.4) / 72);
      expect([mm(size[1]!), mm(size[2]!)]).toEqual([86, 54]);
      const onCard = (await pdfWords(card)).words.map((w) => w.text).join(' ');
      expect(onCard).toContain('Jonas');
      expect(onCard).not.toContain('Zoë');
    });
  });
}
