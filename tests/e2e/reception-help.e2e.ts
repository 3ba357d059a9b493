// The learners sent to reception (issue 13, point 2): their refused scans wait in a panel on the
// reception screen, newest first, each settled in a tap or two. By touch alone, at the two screen
// sizes centres have; only the first admin is created with the keyboard (set up elsewhere). A
// learner not on the roster at all is registered there too, with a badge printed at once.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatTokenForPrint, generateToken } from '../../shared/badge';
import { demoLearners, seededBytes } from '../../shared/demo-roster';
import {
  currentSerial,
  kioskEvents,
  noViolations,
  openKiosk,
  scanKeys,
  usKeys,
  waitAnswered,
  waitScreenFree,
  type Kiosk,
} from './support/kiosk';
import { ADMIN_NAME, ADMIN_PIN, signInAsFirstAdmin } from './support/staff';
import { tapKeys } from './support/touch';

const baseUrl = inject('baseUrl');
const roster = demoLearners();
const lea = roster[0]!.learner;
const archived = roster[38]!;
const revoked = roster[39]!;
const unknownToken = generateToken(seededBytes(4242));
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

async function scanOnLearnersScreen(page: Page, token: string): Promise<void> {
  await waitScreenFree(page);
  const serial = await currentSerial(page);
  await scanKeys(page, usKeys(token));
  await waitAnswered(page, serial);
}

describe.each(VIEWPORTS)('scans needing help at $width×$height', (viewport) => {
  let kiosk: Kiosk;
  let page: Page;
  const panel = () => page.getByRole('region', { name: /^Passages à régler/ });
  const items = () =>
    panel()
      .locator('li')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-outcome')));

  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl, { viewport, hasTouch: true });
    page = kiosk.page;
    await signInAsFirstAdmin(page);
    await page.getByRole('button', { name: 'Verrouiller' }).tap();
    await page.waitForSelector('[data-outcome="idle"]');
    await scanOnLearnersScreen(page, unknownToken);
    await scanOnLearnersScreen(page, revoked.revokedToken!);
    await scanOnLearnersScreen(page, archived.token);
    // Staff come by touch: a name, the PIN on the pad.
    await page.getByRole('button', { name: 'Accès personnel' }).tap();
    await page.getByRole('button', { name: ADMIN_NAME, exact: true }).tap();
    await tapKeys(
      page,
      [...ADMIN_PIN].map((digit) => `Chiffre ${digit}`),
    );
    await page.getByRole('button', { name: 'Valider' }).tap();
    await page.getByRole('heading', { name: 'Accueil — aujourd’hui' }).waitFor({ timeout: 15_000 });
  });
  afterAll(() => kiosk.close());

  it('lists today’s refused scans, newest first, with their time', async () => {
    await panel().waitFor();
    expect(await items()).toEqual(['archived', 'revoked', 'unknown']);
    const text = await panel().textContent();
    expect(text).toMatch(/\d\d:\d\d/);
    expect(text).toContain(`${revoked.learner.firstName} ${revoked.learner.lastName}`);
    await noViolations(page, 'scans needing help');
  });

  it('checks in by hand the learner whose badge was revoked', async () => {
    const item = panel().locator('li[data-outcome="revoked"]');
    await item.getByRole('button', { name: 'Enregistrer l’arrivée' }).tap();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Badge oublié').tap();
    await dialog.getByRole('button', { name: 'Confirmer' }).tap();
    await expect.poll(items).toEqual(['archived', 'unknown']);
    const checkIn = (await kioskEvents(page)).find((e) => e.type === 'check-in');
    expect(checkIn).toMatchObject({ learnerId: revoked.learner.id, method: 'manual' });
  });

  it('links the unknown badge to a learner the roster has', async () => {
    await panel().getByRole('button', { name: 'Lier à un jeune' }).tap();
    await page.getByText('Choisissez le jeune à qui donner ce badge.').waitFor();
    await noViolations(page, 'choosing whom to link a badge to');
    await page.getByRole('button', { name: /^Pas encore vus/ }).tap();
    await page
      .locator(`.reception__list [data-learner="${lea.id}"]`)
      .getByRole('button', { name: 'Lui donner ce badge' })
      .tap();
    await expect.poll(items).toEqual(['archived']);
    const issued = (await kioskEvents(page)).find(
      (e) => e.type === 'badge-issued' && e.token === unknownToken,
    );
    expect(issued).toMatchObject({ learnerId: lea.id });
  });

  it('dismisses a scan that needs nothing more', async () => {
    await panel()
      .locator('li[data-outcome="archived"]')
      .getByRole('button', { name: 'Ignorer' })
      .tap();
    await panel().waitFor({ state: 'detached' });
  });

  it('registers a walk-in learner, whose badge prints at once', async () => {
    await page.evaluate(() => {
      window.print = () => {
        const cards = [...document.querySelectorAll('.badge-card__token')];
        document.body.dataset.printed = JSON.stringify(cards.map((card) => card.textContent));
      };
    });
    await page.getByRole('button', { name: 'Inscrire un jeune sur place' }).tap();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Prénom').tap();
    await tapKeys(page, ['Majuscule', 'Z', 'o', 'é']);
    await dialog.getByLabel('Nom', { exact: true }).tap();
    await tapKeys(page, ['Majuscule', 'M', 'a', 'r', 't', 'i', 'n']);
    await dialog.getByLabel('Groupe (facultatif)').tap();
    await tapKeys(page, ['Majuscule', 'R', 'o', 'b', 'o', 't']);
    await dialog.getByLabel('English').tap();
    await noViolations(page, 'walk-in form');
    await dialog.getByRole('button', { name: 'Inscrire et émettre le badge' }).tap();
    await dialog.getByText(/^Zoé Martin est inscrit·e/).waitFor();
    await noViolations(page, 'walk-in registered');
    await dialog.getByRole('button', { name: 'Imprimer le badge' }).tap();
    await expect.poll(() => page.evaluate(() => document.body.dataset.printed)).toBeTruthy();

    const events = (await kioskEvents(page)) as unknown as Record<string, unknown>[];
    const upserted = events.find((e) => e.type === 'learner-upserted') as
      { learner: Record<string, unknown> } | undefined;
    expect(upserted?.learner).toMatchObject({
      firstName: 'Zoé',
      lastName: 'Martin',
      groups: ['Robot'],
      language: 'en',
      status: 'active',
    });
    const issued = events.find(
      (e) => e.type === 'badge-issued' && e.learnerId === upserted?.learner.id,
    );
    const printed = JSON.parse((await page.evaluate(() => document.body.dataset.printed))!);
    expect(printed).toEqual([formatTokenForPrint(issued!.token as string)]);
    await dialog.getByRole('button', { name: 'Fermer' }).tap();
    await page.getByLabel('Rechercher un jeune (prénom, nom ou numéro)').tap();
    await tapKeys(page, [...'zoe']);
    await page.locator('.reception__list').getByText('Zoé Martin').waitFor();
  });
});
