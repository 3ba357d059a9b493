// The evacuation roll call, end to end. On screen: each name ticked by touch, a running count of
// who is still missing, ticks kept across a reload until the roll call is closed. On paper (the
// page printed to PDF as the kiosk's print would, read back with poppler): only the list, a header
// with the centre, the kiosk, the date and time, the total and the groups on every page, "page x
// of y" on every page, and columns that never run into each other.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import { fillBuilding } from './support/building';
import { pdfWords } from './support/pdf';
import { noViolations, openKiosk, waitReady, type Kiosk } from './support/kiosk';
import { ADMIN_NAME, ADMIN_PIN, signIn, signInAsFirstAdmin } from './support/staff';

const run = promisify(execFile);
const baseUrl = inject('baseUrl');
const OUT = resolve('tests/.artifacts/rollcall');
/** Enough people for three A4 pages: the header and the page numbers must be on each. */
const SYNTHETIC = 110;
const demo = demoLearners(40);

const missing = (page: Kiosk['page']) => page.locator('[data-testid="rollcall-missing"]');

describe('the evacuation roll call', () => {
  let kiosk: Kiosk;
  let inside: number;
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    kiosk = await openKiosk(baseUrl, { hasTouch: true, viewport: { width: 1366, height: 768 } });
    const { page } = kiosk;
    await page.evaluate(
      (n) => window.accueilDemo!.seedSyntheticHistory({ learners: n, events: 0 }),
      SYNTHETIC,
    );
    const synthetic = await page.evaluate(
      (n) => window.accueilDemo!.demoLearners(n, 7, 'S').map((d) => d.learner.id),
      SYNTHETIC,
    );
    // The archived demo learner cannot be in the building; everyone else is.
    const ids = [
      ...demo.filter((d) => d.learner.status === 'active').map((d) => d.learner.id),
      ...synthetic,
    ];
    inside = ids.length;
    await fillBuilding(page, ids);
    await page.reload();
    await waitReady(page);
    await signInAsFirstAdmin(page);
  });
  afterAll(() => kiosk.close());

  it('ticks names by touch, counts who is missing, and keeps the ticks across a reload', async () => {
    const { page } = kiosk;
    await page.getByRole('button', { name: 'Appel d’évacuation' }).click();
    await page.getByRole('heading', { name: `Dans le bâtiment\u202f: ${inside}` }).waitFor();
    await expect
      .poll(() => missing(page).textContent())
      .toBe(`${inside} personnes à retrouver sur ${inside}`);
    await noViolations(page, 'roll call on screen');

    const [first, second] = [demo[0]!.learner, demo[1]!.learner];
    // By id: the synthetic roster repeats names.
    const row = (l: typeof first) =>
      page.locator(`[data-learner="${l.id}"]`).getByRole('checkbox', {
        name: new RegExp(`^${l.lastName.toLocaleUpperCase('fr')} ${l.firstName}`),
      });
    await row(first).tap();
    await row(second).tap();
    await expect.poll(() => row(first).isChecked()).toBe(true);
    await expect
      .poll(() => missing(page).textContent())
      .toBe(`${inside - 2} personnes à retrouver sur ${inside}`);
    // A second tap takes a tick back.
    await row(second).tap();
    await expect
      .poll(() => missing(page).textContent())
      .toBe(`${inside - 1} personnes à retrouver sur ${inside}`);
    await row(second).tap();
    await page.screenshot({ path: join(OUT, 'on-screen.png') });

    // A reload (a crash, a restart) signs staff out; signed in again, the roll call is still open.
    await page.reload();
    await waitReady(page);
    await signIn(page, ADMIN_NAME, ADMIN_PIN);
    await page
      .getByRole('heading', { name: `Dans le bâtiment\u202f: ${inside}` })
      .waitFor({ timeout: 15_000 });
    await expect.poll(() => row(first).isChecked()).toBe(true);
    await expect.poll(() => row(second).isChecked()).toBe(true);
    await expect
      .poll(() => missing(page).textContent())
      .toBe(`${inside - 2} personnes à retrouver sur ${inside}`);
  });

  it('prints only the list, with its header and page numbers on every page, in clean columns', async () => {
    const { page } = kiosk;
    // The paper copy is drawn just after the screen's list: wait for all of it.
    await page.waitForFunction(
      (n) => document.querySelectorAll('.rollcall-sheet tbody tr').length === n,
      inside,
    );
    const file = join(OUT, 'rollcall.pdf');
    await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await run('pdftoppm', ['-r', '60', '-png', file, join(OUT, 'page')]);
    const { pages, words } = await pdfWords(file);
    expect(pages).toBeGreaterThanOrEqual(3);
    const text = (n: number) =>
      words
        .filter((w) => w.page === n)
        .map((w) => w.text)
        .join(' ');
    const date = new Intl.DateTimeFormat('fr-BE', {
      timeZone: 'Europe/Brussels',
      dateStyle: 'long',
    }).format(Date.now());
    for (let n = 1; n <= pages; n++) {
      const onPage = text(n);
      expect(onPage, `page ${n}`).toContain('TUMO Liège');
      expect(onPage, `page ${n}`).toContain('Poste : Accueil');
      expect(onPage, `page ${n}`).toContain(date);
      expect(onPage, `page ${n}`).toMatch(/à \d\d:\d\d/);
      expect(onPage, `page ${n}`).toContain(`Dans le bâtiment : ${inside}`);
      expect(onPage, `page ${n}`).toMatch(/robotique \d+/);
      expect(onPage, `page ${n}`).toContain(`Page ${n} / ${pages}`);
      // No navigation, buttons or staff bar on paper.
      for (const screenOnly of [
        'Imprimer',
        'Verrouiller',
        'Fermer',
        'Jeunes',
        'Rapports',
        'Badges de',
      ]) {
        expect(onPage, `page ${n}`).not.toContain(screenOnly);
      }
    }
    // Everyone is on paper, once, and the ticks made on screen are printed.
    const all = words.map((w) => w.text).join(' ');
    for (const d of demo.filter((x) => x.learner.status === 'active')) {
      expect(all).toContain(`${d.learner.lastName.toLocaleUpperCase('fr')} ${d.learner.firstName}`);
    }

    // Columns: on every page, no word of one column reaches the next column's start.
    const headers = ['Présent·e', 'Nom', 'Groupes', 'Arrivée'];
    for (let n = 1; n <= pages; n++) {
      const onPage = words.filter((w) => w.page === n);
      const heads = headers.map((h) => onPage.find((w) => w.text === h));
      expect(heads.every(Boolean), `column headers on page ${n}`).toBe(true);
      const starts = heads.map((h) => h!.xMin);
      const headerY = heads[0]!.yMin;
      for (let k = 0; k + 1 < starts.length; k++) {
        expect(starts[k]! < starts[k + 1]!, `column order on page ${n}`).toBe(true);
      }
      for (const word of onPage.filter(
        (w) => w.yMin >= headerY - 1 && !w.text.startsWith('Page'),
      )) {
        const column = starts.findLastIndex((x) => word.xMin >= x - 0.5);
        if (column < 0 || column + 1 >= starts.length) continue;
        expect(word.xMax, `"${word.text}" on page ${n} runs into the next column`).toBeLessThan(
          starts[column + 1]! - 1,
        );
      }
    }
  });

  it('forgets the ticks once the roll call is closed', async () => {
    const { page } = kiosk;
    await page.getByRole('button', { name: 'Fermer l’appel' }).click();
    await page.getByRole('dialog').getByText('2 coches seront effacées').waitFor();
    await noViolations(page, 'closing the roll call');
    await page.getByRole('dialog').getByRole('button', { name: 'Fermer l’appel' }).click();
    await page.getByRole('heading', { name: 'Accueil — aujourd’hui' }).waitFor();
    await page.getByRole('button', { name: 'Appel d’évacuation' }).click();
    await expect
      .poll(() => missing(page).textContent())
      .toBe(`${inside} personnes à retrouver sur ${inside}`);
  });
});
