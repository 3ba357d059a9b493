// Shared by the e2e tests: the axe check, signing staff in and locking, a person typing, the
// check-in settings row, the notice staff see when a badge is scanned, what has the focus.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousViolations } from './kiosk';
import { ADMIN_PIN } from './staff';

export async function noViolations(page: Page, where: string): Promise<void> {
  expect(await seriousViolations(page), where).toEqual([]);
}

/** "Verrouiller": back to the learners' screen. */
export async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await page.waitForSelector('[data-outcome="idle"]');
}

/** Opens staff mode and chooses a name: the PIN field has the focus. */
export async function choosePerson(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Accès personnel' }).click();
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByLabel('Code PIN', { exact: true }).waitFor();
}

/** Chooses a name and submits a PIN; the caller waits for what it expects (a wrong PIN too). */
export async function signIn(page: Page, name: string, pin = ADMIN_PIN): Promise<void> {
  await choosePerson(page, name);
  await page.getByLabel('Code PIN', { exact: true }).fill(pin);
  await page.keyboard.press('Enter');
}

/**
 * A person's pace: keys at least this far apart (Playwright waits this long between keys). Faster
 * than the scanner's limit between two keys (60 ms) would be a burst, which the kiosk holds back.
 */
export const PERSON_KEY_INTERVAL_MS = 120;

export async function typeLikeAPerson(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: PERSON_KEY_INTERVAL_MS });
}

export interface StaffNotice {
  serial: number;
  outcome: string;
  text: string;
}

/** Waits for the staff notice of scan number `serial` (scans are counted per staff session). */
export async function staffNotice(page: Page, serial: number): Promise<StaffNotice> {
  const handle = await page.waitForFunction(
    (wanted) => {
      const notice = document.querySelector<HTMLElement>('[data-testid="scan-notice"]');
      return notice && Number(notice.dataset.serial) === wanted
        ? { serial: wanted, outcome: notice.dataset.outcome ?? '', text: notice.textContent ?? '' }
        : null;
    },
    serial,
    { timeout: 10_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as StaffNotice;
}

/** The focused element: its tag, id and text, to tell controls apart. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}#${el.id}:${el.textContent?.trim() ?? ''}` : '';
  });
}
