// The export section in e2e tests: a file downloaded from a click, and Brussels dates and times
// told by Intl, independently of shared/time.ts.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export const brusselsDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' });
export const brusselsTime = new Intl.DateTimeFormat('fr-BE', {
  timeZone: 'Europe/Brussels',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The file the browser downloads when `start` runs: its suggested name and its bytes. */
export async function download(page: Page, start: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  const bytes = await readFile((await file.path()) as string);
  return { name: file.suggestedFilename(), bytes };
}

/** Chooses a file and a format in the exports section (French), then exports. */
export async function exportFile(page: Page, kind: string, format: string) {
  await page.getByRole('radio', { name: kind }).check();
  await page.getByRole('radio', { name: format }).check();
  return download(page, () => page.getByRole('button', { name: 'Exporter' }).click());
}

/** A 'YYYY-MM-DD' day as it is typed in the French date fields: "01/12/2026". */
export const typedDay = (day: string) => day.split('-').reverse().join('/');
/** A French date field's "01/12/2026" as 'YYYY-MM-DD'. */
export const isoDay = (typed: string) => typed.split('/').reverse().join('-');
