// Shared by the staff-mode scan tests: a person typing, and the notice staff see when a badge
// is scanned.
import type { Page } from 'playwright-core';

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
