// Badges for everyone, in Chromium: the roster template downloads in the chosen language and
// reads back; the import's summary issues a badge to every imported learner without one; the
// badges screen issues and prints, in one go, the badges of every listed learner without one.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toCsv } from '../../shared/csv';
import {
  currentSerial,
  kioskEvents,
  nextResult,
  noViolations,
  openKiosk,
  scanKeys,
  usKeys,
  type Kiosk,
} from './support/kiosk';
import { screenshotsAtKioskSizes } from './support/screenshots';
import { lock, signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');

interface Printed {
  pages: string;
  cards: number;
  tokens: string[];
  names: string[];
}

/** `count` new learners `prefix`0001…, in the group `group`. */
function roster(prefix: string, count: number, group: string): string {
  const rows = Array.from({ length: count }, (_, i) => [
    `${prefix}${String(i + 1).padStart(4, '0')}`,
    `Prénom${String(count - i).padStart(2, '0')}`,
    'Bulk',
    group,
    'fr',
  ]);
  return toCsv([['Matricule', 'Prénom', 'Nom', 'Groupes', 'Langue'], ...rows], { delimiter: ';' });
}

async function importFile(page: Page, file: string, count: number) {
  await page.getByLabel('Importer un fichier (CSV ou Excel .xlsx)').setInputFiles(file);
  await page.getByRole('button', { name: `Importer (${count} fiches)` }).click();
  await page.getByRole('heading', { name: 'Import terminé' }).waitFor();
}

async function issuedTo(page: Page, prefix: string) {
  return (await kioskEvents(page)).filter(
    (e) => e.type === 'badge-issued' && String(e.learnerId).startsWith(prefix),
  );
}

describe('badges for everyone', () => {
  let kiosk: Kiosk;
  let dir: string;
  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl, { viewport: { width: 1366, height: 768 } });
    dir = await mkdtemp(join(tmpdir(), 'accueil-bulk-'));
  });
  afterAll(async () => {
    await kiosk?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('downloads the roster template in the language chosen, as CSV and XLSX', async () => {
    const { page } = kiosk;
    await signInAsFirstAdmin(page, 'Jeunes');
    await page.getByText('Modèle de fichier').click();
    await page.getByLabel('Langue des noms de colonnes').selectOption('nl');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le modèle CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('modele-liste-des-jeunes-nl.csv');
    const text = await readFile((await csv.path())!, 'utf8');
    expect(text).toBe('\uFEFFLeerlingnummer;Voornaam;Achternaam;Groepen;Taal\r\n');
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le modèle Excel (.xlsx)' }).click(),
    ]);
    expect(xlsx.suggestedFilename()).toBe('modele-liste-des-jeunes-nl.xlsx');
    const bytes = await readFile((await xlsx.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    await noViolations(page, 'roster with the template open');
    await screenshotsAtKioskSizes(page, 'roster-template');
  });

  it('offers, after an import, a badge to every imported learner without one', async () => {
    const { page } = kiosk;
    const file = join(dir, 'rentree.csv');
    await writeFile(file, roster('B', 30, 'rentrée'));
    await importFile(page, file, 30);
    await page.getByText('30 jeunes de ce fichier n’ont pas de badge actif.').waitFor();
    await noViolations(page, 'import summary with the badge offer');
    await screenshotsAtKioskSizes(page, 'import-badge-offer');
    await page.getByRole('button', { name: 'Leur émettre un badge (30)' }).click();
    await page
      .getByText(
        '30 badges émis, valables dès maintenant. Imprimez les cartes depuis la section Badges.',
      )
      .waitFor();
    expect(await issuedTo(page, 'B')).toHaveLength(30);
    // Everyone has one now: the offer is gone.
    expect(await page.getByRole('button', { name: /Leur émettre un badge/ }).count()).toBe(0);
    await page.getByRole('button', { name: 'Retour à la liste' }).click();
  });

  it('issues and prints in one go the badges of every listed learner without one', async () => {
    const { page } = kiosk;
    const file = join(dir, 'nouveaux.csv');
    await writeFile(file, roster('C', 25, 'nouveaux'));
    await page.getByRole('heading', { name: 'Jeunes inscrits' }).waitFor();
    await importFile(page, file, 25);
    await page.getByRole('button', { name: 'Retour à la liste' }).click();
    await page.getByRole('navigation').getByRole('button', { name: 'Badges' }).click();
    await page.getByLabel('Groupe').selectOption('nouveaux');
    await page.getByText('25 jeunes de la liste n’ont pas de badge actif.').waitFor();
    await noViolations(page, 'badges with missing badges');
    await screenshotsAtKioskSizes(page, 'badges-missing');

    await page.evaluate(() => {
      const w = window as unknown as { prints: Printed[] };
      w.prints = [];
      window.print = () => {
        const sheet = document.querySelector<HTMLElement>('body > .badge-print');
        const all = (selector: string) =>
          [...document.querySelectorAll(`.badge-print ${selector}`)].map((e) => e.textContent);
        w.prints.push({
          pages: sheet?.dataset.pages ?? '',
          cards: document.querySelectorAll('.badge-print .badge-card').length,
          tokens: all('.badge-card__token') as string[],
          names: all('.badge-card__first') as string[],
        });
      };
    });
    await page.getByRole('button', { name: 'Émettre et imprimer leurs badges (25)' }).click();
    await page.getByRole('dialog', { name: 'Émettre 25 badges\u202f?' }).waitFor();
    await page.getByRole('button', { name: 'Émettre et imprimer', exact: true }).click();
    await page
      .getByText(
        '25 badges émis, valables dès maintenant. Cartes envoyées à l’impression\u202f: 25.',
      )
      .waitFor();
    const prints = await page.evaluate(() => (window as unknown as { prints: Printed[] }).prints);
    expect(prints).toHaveLength(1);
    expect(prints[0]).toMatchObject({ pages: '3', cards: 25 });
    // In name order, as the cut sheets stack.
    expect(prints[0]!.names).toEqual(
      Array.from({ length: 25 }, (_, i) => `Prénom${String(i + 1).padStart(2, '0')}`),
    );
    const issued = await issuedTo(page, 'C');
    expect(issued).toHaveLength(25);
    expect(new Set(prints[0]!.tokens.map((t) => t.replaceAll(' ', '')))).toEqual(
      new Set(issued.map((e) => String(e.token))),
    );
    await page.getByText('Chaque jeune actif de la liste a un badge.').waitFor();
    await screenshotsAtKioskSizes(page, 'badges-issued-and-printed');

    // A printed card greets its learner at once.
    await lock(page);
    const serial = await currentSerial(page);
    await scanKeys(page, usKeys(String(issued[0]!.token)));
    expect(await nextResult(page, serial)).toMatchObject({ outcome: 'welcome' });
  });
});
