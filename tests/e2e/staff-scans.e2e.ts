// Scans while staff work on the kiosk: recorded with the learners' screen's policy, told to staff
// in a short notice, the learner's row brought into view at reception; a person typing in a field
// is never taken for a scan, and a scan never lands in a field.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateToken } from '../../shared/badge';
import { demoLearners, seededBytes } from '../../shared/demo-roster';
import { formatClock } from '../../shared/time';
import {
  kioskEvents,
  noViolations,
  openKiosk,
  scanKeys,
  setCheckInSettings,
  usKeys,
  waitReady,
  type Kiosk,
} from './support/kiosk';
import { focusedSummary as focused } from './support/keyboard';
import { ADMIN_NAME, ADMIN_PIN, choosePerson, lock, signInAsFirstAdmin } from './support/staff';
import { staffNotice, typeLikeAPerson } from './support/staff-session';

const baseUrl = inject('baseUrl');
const roster = demoLearners();
const lea = roster[0]!;
const noah = roster[1]!;
/** Learners no test here has scanned yet, in the order the reception list shows them. */
const names = new Intl.Collator('fr');
const unscanned = roster
  .filter((d) => d.learner.status === 'active' && d !== lea && d !== noah)
  .sort(
    (a, b) =>
      names.compare(a.learner.lastName, b.learner.lastName) ||
      names.compare(a.learner.firstName, b.learner.firstName),
  );
const SEARCH = 'Rechercher un jeune (prénom, nom ou numéro)';

/** This kiosk's check-ins and check-outs (creating the admin is an event too). */
const attendance = async (page: Page) =>
  (await kioskEvents(page)).filter((e) => e.type === 'check-in' || e.type === 'check-out');

/** Input events that reached any field since the page loaded. */
const inputEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as { inputs: number }).inputs);

/** Whether the learner's reception row is highlighted and entirely on screen. */
const rowInView = (page: Page, learnerId: string) =>
  page.evaluate((id) => {
    const row = document.querySelector(`.reception__list [data-learner="${id}"]`);
    if (!row?.hasAttribute('data-scanned')) return false;
    const box = row.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  }, learnerId);

describe('scans while staff mode is open', () => {
  let kiosk: Kiosk;
  let page: Page;
  /** Scans are numbered per staff session, from 1. */
  let serial = 0;

  /** Scans a token and returns the staff notice it gives. */
  async function scan(token: string, end = 'Enter') {
    await scanKeys(page, usKeys(token), end);
    return staffNotice(page, ++serial);
  }

  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl);
    page = kiosk.page;
    // Arrival, then departure at the next scan: no cool-down, to see both.
    await setCheckInSettings(page, { mode: 'in-and-out', cooldownMs: 0 });
    await page.reload();
    await waitReady(page);
    await page.evaluate(() => {
      const w = window as unknown as { inputs: number };
      w.inputs = 0;
      document.addEventListener('input', () => (w.inputs += 1), { capture: true });
    });
    await signInAsFirstAdmin(page);
  });
  afterAll(() => kiosk.close());

  it('records a badge scanned at reception, tells staff, and shows the learner’s row', async () => {
    const search = page.getByLabel(SEARCH);
    expect(await focused(page)).toBe('input#reception-search:');
    const typed = await inputEvents(page);
    const notice = await scan(lea.token);
    expect(notice.outcome).toBe('welcome');
    const [event] = await attendance(page);
    expect(event).toMatchObject({ type: 'check-in', learnerId: lea.learner.id, method: 'scanner' });
    expect(notice.text).toBe(
      `Badge scanné\u202f: arrivée de Léa Dubois à ${formatClock(event!.at)}.`,
    );
    // Nothing typed in the search field, which still has the focus.
    expect(await search.inputValue()).toBe('');
    expect(await inputEvents(page)).toBe(typed);
    expect(await focused(page)).toBe('input#reception-search:');
    // Léa's row, in the tab she is now in.
    await expect.poll(() => rowInView(page, lea.learner.id)).toBe(true);
    expect(
      await page.getByRole('button', { name: 'Dans le bâtiment (1)' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await noViolations(page, 'reception with a scan notice');

    // The same policy as the learners' screen: the next scan is her departure.
    const goodbye = await scan(lea.token, 'Tab');
    expect(goodbye.outcome).toBe('goodbye');
    expect(goodbye.text).toMatch(/^Badge scanné\u202f: départ de Léa Dubois à \d\d:\d\d\.$/);
    expect((await attendance(page)).map((e) => e.type)).toEqual(['check-in', 'check-out']);
    await expect.poll(() => rowInView(page, lea.learner.id)).toBe(true);
    expect(
      await page.getByRole('button', { name: 'Partis (1)' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(await focused(page)).toBe('input#reception-search:');
  });

  it('brings a row far down a long list into view', async () => {
    // Twenty learners come in, in the order the list shows them: the last is on the second page.
    const arriving = unscanned.splice(0, 20);
    // The staff were looking at another tab, scrolled to its top.
    await page.getByRole('button', { name: /^Pas encore vus/ }).click();
    for (const d of arriving) expect((await scan(d.token)).outcome).toBe('welcome');
    const last = arriving.at(-1)!;
    await expect.poll(() => rowInView(page, last.learner.id)).toBe(true);
    expect(
      await page
        .getByRole('button', { name: 'Dans le bâtiment (20)' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('never takes a person typing in the search for a scan, and never types a scan there', async () => {
    const search = page.getByLabel(SEARCH);
    await search.focus();
    await typeLikeAPerson(page, 'dub');
    expect(await search.inputValue()).toBe('dub');
    // Typing at machine speed (a password manager, a test) and Enter: still typing.
    await page.keyboard.type('ois');
    await page.keyboard.press('Enter');
    await expect.poll(() => search.inputValue()).toBe('dubois');
    await page.locator(`.reception__list [data-learner="${lea.learner.id}"]`).waitFor();
    const typed = await inputEvents(page);
    expect(typed).toBeGreaterThanOrEqual(4);

    // A scan now: recorded, and the search keeps what the person typed.
    const events = (await attendance(page)).length;
    const notice = await scan(noah.token);
    // The next notice is this scan's: the typing before it was no scan.
    expect(notice.outcome).toBe('welcome');
    expect(await attendance(page)).toHaveLength(events + 1);
    expect(await search.inputValue()).toBe('dubois');
    expect(await inputEvents(page)).toBe(typed);
  });

  it('keeps recording in the admin sections and on the PIN screen, touching no field or button', async () => {
    await page
      .getByRole('navigation')
      .getByRole('button', { name: 'Réglages et personnel' })
      .click();
    const name = page.getByLabel('Nom du poste');
    await name.focus();
    const before = await name.inputValue();
    const typed = await inputEvents(page);
    const unknown = await scan(generateToken(seededBytes(99)));
    expect(unknown.outcome).toBe('unknown');
    expect(unknown.text).toMatch(/^Badge inconnu scanné à \d\d:\d\d\u202f: /);
    expect(await name.inputValue()).toBe(before);
    expect(await inputEvents(page)).toBe(typed);

    // Focus on "Verrouiller": neither the Enter nor the Tab of a scan presses or leaves it.
    const lockButton = page.getByRole('button', { name: 'Verrouiller' });
    for (const end of ['Enter', 'Tab']) {
      await lockButton.focus();
      const notice = await scan(unscanned.shift()!.token, end);
      expect(notice.outcome).toBe('welcome');
      expect(await focused(page)).toBe('button#:Verrouiller');
      await page.getByRole('heading', { name: 'Réglages du poste' }).waitFor();
    }

    // Before anyone signs in, the notice names the learner as learners see it: first name only.
    await lock(page);
    await choosePerson(page, ADMIN_NAME);
    serial = 0;
    const pin = page.getByLabel('Code PIN', { exact: true });
    const atPin = await scan(noah.token);
    expect(atPin.outcome).toBe('goodbye');
    expect(atPin.text).toContain(noah.learner.firstName);
    expect(atPin.text).not.toContain(noah.learner.lastName);
    expect(await pin.inputValue()).toBe('');
    await noViolations(page, 'PIN screen with a scan notice');
    await pin.fill(ADMIN_PIN);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Accueil — aujourd’hui' }).waitFor();
  });
});
