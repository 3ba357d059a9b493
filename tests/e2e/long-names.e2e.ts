// Names of the longest accepted length on every screen that lists or greets learners, at the
// kiosk's screen sizes: the lists wrap them (no horizontal scroll, every button on screen) and the
// greeting card keeps its first name inside the screen. Screenshots go to /tmp for a human look.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import { toCsv } from '../../shared/csv';
import { openKiosk, scanKeys, usKeys, type Kiosk } from './support/kiosk';
import { LONG_NAMES } from './support/long-names';
import { KIOSK_SCREENS, screenshot } from './support/screenshots';
import { lock, signIn, signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
const SCREENS = KIOSK_SCREENS;
const lea = demoLearners()[0]!;
const LONG_FIRST = LONG_NAMES[3]!.firstName;

/** Whatever sticks out sideways: the page's own scroll, and any element wider than the screen. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.scrollingElement!;
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    }
    for (const element of document.querySelectorAll<HTMLElement>('main *, .result *')) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      if (box.right > window.innerWidth + 1) {
        problems.push(`${element.tagName}.${element.className} ends at ${Math.round(box.right)}`);
      }
      const style = getComputedStyle(element);
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (scrolls && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${element.tagName}.${element.className} scrolls sideways`);
      }
    }
    return problems.slice(0, 5);
  });
}

describe('long names', () => {
  let kiosk: Kiosk;
  let dir: string;
  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl, { viewport: { ...SCREENS[0] } });
    dir = await mkdtemp(join(tmpdir(), 'accueil-long-names-'));
  });
  afterAll(async () => {
    await kiosk?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('imports the longest accepted names', async () => {
    const { page } = kiosk;
    await signInAsFirstAdmin(page, 'Jeunes');
    // Léa (who has a badge) gets the longest first name, to be greeted by it.
    const rows = [
      ['id', 'prénom', 'nom', 'groupes', 'langue'],
      [lea.learner.id, LONG_FIRST, lea.learner.lastName, lea.learner.groups.join(','), 'fr'],
      ...LONG_NAMES.map((n, i) => [`LONG${i}`, n.firstName, n.lastName, 'x'.repeat(80), 'fr']),
    ];
    const file = join(dir, 'longs.csv');
    await writeFile(file, toCsv(rows, { delimiter: ';' }));
    await page.getByLabel('Importer un fichier (CSV ou Excel .xlsx)').setInputFiles(file);
    await page.getByRole('button', { name: /^Importer \(/ }).click();
    await page.getByRole('heading', { name: 'Import terminé' }).waitFor();
    await page.getByRole('button', { name: 'Retour à la liste' }).click();
  });

  for (const screen of SCREENS) {
    it(`wraps them in the learners, reception and badges lists at ${screen.width}x${screen.height}`, async () => {
      const { page } = kiosk;
      await page.setViewportSize({ ...screen });
      const nav = page.getByRole('navigation');
      await nav.getByRole('button', { name: 'Jeunes' }).click();
      await page.getByLabel('Rechercher dans la liste (prénom, nom ou numéro)').fill('LONG');
      await page.locator('.roster__list tr[data-learner="LONG3"]').waitFor();
      expect(await overflow(page), 'learners list').toEqual([]);
      await screenshot(page, 'long-names-learners');

      await nav.getByRole('button', { name: 'Accueil du jour' }).click();
      await page.getByLabel('Rechercher un jeune (prénom, nom ou numéro)').fill('LONG');
      await page.getByText(LONG_NAMES[1]!.firstName.slice(0, 20)).first().waitFor();
      expect(await overflow(page), 'reception list').toEqual([]);
      await screenshot(page, 'long-names-reception');

      await nav.getByRole('button', { name: 'Badges' }).click();
      await page.getByLabel('Rechercher un jeune').fill('LONG');
      await page.locator('[data-learner="LONG3"]').waitFor();
      expect(await overflow(page), 'badges list').toEqual([]);
      await screenshot(page, 'long-names-badges');
    });
  }

  for (const screen of SCREENS) {
    it(`greets a learner by a 200-character first name inside the screen at ${screen.width}x${screen.height}`, async () => {
      const { page } = kiosk;
      await page.setViewportSize({ ...screen });
      if (await page.getByRole('button', { name: 'Verrouiller' }).isVisible()) await lock(page);
      await scanKeys(page, usKeys(lea.token));
      const name = page.locator('.result__name');
      await name.waitFor();
      expect(await name.textContent()).toBe(LONG_FIRST);
      const fits = await page.evaluate(() => {
        const card = document.querySelector<HTMLElement>('.result')!.getBoundingClientRect();
        const text = document.querySelector<HTMLElement>('.result__text')!;
        const box = text.getBoundingClientRect();
        return {
          inside: box.right <= window.innerWidth + 1 && box.bottom <= card.bottom + 1,
          sideways: text.scrollWidth > text.clientWidth + 1,
        };
      });
      await screenshot(page, 'long-names-greeting');
      expect(fits).toEqual({ inside: true, sideways: false });
      expect(await overflow(page), 'greeting').toEqual([]);
      // Back to staff mode for the next screen size.
      await page.locator('[data-outcome="idle"]').waitFor({ timeout: 15_000 });
      await signIn(page);
      await page.getByRole('heading', { name: 'Accueil — aujourd’hui' }).waitFor();
    });
  }
});
