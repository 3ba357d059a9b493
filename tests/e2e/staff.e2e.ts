// Reception staff on the kiosk: first admin, PIN sign-in with lock-out, idle lock, search,
// manual check-in with a reason, undo, roll call. Keyboard only, and axe-core on every screen.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatTokenForPrint } from '../../shared/badge';
import { demoLearners } from '../../shared/demo-roster';
import { WEB_SETUP_CODE } from '../../renderer/platform/webBridge';
import { tabTo } from './support/keyboard';
import { expectText, kioskEvents, noViolations, openKiosk, type Kiosk } from './support/kiosk';
import { lock } from './support/staff';

const baseUrl = inject('baseUrl');
const roster = demoLearners();
const PIN = '482915';

async function openStaff(page: Page) {
  await page.getByRole('button', { name: 'Accès personnel' }).click();
}

describe('staff mode', () => {
  let kiosk: Kiosk;
  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl);
  });
  afterAll(() => kiosk.close());

  it('creates the first admin on a fresh kiosk, with the keyboard alone', async () => {
    const { page } = kiosk;
    await tabTo(page, 'Accès personnel');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Premier démarrage/ }).waitFor();
    await noViolations(page, 'first admin form');
    // Refusals first: no name, a too simple PIN, a mismatch.
    await page.keyboard.press('Enter');
    await expectText(page, 'alert', /Indiquez votre nom/);
    await page.getByLabel('Votre nom').fill('Nadia Admin');
    await page.getByLabel('Code PIN (6 chiffres ou plus)').fill('123456');
    await page.getByLabel('Confirmez le code PIN').fill('123456');
    await page.keyboard.press('Enter');
    await expectText(page, 'alert', /trop facile/);
    await page.getByLabel('Code PIN (6 chiffres ou plus)').fill(PIN);
    await page.getByLabel('Confirmez le code PIN').fill('482916');
    await page.keyboard.press('Enter');
    await expectText(page, 'alert', /pas identiques/);
    await page.getByLabel('Confirmez le code PIN').fill(PIN);
    await page.getByLabel('Code de mise en service').fill(WEB_SETUP_CODE);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Accueil — aujourd’hui' }).waitFor({ timeout: 15_000 });
    await noViolations(page, 'reception');

    const staffEvents = await page.evaluate(
      () =>
        new Promise<{ type: string; staff?: { pin: { iterations: number; hash: string } } }[]>(
          (resolve) => {
            const open = indexedDB.open('accueil');
            open.onsuccess = () => {
              const request = open.result.transaction('events').objectStore('events').getAll();
              request.onsuccess = () =>
                resolve(
                  request.result.filter((e: { type: string }) => e.type === 'staff-upserted'),
                );
            };
          },
        ),
    );
    expect(staffEvents).toHaveLength(1);
    expect(staffEvents[0]!.staff!.pin.iterations).toBeGreaterThanOrEqual(600_000);
    expect(JSON.stringify(staffEvents)).not.toContain(PIN);
  });

  it('searches accent- and case-insensitively and checks a learner in by hand with a reason', async () => {
    const { page } = kiosk;
    const lea = roster[0]!.learner;
    const search = page.getByLabel('Rechercher un jeune (prénom, nom ou numéro)');
    await search.fill('LEA dub');
    const row = page.locator(`[data-learner="${lea.id}"]`);
    await row.waitFor();
    expect(await page.locator('.reception__list > li').count()).toBe(1);
    await search.fill(lea.id.toLowerCase());
    await row.waitFor();

    await row.getByRole('button', { name: 'Enregistrer l’arrivée' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await noViolations(page, 'reason dialog');
    await dialog.getByLabel('Badge oublié').check();
    await dialog.getByRole('button', { name: 'Confirmer' }).click();
    await expect
      .poll(() => row.locator('.learner__status').textContent())
      .toMatch(/Arrivé·e à \d\d:\d\d \(à la main\)/);

    const events = await kioskEvents(page);
    const checkIn = events.find((e) => e.type === 'check-in') as unknown as Record<string, unknown>;
    expect(checkIn).toMatchObject({
      learnerId: lea.id,
      method: 'manual',
      reason: { code: 'forgot-badge' },
    });
    expect((checkIn.actor as { kind: string }).kind).toBe('staff');
  });

  it('undoes a check-in with a reason, and refuses an undo without one', async () => {
    const { page } = kiosk;
    const lea = roster[0]!.learner;
    const row = page.locator(`[data-learner="${lea.id}"]`);
    await row.getByRole('button', { name: 'Annuler le dernier passage' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Annuler cette arrivée' }).click();
    await expectText(page, 'alert', /Choisissez une raison/);
    await dialog.getByLabel('Autre', { exact: true }).check();
    await dialog.getByLabel('Précisez (facultatif)').fill('Erreur de personne');
    await dialog.getByRole('button', { name: 'Annuler cette arrivée' }).click();
    await expect
      .poll(() => row.locator('.learner__status').textContent())
      .toBe('Pas encore vu·e aujourd’hui');
    const events = await kioskEvents(page);
    const voided = events.find((e) => e.type === 'void') as unknown as Record<string, unknown>;
    expect(voided).toMatchObject({ learnerId: lea.id, reason: 'Autre\u202f: Erreur de personne' });
  });

  it('reprints a learner’s current badge from reception, as one card', async () => {
    const { page } = kiosk;
    const lea = roster[0]!;
    await page.evaluate(() => {
      window.print = () => {
        const cards = [...document.querySelectorAll('.badge-card')];
        document.body.dataset.printedCards = JSON.stringify(
          cards.map((card) => card.querySelector('.badge-card__token')?.textContent),
        );
      };
    });
    await page.getByLabel('Rechercher un jeune (prénom, nom ou numéro)').fill(lea.learner.id);
    await page
      .locator(`[data-learner="${lea.learner.id}"]`)
      .getByRole('button', { name: 'Réimprimer le badge' })
      .click();
    await expect
      .poll(() => page.getAttribute('body', 'data-printed-cards'))
      .toBe(JSON.stringify([formatTokenForPrint(lea.token)]));
    await page.getByText('Badge de Léa Dubois envoyé à l’impression.').first().waitFor();
    // The sheet was only there for the print.
    expect(await page.locator('.badge-card').count()).toBe(0);
  });

  it('shows who is in the building in a printable roll call', async () => {
    const { page } = kiosk;
    const search = page.getByLabel('Rechercher un jeune (prénom, nom ou numéro)');
    for (const d of [roster[3]!, roster[1]!, roster[2]!]) {
      await search.fill(d.learner.id);
      await page
        .locator(`[data-learner="${d.learner.id}"]`)
        .getByRole('button', { name: 'Enregistrer l’arrivée' })
        .click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await search.fill('');
    expect(
      await page.getByRole('button', { name: 'Dans le bâtiment (3)' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await page.getByRole('button', { name: 'Appel d’évacuation' }).click();
    await page.getByRole('heading', { name: 'Dans le bâtiment\u202f: 3' }).waitFor();
    await noViolations(page, 'roll call');
    const names = await page.locator('.rollcall__name').allTextContents();
    const expected = [roster[1]!, roster[2]!, roster[3]!]
      .map((d) => `${d.learner.lastName.toLocaleUpperCase('fr')} ${d.learner.firstName}`)
      .sort((a, b) => a.localeCompare(b, 'fr'));
    expect(names).toEqual(expected);
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Imprimer' }).click();
    expect(await page.getAttribute('body', 'data-printed')).toBe('yes');
    // Printed, the roll call's sheet is the whole page: the staff bar and buttons are not.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.staff__bar').isVisible()).toBe(false);
    expect(await page.locator('.rollcall-sheet').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Fermer l’appel' }).click();
  });

  it('locks at once on "Lock", and after wrong PINs locks the sign-in for a while', async () => {
    const { page } = kiosk;
    await lock(page);
    await openStaff(page);
    await page.getByRole('heading', { name: 'Qui êtes-vous\u202f?' }).waitFor();
    await noViolations(page, 'who are you');
    await page.getByRole('button', { name: 'Nadia Admin' }).click();
    for (let i = 1; i <= 4; i++) {
      await page.getByLabel('Code PIN', { exact: true }).fill('000111');
      await page.keyboard.press('Enter');
      await expectText(page, 'alert', new RegExp(`Encore ${5 - i} essai`));
    }
    await noViolations(page, 'PIN pad with an error');
    await page.getByLabel('Code PIN', { exact: true }).fill('000111');
    await page.keyboard.press('Enter');
    await expectText(page, 'alert', /réessayez dans (2\d|30) s/);
    expect(await page.getByLabel('Code PIN', { exact: true }).isDisabled()).toBe(true);
    // The right PIN does not help while locked, even after a reload.
    await page.reload();
    await page.waitForSelector('[data-outcome="idle"]');
    await openStaff(page);
    await page.getByRole('button', { name: 'Nadia Admin' }).click();
    await expectText(page, 'alert', /réessayez dans \d+ s/);
  });
});

describe('idle lock', () => {
  it('returns to the learners’ screen after two minutes without a touch', async () => {
    const kiosk = await openKiosk(baseUrl);
    try {
      const { page } = kiosk;
      await page.clock.install();
      await openStaff(page);
      await page.getByRole('heading', { name: /Premier démarrage/ }).waitFor();
      await page.clock.fastForward('01:50');
      expect(await page.locator('.staff').count()).toBe(1);
      await page.keyboard.press('Shift'); // activity restarts the two minutes
      await page.clock.fastForward('01:50');
      expect(await page.locator('.staff').count()).toBe(1);
      await page.clock.fastForward('00:15');
      await page.waitForSelector('[data-outcome="idle"]');
    } finally {
      await kiosk.close();
    }
  });
});
