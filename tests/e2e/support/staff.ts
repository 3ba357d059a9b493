// Getting into staff mode in e2e tests: a fresh kiosk gets its first admin, then a section.
import type { Page } from 'playwright-core';

export const ADMIN_NAME = 'Nadia Admin';
export const ADMIN_PIN = '482915';

/** On a fresh kiosk: creates the first admin (which signs them in) and opens a section. */
export async function signInAsFirstAdmin(page: Page, section?: string): Promise<void> {
  await page.getByRole('button', { name: 'Accès personnel' }).click();
  await page.getByLabel('Votre nom').fill(ADMIN_NAME);
  await page.getByLabel('Code PIN (6 chiffres ou plus)').fill(ADMIN_PIN);
  await page.getByLabel('Confirmez le code PIN').fill(ADMIN_PIN);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Accueil — aujourd’hui' }).waitFor({ timeout: 15_000 });
  if (section) await page.getByRole('navigation').getByRole('button', { name: section }).click();
}
