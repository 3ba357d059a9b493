// The staff exit in the web build: Ctrl+Alt+Shift+Q (the web bridge's stand-in for the shell's
// main-process chord) opens an admin PIN prompt; reception PINs and wrong PINs are refused and
// count toward the kiosk's lock-out; an admin PIN asks the host to quit, seen through the web
// bridge's 'accueil:quit-requested' event. Keyboard only, axe-core on the prompt.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { focusedId } from './support/keyboard';
import { expectText, kioskEvents, openKiosk, seriousViolations, type Kiosk } from './support/kiosk';
import { ADMIN_NAME, ADMIN_PIN, lock, signIn, signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
const SAM = 'Sam Accueil';
const SAM_PIN = '730418';
const CHORD = 'Control+Alt+Shift+KeyQ';
const PROMPT = 'Quitter l’application Accueil';

async function quitRequests(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.body.dataset.quitRequests ?? 0));
}

/** Types a PIN into the focused field and submits it with Enter, as a keyboard user would. */
async function typePin(page: Page, pin: string) {
  expect(await focusedId(page)).toBe('exit-pin');
  await page.keyboard.type(pin);
  await page.keyboard.press('Enter');
}

describe('staff exit chord', () => {
  let kiosk: Kiosk;
  let page: Page;
  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl);
    page = kiosk.page;
    // An admin (Nadia) and a reception member (Sam), then back to the learners' screen.
    await signInAsFirstAdmin(page, 'Réglages et personnel');
    await page.getByLabel('Nom du nouveau membre').fill(SAM);
    await page.getByLabel('Son code PIN (6 chiffres ou plus)').fill(SAM_PIN);
    await page.getByLabel('Confirmez son code PIN').fill(SAM_PIN);
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await page.getByText(`${SAM} a été ajouté·e`).waitFor({ timeout: 15_000 });
    await lock(page);
    await page.evaluate(() => {
      window.addEventListener('accueil:quit-requested', () => {
        document.body.dataset.quitRequests = String(
          Number(document.body.dataset.quitRequests ?? 0) + 1,
        );
      });
      window.addEventListener('accueil:exit-cancelled', () => {
        document.body.dataset.exitCancels = String(
          Number(document.body.dataset.exitCancels ?? 0) + 1,
        );
      });
    });
  });
  afterAll(() => kiosk.close());

  it('shows staff the count of restarts after a crash (none in a browser)', async () => {
    await signIn(page);
    await page
      .locator('.staff__bar')
      .getByText('Redémarrages après incident\u202f: 0')
      .waitFor({ timeout: 15_000 });
    await lock(page);
  });

  it('opens an admin PIN prompt on the chord, offering admins only, PIN field focused', async () => {
    await page.keyboard.press(CHORD);
    const dialog = page.getByRole('dialog', { name: PROMPT });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await expect.poll(() => focusedId(page)).toBe('exit-pin');
    const choices = await dialog.getByLabel('Administrateur').locator('option').allTextContents();
    expect(choices).toEqual([ADMIN_NAME]);
  });

  it('refuses a reception PIN and a wrong PIN, each counting toward the lock-out', async () => {
    const before = (await kioskEvents(page)).length;
    await typePin(page, SAM_PIN);
    await expectText(page, 'alert', /Code PIN incorrect\. Encore 4 essai/);
    await expect.poll(() => focusedId(page)).toBe('exit-pin');
    await typePin(page, '000111');
    await expectText(page, 'alert', /Encore 3 essai/);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await quitRequests(page)).toBe(0);
    // The PIN typed on the learners' screen was not taken for a badge scan.
    expect((await kioskEvents(page)).length).toBe(before);
  });

  it('closes on Escape, and the failures are still counted when it opens again', async () => {
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // The host is told, so the chord's grant ends with the prompt (electron/exit-guard.ts).
    expect(await page.evaluate(() => document.body.dataset.exitCancels)).toBe('1');
    await page.keyboard.press(CHORD);
    await page.getByRole('dialog', { name: PROMPT }).waitFor();
    await expect.poll(() => focusedId(page)).toBe('exit-pin');
    await typePin(page, '000112');
    await expectText(page, 'alert', /Encore 2 essai/);
  });

  it("quits on an admin's PIN", async () => {
    await typePin(page, ADMIN_PIN);
    await expect.poll(() => quitRequests(page), { timeout: 15_000 }).toBe(1);
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('locks the prompt after five wrong PINs: nothing can be typed or submitted', async () => {
    await page.keyboard.press(CHORD);
    await page.getByRole('dialog', { name: PROMPT }).waitFor();
    for (let left = 4; left >= 1; left--) {
      await expect.poll(() => focusedId(page)).toBe('exit-pin');
      await typePin(page, '000111');
      await expectText(page, 'alert', new RegExp(`Encore ${left} essai`));
    }
    await expect.poll(() => focusedId(page)).toBe('exit-pin');
    await typePin(page, '000111');
    await expectText(page, 'alert', /réessayez dans (2\d|30) s/);
    expect(await page.locator('#exit-pin').isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    // Enter in the disabled form submits nothing.
    await page.keyboard.press('Enter');
    expect(await quitRequests(page)).toBe(1);
  });
});
