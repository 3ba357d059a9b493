// Admin settings and staff, end to end: the mode and cool-down reach the check-in screen, closing
// time ends presence, staff are added (keyboard alone), signed in with their role, given a new PIN
// and deactivated; every change is an event by the admin; the default language reaches learners.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import { weekdayOf } from '../../shared/opening-hours';
import { brusselsDay, formatClock } from '../../shared/time';
import { validateEvent } from '../../shared/validate';
import {
  currentSerial,
  expectText,
  nextResult,
  noViolations,
  openKiosk,
  scanKeys,
  usKeys,
  type Kiosk,
} from './support/kiosk';
import { tabTo } from './support/keyboard';
import { ADMIN_NAME, ADMIN_PIN, lock, signIn, signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
const roster = demoLearners();
const SECTION = 'Réglages et personnel';
const RECEPTION = 'Accueil — aujourd’hui';
const SAM = 'Sam Accueil';
const DAYS = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'];

async function openSettings(page: Page) {
  await page.getByRole('navigation').getByRole('button', { name: SECTION }).click();
  await page.getByRole('heading', { name: 'Réglages du poste' }).waitFor();
}

/** Every event this kiosk wrote, whole (the demo roster comes from another pseudo-kiosk). */
async function ownEvents(page: Page): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('accueil');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['events', 'kiosk'], 'readonly');
          const self = tx.objectStore('kiosk').get('self');
          const all = tx.objectStore('events').getAll();
          tx.oncomplete = () => {
            open.result.close();
            const kioskId = (self.result as { kioskId: string }).kioskId;
            resolve(all.result.filter((e: { kioskId: string }) => e.kioskId === kioskId));
          };
        };
      }),
  );
}

describe('settings and staff', () => {
  let kiosk: Kiosk;
  let page: Page;
  let adminId = '';
  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl);
    page = kiosk.page;
  });
  afterAll(() => kiosk.close());

  it('opens for the first admin, passes axe, and refuses a bad value with a clear message', async () => {
    await signInAsFirstAdmin(page, SECTION);
    await page.getByRole('heading', { name: SECTION, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Réglages du poste' }).waitFor();
    await noViolations(page, 'settings section');
    const cooldown = page.getByLabel('Délai avant un nouveau passage (minutes, 0 à 1440)');
    expect(await cooldown.inputValue()).toBe('10');
    await cooldown.fill('dix');
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expectText(page, 'alert', /n’ont pas été enregistrés/);
    expect(await cooldown.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('settings-cooldown');
    await noViolations(page, 'settings with an error');
    const first = (await ownEvents(page)).find((e) => e.type === 'staff-upserted');
    adminId = (first!.staff as { id: string }).id;
    expect((await ownEvents(page)).filter((e) => e.type === 'settings-changed')).toEqual([]);
  });

  it('switches to "in and out" with no cool-down: a second scan says goodbye', async () => {
    await page.getByLabel('Arrivées et départs').check();
    await page.getByLabel('Délai avant un nouveau passage (minutes, 0 à 1440)').fill('0');
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expectText(page, 'status', /Réglages enregistrés/);
    const saved = (await ownEvents(page)).filter((e) => e.type === 'settings-changed');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      actor: { kind: 'staff', staffId: adminId },
      settings: { mode: 'in-and-out', cooldownMs: 0, defaultLanguage: 'fr' },
    });

    await lock(page);
    const lea = roster[0]!;
    let serial = await currentSerial(page);
    await scanKeys(page, usKeys(lea.token));
    const welcome = await nextResult(page, serial);
    expect(welcome).toMatchObject({ outcome: 'welcome', title: 'Bonjour Léa\u202f!' });
    await scanKeys(page, usKeys(lea.token));
    const goodbye = await nextResult(page, welcome!.serial);
    expect(goodbye).toMatchObject({ outcome: 'goodbye', title: 'Au revoir Léa\u202f!' });
    // Someone who stays, for the closing-time check below.
    serial = goodbye!.serial;
    await scanKeys(page, usKeys(roster[1]!.token));
    expect((await nextResult(page, serial))?.outcome).toBe('welcome');
  });

  it('ends everyone’s presence at today’s closing time', async () => {
    await signIn(page, ADMIN_NAME, ADMIN_PIN);
    await page.getByRole('button', { name: 'Dans le bâtiment (1)' }).waitFor({ timeout: 15_000 });
    // Closing at 00:01 today has passed, except in the first minutes after midnight.
    if (formatClock(Date.now()) < '00:02') return;
    await openSettings(page);
    const today = page.getByRole('group', { name: DAYS[weekdayOf(brusselsDay(Date.now()))] });
    await today.getByLabel('Ouvert', { exact: true }).check();
    await today.getByLabel('Ouverture').fill('00:00');
    await today.getByLabel('Fermeture').fill('00:01');
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expectText(page, 'status', /Réglages enregistrés/);
    await page.getByRole('navigation').getByRole('button', { name: 'Accueil du jour' }).click();
    await page.getByRole('button', { name: 'Dans le bâtiment (0)' }).waitFor();
    await page.getByRole('button', { name: /^Partis \(2\)$/ }).click();
    // Roster[1] never scanned out: reception says they left at closing, not "left at —".
    await expect
      .poll(() =>
        page.locator(`[data-learner="${roster[1]!.learner.id}"] .learner__status`).textContent(),
      )
      .toMatch(/^Parti·e à la fermeture, 00:01 \(arrivé·e à \d\d:\d\d\)$/);
  });

  it('shows the kiosk’s name in the staff bar once the admin sets it', async () => {
    const bar = page.locator('.staff__bar');
    expect(await bar.textContent()).toContain('Poste\u202f: Accueil');
    await openSettings(page);
    await page.getByLabel('Nom du poste').fill('Accueil rez-de-chaussée');
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expectText(page, 'status', /Réglages enregistrés/);
    await expect.poll(() => bar.textContent()).toContain('Poste\u202f: Accueil rez-de-chaussée');
  });

  it('adds a reception member with the keyboard alone', async () => {
    await openSettings(page);
    await tabTo(page, (el) => el.id === 'settings-new-name', 120);
    await page.keyboard.type(SAM);
    await page.keyboard.press('Tab'); // the role: "Accueil" is already chosen
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'reception',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.type('730418');
    await page.keyboard.press('Tab');
    await page.keyboard.type('730419');
    await page.keyboard.press('Enter');
    await expectText(page, 'alert', /pas identiques/);
    await page.keyboard.press('Backspace');
    await page.keyboard.type('8');
    await page.keyboard.press('Enter');
    await expectText(page, 'status', /Sam Accueil a été ajouté·e/);
    const row = page.getByRole('row', { name: new RegExp(SAM) });
    expect(await row.textContent()).toMatch(/AccueilActif/);
    await noViolations(page, 'staff list with a new member');
  });

  it('signs a reception member in to reception only', async () => {
    await lock(page);
    await signIn(page, SAM, '730418');
    await page.getByRole('heading', { name: RECEPTION }).waitFor({ timeout: 15_000 });
    expect(await page.locator('.staff__who').textContent()).toBe(`${SAM} · Accueil`);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await page.getByRole('button', { name: SECTION }).count()).toBe(0);
  });

  it('resets a PIN: the old one fails, the new one works', async () => {
    await lock(page);
    await signIn(page, ADMIN_NAME, ADMIN_PIN);
    await page.getByRole('heading', { name: RECEPTION }).waitFor({ timeout: 15_000 });
    await openSettings(page);
    await page.getByRole('button', { name: `Nouveau code PIN ${SAM}` }).click();
    const dialog = page.getByRole('dialog', { name: `Nouveau code PIN pour ${SAM}` });
    await dialog.waitFor();
    await noViolations(page, 'new PIN dialog');
    await dialog.getByLabel('Nouveau code PIN (6 chiffres ou plus)').fill('905127');
    await dialog.getByLabel('Confirmez le nouveau code PIN').fill('905127');
    await dialog.getByRole('button', { name: 'Changer le code' }).click();
    await expectText(page, 'status', /Le code PIN de Sam Accueil a été changé/);
    await lock(page);
    await signIn(page, SAM, '730418');
    await expectText(page, 'alert', /Code PIN incorrect/);
    await page.getByLabel('Code PIN', { exact: true }).fill('905127');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: RECEPTION }).waitFor({ timeout: 15_000 });
  });

  it('refuses deactivating oneself; a deactivated member is gone from sign-in', async () => {
    await lock(page);
    await signIn(page, ADMIN_NAME, ADMIN_PIN);
    await page.getByRole('heading', { name: RECEPTION }).waitFor({ timeout: 15_000 });
    await openSettings(page);
    const deactivateSelf = page.getByRole('button', { name: `Désactiver ${ADMIN_NAME}` });
    await deactivateSelf.click();
    await expectText(page, 'alert', /au moins un administrateur actif/);
    // With a second admin, the refusal is about oneself.
    await page.getByLabel('Nom du nouveau membre').fill('Bo Admin');
    await page.getByLabel('Administrateur').check();
    await page.getByLabel('Son code PIN (6 chiffres ou plus)').fill('604281');
    await page.getByLabel('Confirmez son code PIN').fill('604281');
    await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await expectText(page, 'status', /Bo Admin a été ajouté·e/);
    await deactivateSelf.click();
    await expectText(page, 'alert', /votre propre compte/);

    await page.getByRole('button', { name: `Désactiver ${SAM}` }).click();
    await expectText(page, 'status', /Sam Accueil est désactivé·e/);
    await page.getByRole('button', { name: `Réactiver ${SAM}` }).waitFor();
    await lock(page);
    await page.getByRole('button', { name: 'Accès personnel' }).click();
    await page.getByRole('heading', { name: 'Qui êtes-vous\u202f?' }).waitFor();
    const people = await page.locator('.staff__people button').allTextContents();
    expect(people.sort()).toEqual(['Bo Admin', ADMIN_NAME]);
    await page.getByRole('button', { name: 'Retour à l’écran d’accueil' }).click();
  });

  it('keeps every change as a valid event with the admin as actor', async () => {
    const events = await ownEvents(page);
    const changes = events.filter(
      (e) => e.type === 'staff-upserted' || e.type === 'settings-changed',
    );
    const withHours = formatClock(Date.now()) >= '00:02';
    // First admin, settings (and hours), kiosk name, Sam added, new PIN, Bo added, Sam deactivated.
    expect(changes).toHaveLength(withHours ? 8 : 7);
    expect(changes[0]!.actor).toEqual({ kind: 'kiosk' });
    for (const event of changes.slice(1)) {
      expect(event.actor).toEqual({ kind: 'staff', staffId: adminId });
      const { day: _day, pending, ...stored } = event;
      expect(pending).toBe(1);
      expect(validateEvent(stored).ok).toBe(true);
    }
    expect(JSON.stringify(events)).not.toMatch(/730418|905127|604281/);
  });

  it('changes the default language: the learners’ screen follows', async () => {
    await signIn(page, ADMIN_NAME, ADMIN_PIN);
    await page.getByRole('heading', { name: RECEPTION }).waitFor({ timeout: 15_000 });
    await openSettings(page);
    await page.getByLabel('Langue par défaut de l’écran des jeunes').selectOption('nl');
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expectText(page, 'status', /Réglages enregistrés/);
    await lock(page);
    await page.getByRole('heading', { name: 'Welkom!' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    // It holds after a restart too.
    await page.reload();
    await page.waitForSelector('[data-outcome="idle"]');
    await page.getByRole('heading', { name: 'Welkom!' }).waitFor();
  });
});
