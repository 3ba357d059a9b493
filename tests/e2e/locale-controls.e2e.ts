// Controls in the kiosk's language, not the browser's: Chromium runs in American English
// (--lang and the context's locale), the kiosk in French. Dates read dd/mm/yyyy, times 24-hour,
// the file button speaks French; a date in a sentence follows the screen's language.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { noViolations, openKiosk, waitReady, type Kiosk } from './support/kiosk';
import { ADMIN_NAME, ADMIN_PIN, lock, signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
const nav = (kiosk: Kiosk, name: string) =>
  kiosk.page.getByRole('navigation').getByRole('button', { name }).click();

describe('controls in an en-US browser', () => {
  let kiosk: Kiosk;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'accueil-locale-'));
    kiosk = await openKiosk(baseUrl, { locale: 'en-US' });
    expect(await kiosk.page.evaluate(() => navigator.language)).toBe('en-US');
    await signInAsFirstAdmin(kiosk.page);
  });
  afterAll(async () => {
    await kiosk.close();
    await rm(dir, { recursive: true, force: true });
  });

  const nativeControls = (kiosk: Kiosk) =>
    kiosk.page
      .locator('input[type="date"], input[type="time"], input[type="datetime-local"]')
      .count();

  it('writes the export range as dd/mm/yyyy and reads what is typed that way', async () => {
    await nav(kiosk, 'Exports');
    const { page } = kiosk;
    const from = page.getByLabel('Du', { exact: true });
    await from.waitFor();
    expect(await nativeControls(kiosk)).toBe(0);
    expect(await from.inputValue()).toMatch(/^01\/\d\d\/\d{4}$/);
    await from.fill('13/11/2026');
    await page.getByLabel('Au', { exact: true }).fill('02/11/2026');
    await page.getByRole('button', { name: 'Exporter' }).click();
    // 13 November after 2 November: only a day-first reading sees the range backwards.
    await expect
      .poll(async () => (await page.getByRole('alert').allTextContents()).join(' '))
      .toContain('La date de début doit être avant la date de fin.');
    await noViolations(page, 'exports with typed dates');
  });

  it('takes opening hours on 24 hours', async () => {
    await nav(kiosk, 'Réglages et personnel');
    const { page } = kiosk;
    const closing = page.getByLabel('Fermeture').first();
    await closing.waitFor();
    expect(await nativeControls(kiosk)).toBe(0);
    const open = page.getByLabel('Ouvert').first();
    if (!(await open.isChecked())) await open.check();
    // Opening the day gives the field its hours a moment later: typing before that lands beside
    // them (seen on CI as "20:0018h30").
    await expect.poll(() => closing.inputValue()).toMatch(/^\d\d:\d\d$/);
    await closing.fill('18h30');
    await closing.blur();
    await expect.poll(() => closing.inputValue()).toBe('18:30');
    await noViolations(page, 'settings with 24-hour times');
  });

  it('labels the file button in French and names the chosen file', async () => {
    await nav(kiosk, 'Jeunes');
    const { page } = kiosk;
    await page.getByText('Choisir un fichier', { exact: true }).waitFor();
    // The browser's own button ("Choose File") is out of sight: one pixel, clipped.
    const native = await page.locator('input[type="file"]').boundingBox();
    expect(native!.width).toBeLessThanOrEqual(1);
    await page.getByText('Aucun fichier choisi').waitFor();
    const file = join(dir, 'liste.csv');
    await writeFile(file, 'id;prénom;nom\n');
    await page.getByLabel('Importer un fichier (CSV ou Excel .xlsx)').setInputFiles(file);
    await page.getByText('liste.csv').first().waitFor();
    await noViolations(page, 'roster with the file button');
  });

  it('writes a date in a sentence in the screen’s language', async () => {
    const { page } = kiosk;
    await lock(page);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Staff' }).click();
    await page.getByRole('button', { name: ADMIN_NAME }).click();
    await page.getByLabel('PIN', { exact: true }).fill(ADMIN_PIN);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Reception — today' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Evacuation roll call' }).click();
    const date = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Brussels',
      dateStyle: 'long',
    }).format(Date.now());
    await page.locator('.rollcall').getByText(`List made on ${date} at`).waitFor();
    await page.reload();
    await waitReady(page);
  });
});
