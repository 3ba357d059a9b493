// Reception by touch alone (issue 13, point 1): the kiosk's keyboard is put away (DEPLOY.md), so
// every step here is a tap on a touch screen, at the two screen sizes centres have. Only the
// first admin is created with the keyboard: that screen is set up elsewhere, not under test here.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import { kioskEvents, noViolations, openKiosk, type Kiosk } from './support/kiosk';
import { signInAsFirstAdmin } from './support/staff';
import { tapKeys } from './support/touch';

const baseUrl = inject('baseUrl');
const lea = demoLearners()[0]!.learner;
const VIEWPORTS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** What has the focus, and which of its text is selected. */
const focusedField = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      id: el?.id ?? '',
      value: el?.value ?? '',
      selected: el?.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0) ?? '',
    };
  });

/**
 * Pauses the page's clock a second from the page's now (which runFor has moved ahead of the
 * test's). axe-core waits on timers: a paused clock must be resumed around it.
 */
const pauseClock = async (page: Page) =>
  page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);

const lastEvent = async (page: Page, type: string) =>
  (await kioskEvents(page)).filter((e) => e.type === type).at(-1) as unknown as
    Record<string, unknown> | undefined;

describe.each(VIEWPORTS)('reception by touch at $width×$height', (viewport) => {
  let kiosk: Kiosk;
  let page: Page;
  const row = () => page.locator(`.reception__list [data-learner="${lea.id}"]`);
  const search = () => page.getByLabel('Rechercher un jeune (prénom, nom ou numéro)');

  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl, {
      viewport,
      hasTouch: true,
      prepare: (context) => context.clock.install(),
    });
    page = kiosk.page;
    await signInAsFirstAdmin(page);
  });
  afterAll(() => kiosk.close());

  it('types the PIN pad’s digits into the PIN field that has the focus', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Réglages et personnel' }).tap();
    const pin = page.getByLabel('Son code PIN (6 chiffres ou plus)');
    const confirm = page.getByLabel('Confirmez son code PIN');
    await confirm.tap();
    await tapKeys(page, ['Chiffre 4', 'Chiffre 2']);
    expect(await confirm.inputValue()).toBe('42');
    expect(await pin.inputValue()).toBe('');
    await pin.tap();
    await tapKeys(page, ['Chiffre 7', 'Chiffre 1', 'Effacer le dernier chiffre']);
    expect(await pin.inputValue()).toBe('7');
    expect(await confirm.inputValue()).toBe('42');
    // A field of digits gets the on-screen keyboard's digit pad, no letters.
    const retention = page.getByLabel('Conservation des présences sur ce poste (jours, 30 à 3650)');
    const days = await retention.inputValue();
    await retention.tap();
    const keyboard = page.getByRole('group', { name: 'Clavier à l’écran' });
    await keyboard.getByRole('button', { name: '7', exact: true }).tap();
    expect(await retention.inputValue()).toBe(`${days}7`);
    expect(await keyboard.getByRole('button', { name: 'a', exact: true }).count()).toBe(0);
    await noViolations(page, 'on-screen digit pad');
    await tapKeys(page, ['Effacer', 'Masquer le clavier']);
    expect(await retention.inputValue()).toBe(days);
    await page.getByRole('navigation').getByRole('button', { name: 'Accueil du jour' }).tap();
  });

  it('checks in by hand with arrival reasons, then gives the search back', async () => {
    await page.getByRole('button', { name: /^Pas encore vus/ }).tap();
    await row().getByRole('button', { name: 'Enregistrer l’arrivée' }).tap();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Badge oublié').waitFor();
    await noViolations(page, 'check-in reasons');
    await dialog.getByLabel('Badge oublié').tap();
    await dialog.getByRole('button', { name: 'Confirmer' }).tap();
    await dialog.waitFor({ state: 'detached' });
    expect((await focusedField(page)).id).toBe('reception-search');
    expect(await lastEvent(page, 'check-in')).toMatchObject({
      learnerId: lea.id,
      reason: { code: 'forgot-badge' },
    });
  });

  it('asks departure reasons of their own, and "Retour" leaves things as they were', async () => {
    await page.getByRole('button', { name: /^Dans le bâtiment/ }).tap();
    await row().getByRole('button', { name: 'Enregistrer le départ' }).tap();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Oubli de badger la sortie').waitFor();
    expect(await dialog.getByLabel('Départ anticipé').count()).toBe(1);
    expect(await dialog.getByLabel('Badge abîmé').count()).toBe(0);
    await noViolations(page, 'check-out reasons');
    await dialog.getByRole('button', { name: 'Retour' }).tap();
    await dialog.waitFor({ state: 'detached' });
    expect(await lastEvent(page, 'check-out')).toBeUndefined();
  });

  it('undoes with preset reasons, behind buttons that say what they do', async () => {
    await row().getByRole('button', { name: 'Annuler le dernier passage' }).tap();
    const dialog = page.getByRole('dialog');
    for (const reason of ['Erreur de personne', 'Scanné deux fois', 'Test', 'Autre'])
      await dialog.getByLabel(reason, { exact: true }).waitFor();
    expect(await dialog.getByRole('button', { name: 'Annuler', exact: true }).count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Retour' }).count()).toBe(1);
    await noViolations(page, 'undo reasons');
    await dialog.getByLabel('Scanné deux fois').tap();
    await dialog.getByRole('button', { name: 'Annuler cette arrivée' }).tap();
    await dialog.waitFor({ state: 'detached' });
    expect(await lastEvent(page, 'void')).toMatchObject({
      learnerId: lea.id,
      reason: 'Scanné deux fois',
    });
    expect((await focusedField(page)).id).toBe('reception-search');
  });

  it('selects the search after an action, so the next name replaces it', async () => {
    await pauseClock(page);
    await search().tap();
    await tapKeys(page, [...'dubois']);
    await row().getByRole('button', { name: 'Enregistrer l’arrivée' }).tap();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Badge abîmé').tap();
    await dialog.getByRole('button', { name: 'Confirmer' }).tap();
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedField(page)).toEqual({
      id: 'reception-search',
      value: 'dubois',
      selected: 'dubois',
    });
    await page.getByRole('button', { name: 'Annuler cette arrivée' }).waitFor();
    await page.clock.resume();
    await noViolations(page, 'confirmation with its undo');
  });

  it('types accents and capitals on the on-screen keyboard, and no typing passes for a scan', async () => {
    const before = (await kioskEvents(page)).length;
    await search().tap();
    await page.getByRole('button', { name: 'Effacer', exact: true }).waitFor();
    await noViolations(page, 'on-screen keyboard');
    for (let i = 0; i < 6; i++)
      await page.getByRole('button', { name: 'Effacer', exact: true }).tap();
    await tapKeys(page, ['Majuscule', 'L', 'é', 'a']);
    expect(await search().inputValue()).toBe('Léa');
    await row().waitFor();
    // A badge's characters typed on the screen stay text in the search.
    const token = demoLearners()[1]!.token;
    for (let i = 0; i < 3; i++)
      await page.getByRole('button', { name: 'Effacer', exact: true }).tap();
    await tapKeys(page, [...token.toLowerCase()]);
    expect((await search().inputValue()).toLowerCase()).toBe(token.toLowerCase());
    expect(await page.locator('[data-testid="scan-notice"]').count()).toBe(0);
    expect((await kioskEvents(page)).length).toBe(before);
    await page.getByRole('button', { name: 'Masquer le clavier' }).tap();
    await search().fill('dubois');
  });

  it('lets a done action be undone from its confirmation for 10 s', async () => {
    await pauseClock(page);
    // Léa is in: her departure, then its undo from the notice.
    await row().getByRole('button', { name: 'Enregistrer le départ' }).tap();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Oubli de badger la sortie').tap();
    await dialog.getByRole('button', { name: 'Confirmer' }).tap();
    const undo = page.getByRole('button', { name: 'Annuler ce départ' });
    await undo.waitFor();
    await page.clock.runFor(9_000);
    await undo.tap();
    await expect.poll(() => row().locator('.learner__status').textContent()).toMatch(/^Arrivé·e à/);
    const checkOut = await lastEvent(page, 'check-out');
    expect(await lastEvent(page, 'void')).toMatchObject({ targetId: checkOut?.id });
    expect((await focusedField(page)).id).toBe('reception-search');

    // Once 10 s have gone by, the offer is gone.
    await row().getByRole('button', { name: 'Enregistrer le départ' }).tap();
    await dialog.getByLabel('Départ anticipé').tap();
    await dialog.getByRole('button', { name: 'Confirmer' }).tap();
    await undo.waitFor();
    await page.clock.runFor(10_000);
    await undo.waitFor({ state: 'detached' });
    await page.clock.resume();
  });

  it('warns 15 s before the idle lock, and a tap keeps the session', async () => {
    await pauseClock(page);
    const stay = page.getByRole('button', { name: 'Rester connecté' });
    // A tap now: the idle time counts from here.
    await page.getByRole('heading', { name: 'Accueil — aujourd’hui' }).tap();
    await page.clock.runFor(100_000);
    expect(await stay.count()).toBe(0);
    await page.clock.runFor(6_000);
    await stay.waitFor();
    await page.clock.resume();
    await noViolations(page, 'idle warning');
    await stay.tap();
    await stay.waitFor({ state: 'detached' });
    await pauseClock(page);
    // Two minutes from the tap on "stay": the same warning, then the lock.
    await page.clock.runFor(100_000);
    expect(await stay.count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Accueil — aujourd’hui' }).count()).toBe(1);
    await page.clock.runFor(6_000);
    await stay.waitFor();
    await page.clock.runFor(15_000);
    await page.waitForSelector('[data-outcome="idle"]');
    await page.clock.resume();
  });
});
