// The reception list draws at most a page of rows per keystroke (15), says how many more match
// and draws the next page on request; another query or tab starts again from one page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import { openKiosk, seriousViolations, type Kiosk } from './support/kiosk';
import { signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
/** The demo roster: 40 learners, L00001…L00040, the 39th archived. */
const roster = demoLearners();

const rowIds = (page: Page) =>
  page
    .locator('.reception__list > li')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-learner')));

describe('reception list', () => {
  let kiosk: Kiosk;
  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl);
    await signInAsFirstAdmin(kiosk.page);
  });
  afterAll(() => kiosk.close());

  it('shows the first 15 matches, how many more there are, and more on request', async () => {
    const { page } = kiosk;
    const search = page.getByLabel('Rechercher un jeune (prénom, nom ou numéro)');
    await search.fill('l000');
    const more = page.getByText('25 de plus\u202f: affinez la recherche.');
    await more.waitFor();
    const first = await rowIds(page);
    expect(first).toHaveLength(15);
    expect(new Set(first).size).toBe(15);
    expect(await seriousViolations(page), 'reception, more to show').toEqual([]);

    await page.getByRole('button', { name: 'Afficher 15 de plus' }).click();
    await page.getByText('10 de plus\u202f: affinez la recherche.').waitFor();
    const second = await rowIds(page);
    expect(second).toHaveLength(30);
    expect(second.slice(0, 15)).toEqual(first);

    await page.getByRole('button', { name: 'Afficher 10 de plus' }).click();
    await expect.poll(async () => (await rowIds(page)).length).toBe(40);
    expect(new Set(await rowIds(page))).toEqual(new Set(roster.map((d) => d.learner.id)));
    expect(await page.getByText(/de plus\u202f: affinez la recherche/).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Afficher \d+ de plus$/ }).count()).toBe(0);

    // A narrower query: every match shown, nothing more to show.
    await search.fill('l0000');
    await expect.poll(async () => (await rowIds(page)).length).toBe(9);
    expect(await page.getByText(/de plus\u202f: affinez la recherche/).count()).toBe(0);

    // Back to a wide query: one page again, not the pages shown before.
    await search.fill('l00');
    await more.waitFor();
    expect(await rowIds(page)).toEqual(first);
  });

  it('pages a tab the same way', async () => {
    const { page } = kiosk;
    await page.getByLabel('Rechercher un jeune (prénom, nom ou numéro)').fill('');
    // Nobody has come in: the 39 active learners are "not seen yet".
    await page.getByRole('button', { name: 'Pas encore vus (39)' }).click();
    await page.getByText('24 de plus\u202f: affinez la recherche.').waitFor();
    expect(await rowIds(page)).toHaveLength(15);
    await page.getByRole('button', { name: 'Afficher 15 de plus' }).click();
    await page.getByText('9 de plus\u202f: affinez la recherche.').waitFor();
    expect(await rowIds(page)).toHaveLength(30);
  });
});
