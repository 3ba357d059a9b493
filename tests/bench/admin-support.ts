// Helpers of the admin benchmark: a private copy of the seeded profile, the export range that
// holds a given number of events, in-page measures.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ADMIN_NAME, ADMIN_PIN, signInAsFirstAdmin } from '../e2e/support/staff';

/**
 * The import writes 10,000 learners each time: it runs on a copy, so the shared profile (and the
 * figures of later runs) stays as seeded.
 */
export async function copyProfile(profile: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'accueil-bench-profile-'));
  await cp(profile, copy, { recursive: true });
  return copy;
}

/** The first and last Brussels days of the most recent stored days holding `events` events. */
export async function rangeHolding(
  page: Page,
  events: number,
): Promise<{ from: string; to: string; events: number }> {
  return page.evaluate(async (wanted) => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
      Date.now(),
    );
    // Calendar arithmetic on the date, not 24-hour steps, which skip or repeat a day around DST.
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    const daysBefore = (n: number) =>
      new Date(Date.UTC(y, m - 1, d - n)).toISOString().slice(0, 10);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('accueil');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    // A day's events: its rows in `events`, and its attendance packed in `archive` rows
    // (renderer/db/attendance.ts), which only hold whole arrays.
    const count = (day: string) =>
      new Promise<number>((resolve, reject) => {
        const tx = db.transaction(['events', 'archive']);
        const rows = tx.objectStore('events').index('day').count(day);
        const packed = tx.objectStore('archive').getAll(IDBKeyRange.bound([day], [day, []]));
        tx.oncomplete = () =>
          resolve(
            rows.result +
              (packed.result as { events: unknown[] }[]).reduce((n, b) => n + b.events.length, 0),
          );
        tx.onerror = () => reject(tx.error);
      });
    const to = daysBefore(1);
    let from = to;
    let total = 0;
    for (let back = 1; total < wanted && back < 2_000; back++) {
      from = daysBefore(back);
      total += await count(from);
    }
    db.close();
    return { from, to, events: total };
  }, events);
}

export async function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
}

/** Waits until the page has recorded more than `count` measures called `name`. */
export async function measured(page: Page, name: string, count: number): Promise<void> {
  await page.waitForFunction(
    ([n, c]) => performance.getEntriesByName(n as string).length > (c as number),
    [name, count] as const,
    { timeout: 120_000 },
  );
}

export async function signIn(page: Page) {
  await page.getByRole('button', { name: 'Accès personnel' }).click();
  const first = page.getByRole('heading', { name: /Premier démarrage/ });
  const who = page.getByRole('heading', { name: 'Qui êtes-vous\u202f?' });
  await Promise.race([first.waitFor(), who.waitFor()]);
  if (await first.isVisible()) {
    await page.getByRole('button', { name: 'Retour à l’écran d’accueil' }).click();
    await signInAsFirstAdmin(page);
    return;
  }
  await page.getByRole('button', { name: ADMIN_NAME }).click();
  await page.getByLabel('Code PIN', { exact: true }).fill(ADMIN_PIN);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Accueil — aujourd’hui' }).waitFor({ timeout: 15_000 });
}
