// The admin roster section in Chromium: a broken file is reported line by line and writes
// nothing; good CSV (Windows-1252, ';') and XLSX files import and are searchable; a re-import
// updates by id; add, edit, archive (then the badge is refused at the scanner); axe on every
// screen; the import and the form with the keyboard alone; 10,000 learners timed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import { bigCsv, bigXlsx, GOOD_CSV_1252, PNG, xlsxRoster } from '../fixtures/roster/files';
import {
  chooseFile,
  counts,
  expectRow,
  expectSearch,
  focusedName,
  learnerCount,
  nameOf,
  signInAgain,
} from '../fixtures/roster/page';
import { tabTo } from './support/keyboard';
import {
  currentSerial,
  expectText,
  kioskEvents,
  nextResult,
  noViolations,
  openKiosk,
  scanKeys,
  usKeys,
  type Kiosk,
} from './support/kiosk';
import { lock, signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
const demo = demoLearners();
const BROKEN = join(import.meta.dirname, '../fixtures/roster/broken.csv');

describe('roster section', () => {
  let kiosk: Kiosk;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'accueil-roster-'));
    kiosk = await openKiosk(baseUrl);
    await signInAsFirstAdmin(kiosk.page, 'Jeunes');
    await kiosk.page.getByRole('heading', { name: 'Jeunes inscrits' }).waitFor();
  });
  afterAll(async () => {
    await kiosk.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists the learners with status, groups and language, searchable as you type', async () => {
    const { page } = kiosk;
    await noViolations(page, 'roster list');
    expect(await page.getByRole('button', { name: 'Tous (40)' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    const lea = demo[0]!.learner;
    await expectSearch(page, 'LEA dub', [lea.id]);
    await expectRow(page, lea.id, lea.groups[0]!);
    const archived = demo[38]!.learner;
    await expectSearch(page, archived.id, [archived.id]);
    await expectRow(page, archived.id, 'Archivé');
    await page.getByRole('button', { name: 'Archivés (1)' }).click();
    await expectSearch(page, '', [archived.id]);
    await page.getByRole('button', { name: 'Tous (40)' }).click();
  });

  it('reports every problem of a broken CSV by line and column, and writes nothing', async () => {
    const { page } = kiosk;
    const events = (await kioskEvents(page)).length;
    const learners = await learnerCount(page);
    await chooseFile(page, BROKEN);
    const rows = await page.$$eval('.roster__report tbody tr', (trs) =>
      trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((td) => td.textContent ?? '')),
    );
    expect(rows.map(([kind, line, column, , value]) => [kind, line, column, value])).toEqual([
      ['Erreur', '3', 'Numéro', 'B0002'],
      ['Erreur', '4', 'Numéro', 'B0002'],
      ['Erreur', '5', 'Nom', ''],
      ['Erreur', '6', 'Langue', 'klingon'],
      ['Erreur', '7', 'toute la ligne', ''],
      ['Erreur', '7', 'toute la ligne', ''],
    ]);
    expect(rows.map((row) => row[3])).toEqual([
      expect.stringMatching(/plusieurs lignes/),
      expect.stringMatching(/plusieurs lignes/),
      'Nom manquant.',
      expect.stringMatching(/Langue inconnue/),
      expect.stringMatching(/Guillemet jamais refermé/),
      expect.stringMatching(/Moins de valeurs que de colonnes/),
    ]);
    expect(
      await page.getByText(/Le fichier contient 6 erreurs\u202f: rien ne sera importé/).count(),
    ).toBe(1);
    expect(await page.getByRole('button', { name: /^Importer/ }).count()).toBe(0);
    await noViolations(page, 'preview with errors');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('heading', { name: 'Jeunes inscrits' }).waitFor();
    expect((await kioskEvents(page)).length).toBe(events);
    expect(await learnerCount(page)).toBe(learners);
  });

  it('a refused file shows nothing to import: no counts, no "Importer (6 fiches)"', async () => {
    const { page } = kiosk;
    const file = join(dir, 'six-et-une-erreur.csv');
    const rows = Array.from({ length: 6 }, (_, i) => `R${i};Prénom${i};Nom${i}`);
    await writeFile(file, ['Numéro;Prénom;Nom', ...rows, 'R6;Sans;'].join('\r\n') + '\r\n');
    await chooseFile(page, file);
    await page.getByText(/Le fichier contient 1 erreur\u202f: rien ne sera importé/).waitFor();
    expect(await page.locator('.roster__counts').count()).toBe(0);
    expect(await page.getByText('Nouveaux').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Importer/ }).count()).toBe(0);
    await noViolations(page, 'refused preview');
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('heading', { name: 'Jeunes inscrits' }).waitFor();
  });

  it('refuses a file that is not text, saying so', async () => {
    const { page } = kiosk;
    const file = join(dir, 'photo.csv');
    await writeFile(file, PNG);
    await page.getByLabel('Importer un fichier (CSV ou Excel .xlsx)').setInputFiles(file);
    const alert = page.getByRole('alert').filter({ hasText: 'photo.csv' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/n’est pas un fichier texte/);
    expect(await page.getByRole('heading', { name: /Aperçu de l’import/ }).count()).toBe(0);
  });

  it('imports a Windows-1252 CSV with ; and the learners are searchable', async () => {
    const { page } = kiosk;
    const file = join(dir, 'élèves-ansi.csv');
    await writeFile(file, GOOD_CSV_1252);
    await chooseFile(page, file);
    expect(
      await page
        .getByText('Fichier CSV, encodage Windows-1252, séparateur «\u202f;\u202f».')
        .count(),
    ).toBe(1);
    expect(await counts(page)).toEqual({
      added: 3,
      updated: 0,
      reactivated: 0,
      unchanged: 0,
      notInFile: 39,
    });
    await page.getByRole('button', { name: 'Importer (3 fiches)' }).click();
    await page.getByRole('heading', { name: 'Import terminé' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'ajouté' }).textContent()).toBe(
      '3 ajoutés, 0 mis à jour, 0 réactivé, 0 inchangé.',
    );
    await noViolations(page, 'import summary');
    await page.getByRole('button', { name: 'Retour à la liste' }).click();
    await expectSearch(page, 'muller', ['W0001']);
    await expectRow(page, 'W0001', 'animation, musique');
    await expectRow(page, 'W0001', 'Français');
    await expectSearch(page, 'obrien', ['W0002']);
    await expectRow(page, 'W0002', 'O’Brien');
    const upserts = (await kioskEvents(page)).filter((e) => e.type === 'learner-upserted');
    expect(upserts).toHaveLength(3);
  });

  it('imports an XLSX, and a re-import with a changed name updates that learner only', async () => {
    const { page } = kiosk;
    const first = join(dir, 'roster.xlsx');
    await writeFile(first, await xlsxRoster());
    await chooseFile(page, first);
    expect(await page.getByText('Classeur Excel\u202f: première feuille.').count()).toBe(1);
    expect(await counts(page)).toMatchObject({ added: 2, updated: 0 });
    await page.getByRole('button', { name: 'Importer (2 fiches)' }).click();
    await page.getByRole('button', { name: 'Retour à la liste' }).click();
    await expectSearch(page, 'zoe vanden', ['7001']);

    const second = join(dir, 'roster-v2.xlsx');
    await writeFile(second, await xlsxRoster('Jonah'));
    await chooseFile(page, second);
    expect(await counts(page)).toMatchObject({ added: 0, updated: 1, unchanged: 1 });
    await page.getByRole('button', { name: 'Importer (1 fiche)' }).click();
    expect(await page.getByRole('status').filter({ hasText: 'ajouté' }).textContent()).toBe(
      '0 ajouté, 1 mis à jour, 0 réactivé, 1 inchangé.',
    );
    await page.getByRole('button', { name: 'Retour à la liste' }).click();
    await expectSearch(page, 'jonah', ['7002']);
    await expectSearch(page, 'jonas', []);
  });

  it('plans again, writing nothing, when the roster changes between preview and import', async () => {
    const { page } = kiosk;
    const inès = demo[2]!.learner;
    const file = join(dir, 'rename.csv');
    await writeFile(file, `id;prénom;nom\n${inès.id};${inès.firstName};Renommée\n`);
    await chooseFile(page, file);
    expect(await counts(page)).toMatchObject({ updated: 1 });
    const events = (await kioskEvents(page)).length;
    // What a sync pull would do meanwhile: the learner's stored name changes.
    await page.evaluate(
      (id) =>
        new Promise<void>((resolve) => {
          const open = indexedDB.open('accueil');
          open.onsuccess = () => {
            const store = open.result.transaction('learners', 'readwrite').objectStore('learners');
            const get = store.get(id);
            get.onsuccess = () => {
              store.put({ ...get.result, firstName: 'Synchronisée' }).onsuccess = () => {
                open.result.close();
                resolve();
              };
            };
          };
        }),
      inès.id,
    );
    await page.getByRole('button', { name: 'Importer (1 fiche)' }).click();
    await expectText(page, 'alert', /La liste des jeunes a changé depuis l’aperçu/);
    expect((await kioskEvents(page)).length).toBe(events);
    await page.getByRole('button', { name: 'Importer (1 fiche)' }).click();
    await page.getByRole('heading', { name: 'Import terminé' }).waitFor();
    await page.getByRole('button', { name: 'Retour à la liste' }).click();
    await expectRow(page, inès.id, new RegExp(`Renommée.*${inès.firstName}`));
  });

  it('adds and edits a learner, with validation messages', async () => {
    const { page } = kiosk;
    await page.getByLabel('Rechercher dans la liste (prénom, nom ou numéro)').fill('');
    await page.getByRole('button', { name: 'Ajouter un jeune' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await expectText(page, 'alert', /La fiche n’est pas enregistrée/);
    expect(await dialog.getByText('Ce champ est obligatoire.').count()).toBe(3);
    expect(await focusedName(page)).toBe('learner-id');
    await noViolations(page, 'add form with errors');
    await dialog.getByLabel('Numéro (unique, ne change plus ensuite)').fill(demo[0]!.learner.id);
    await dialog.getByLabel('Prénom').fill('Maëlle');
    await dialog.getByLabel('Nom', { exact: true }).fill('Renard');
    await dialog.getByLabel('Groupes (séparés par des virgules)').fill('dessin, musique');
    await dialog.getByLabel('Langue préférée').selectOption('nl');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Ce numéro est déjà celui de Léa Dubois.').waitFor();
    await dialog.getByLabel('Numéro (unique, ne change plus ensuite)').fill('M0001');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectSearch(page, 'maelle', ['M0001']);
    await expectRow(page, 'M0001', /Renard.*Maëlle.*dessin, musique.*Nederlands.*Actif/);

    await page.getByRole('button', { name: 'Modifier Maëlle Renard' }).click();
    await noViolations(page, 'edit form');
    await dialog.getByLabel('Nom', { exact: true }).fill('Renard-Piron');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectRow(page, 'M0001', 'Renard-Piron');
    const saved = (await kioskEvents(page)).flatMap((e) => {
      const { learner, actor } = e as unknown as {
        learner?: { id: string; lastName: string };
        actor: object;
      };
      return learner?.id === 'M0001' ? [{ lastName: learner.lastName, actor }] : [];
    });
    expect(saved).toEqual([
      { lastName: 'Renard', actor: { kind: 'staff', staffId: expect.any(String) } },
      { lastName: 'Renard-Piron', actor: { kind: 'staff', staffId: expect.any(String) } },
    ]);
  });

  it('archives a learner with a confirmation; their badge is then refused at the scanner', async () => {
    const { page } = kiosk;
    const noah = demo[1]!;
    const name = `${noah.learner.firstName} ${noah.learner.lastName}`;
    await expectSearch(page, noah.learner.id, [noah.learner.id]);
    await page.getByRole('button', { name: `Archiver ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Archiver ${name}\u202f?` });
    await dialog.waitFor();
    await noViolations(page, 'archive confirmation');
    await dialog.getByRole('button', { name: 'Archiver' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expectRow(page, noah.learner.id, 'Archivé');
    const archive = (await kioskEvents(page)).find((e) => e.type === 'learner-archived');
    expect(archive).toMatchObject({ learnerId: noah.learner.id, actor: { kind: 'staff' } });

    // The demo's archived learner comes back.
    const back = demo[38]!;
    await expectSearch(page, back.learner.id, [back.learner.id]);
    await page.getByRole('button', { name: /^Réactiver / }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Réactiver' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expectRow(page, back.learner.id, 'Actif');

    await lock(page);
    for (const [token, outcome] of [
      [noah.token, 'archived'],
      [back.token, 'welcome'],
    ] as const) {
      const serial = await currentSerial(page);
      await scanKeys(page, usKeys(token));
      expect((await nextResult(page, serial))?.outcome).toBe(outcome);
    }
    await signInAgain(page);
  });

  it('runs the whole import and the add form with the keyboard alone', async () => {
    const { page } = kiosk;
    const file = join(dir, 'keyboard.csv');
    await writeFile(file, 'id;prénom;nom\nK0001;Kim;Keyes\nK0002;Kenza;Kaci\n');
    await page.locator('body').focus();
    await tabTo(page, (el) => nameOf(el) === 'roster-file');
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space'); // a native file input opens its chooser on Space or Enter
    await (await chooser).setFiles(file);
    await page.getByRole('heading', { name: /Aperçu de l’import/ }).waitFor();
    expect(await focusedName(page)).toBe('roster-preview-title');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Importer (2 fiches)');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Import terminé' }).waitFor();
    expect(await focusedName(page)).toBe('roster-done-title');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Jeunes inscrits' }).waitFor();
    await expect.poll(() => focusedName(page)).toBe('roster-title');
    await expectSearch(page, 'kenza', ['K0002']);

    await page.locator('body').focus();
    await tabTo(page, (el) => nameOf(el) === 'Ajouter un jeune');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    for (const text of ['K0003', 'Karim', 'Kone', 'robotique']) {
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('ArrowDown'); // the language select: first language after "none"
    await page.keyboard.press('Tab'); // Cancel
    await page.keyboard.press('Tab'); // Save
    expect(await focusedName(page)).toBe('Enregistrer');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expectSearch(page, 'karim', ['K0003']);
    await expectRow(page, 'K0003', /Kone.*Karim.*robotique.*Français/);

    // Edit, then archive, from the list.
    await page.locator('body').focus();
    await tabTo(page, (el) => nameOf(el) === 'Modifier Karim Kone');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('learner-firstName'); // the id cannot change: not a field
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Koné');
    await page.keyboard.press('Enter');
    await expectRow(page, 'K0003', /Koné.*Karim/);
    await page.locator('body').focus();
    await tabTo(page, (el) => nameOf(el) === 'Archiver Karim Koné');
    await page.keyboard.press('Enter');
    expect(await focusedName(page)).toBe('Annuler'); // the harmless choice first
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expectRow(page, 'K0003', 'Archivé');
  });

  it('reads a large XLSX, unzipped in Web Workers under the kiosk’s CSP', async () => {
    const { page } = kiosk;
    const file = join(dir, 'big.xlsx');
    const buffer = await bigXlsx(30_000);
    expect(buffer.length).toBeGreaterThan(512 * 1024);
    await writeFile(file, buffer);
    await chooseFile(page, file);
    expect(await counts(page)).toMatchObject({ added: 30_000 });
    await page.getByRole('button', { name: 'Annuler' }).click();
    await page.getByRole('heading', { name: 'Jeunes inscrits' }).waitFor();
  });

  it('imports 10,000 learners (timed in Chromium)', async () => {
    const { page } = kiosk;
    const file = join(dir, 'big.csv');
    await writeFile(file, bigCsv(10_000));
    const start = Date.now();
    await chooseFile(page, file);
    const previewed = Date.now();
    expect(await counts(page)).toMatchObject({ added: 10_000 });
    // Every value the progress bar shows, as the page draws it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progress: string[] }).progress = seen;
      new MutationObserver(() => {
        const value = document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');
        if (value && seen[seen.length - 1] !== value) seen.push(value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.getByRole('button', { name: 'Importer (10\u202f000 fiches)' }).click();
    await page.getByRole('heading', { name: 'Import terminé' }).waitFor({ timeout: 60_000 });
    const done = Date.now();
    const progress = await page.evaluate(
      () => (window as unknown as { progress: string[] }).progress,
    );
    expect(progress[0]).toBe('0');
    expect(progress.length).toBeGreaterThan(2); // it moved while the import ran
    console.info(`progress shown: ${progress.join(', ')}`);
    console.info(
      `10,000 learners in Chromium: read+preview ${previewed - start} ms, ` +
        `commit ${done - previewed} ms`,
    );
    await page.getByRole('button', { name: 'Retour à la liste' }).click();
    await expectSearch(page, 'G09999', ['G09999']);
  });
});
