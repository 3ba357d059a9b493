// Staff and admin figures on the seeded profile (10,000 learners, 1,000,000 events): reception
// search per keystroke, roll call, roster import of 10,000 learners, export of 200,000 events.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { bigCsv } from '../fixtures/roster/files';
import { openKiosk } from '../e2e/support/kiosk';
import { ADMIN_NAME, ADMIN_PIN, signInAsFirstAdmin } from '../e2e/support/staff';
import { ensureSeededProfile, profileDir } from './profile';
import { summarise } from './stats';

const baseUrl = inject('baseUrl');
const profile = profileDir(baseUrl);

async function signIn(page: Page) {
  await page.getByRole('button', { name: 'Accès personnel' }).click();
  const first = page.getByRole('heading', { name: /Premier démarrage/ });
  const who = page.getByRole('heading', { name: 'Qui êtes-vous ?' });
  await Promise.race([first.waitFor(), who.waitFor()]);
  if (await first.isVisible()) {
    await page.getByRole('button', { name: 'Retour à l’écran d’accueil' }).click();
    await signInAsFirstAdmin(page);
    return;
  }
  await page.getByRole('button', { name: ADMIN_NAME }).click();
  await page.getByLabel('Code PIN', { exact: true }).fill(ADMIN_PIN);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Accueil — aujourd’hui' }).waitFor({ timeout: 15_000 });
}

/** Types into the reception search as a keystroke would; the screen measures until redrawn. */
async function typeSearch(page: Page, value: string): Promise<void> {
  const before = await page.evaluate(() => performance.getEntriesByName('accueil:search').length);
  await page.getByLabel('Rechercher un jeune (prénom, nom ou numéro)').fill(value);
  await page.waitForFunction(
    (n) => performance.getEntriesByName('accueil:search').length > n,
    before,
    { timeout: 10_000 },
  );
}

describe('admin benchmark', () => {
  it('times search, roll call and a 10,000-learner import', async () => {
    await ensureSeededProfile(baseUrl);
    const kiosk = await openKiosk(baseUrl, { userDataDir: profile });
    const { page } = kiosk;
    await signIn(page);
    console.info('signed in');

    // Reception search: every prefix of a few names, as typed.
    for (const word of ['prénom12', 'nom 45', 'S0042', 'léa dub', 'zz']) {
      for (let i = 1; i <= word.length; i++) await typeSearch(page, word.slice(0, i));
      await typeSearch(page, '');
    }
    const search = await page.evaluate(() =>
      performance.getEntriesByName('accueil:search').map((e) => e.duration),
    );

    console.info(`search timed (${search.length})`);
    // Roll call: from the tap to the list on screen.
    const rollCall: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = Date.now();
      await page.getByRole('button', { name: 'Appel d’évacuation' }).click();
      await page.getByRole('heading', { name: /Dans le bâtiment : \d+/ }).waitFor();
      rollCall.push(Date.now() - t0);
      await page.getByRole('button', { name: 'Fermer' }).click();
    }

    console.info('roll call timed');
    // Roster import: 10,000 new learners (fresh ids each run), preview then commit.
    const dir = await mkdtemp(join(tmpdir(), 'accueil-bench-import-'));
    const file = join(dir, 'roster.csv');
    await writeFile(file, bigCsv(10_000, `R${Date.now().toString(36).toUpperCase()}`));
    await page.getByRole('navigation').getByRole('button', { name: 'Jeunes' }).click();
    const t0 = Date.now();
    await page.getByLabel('Importer un fichier (CSV ou Excel .xlsx)').setInputFiles(file);
    await page.getByRole('heading', { name: /Aperçu de l’import/ }).waitFor({ timeout: 60_000 });
    const previewMs = Date.now() - t0;
    const t1 = Date.now();
    await page.getByRole('button', { name: /^Importer \(10000/ }).click();
    await page.getByRole('heading', { name: 'Import terminé' }).waitFor({ timeout: 120_000 });
    const commitMs = Date.now() - t1;
    await kiosk.close();

    const table = {
      'reception search, keystroke → list redrawn (ms)': summarise(search),
      'roll call, tap → list on screen (ms)': summarise(rollCall),
      'import 10,000 learners: read + preview (ms)': summarise([previewMs]),
      'import 10,000 learners: commit (ms)': summarise([commitMs]),
      'import 10,000 learners: total (ms)': summarise([previewMs + commitMs]),
    };
    console.table(table);
    const previous = existsSync('bench-results/kiosk.json')
      ? JSON.parse(await readFile('bench-results/kiosk.json', 'utf8'))
      : {};
    await writeFile(
      'bench-results/admin.json',
      JSON.stringify(
        {
          ...table,
          targets: { searchMs: 50, rollCallMs: 100, importMs: 3000 },
          seededWith: previous.events,
        },
        null,
        2,
      ),
    );
    expect(search.length).toBeGreaterThan(20);
  });
});
