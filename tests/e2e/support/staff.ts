// Staff mode in e2e tests: a fresh kiosk's first admin, signing in and locking.
import type { Page } from 'playwright-core';
import { WEB_SETUP_CODE } from '../../../renderer/platform/webBridge';

export const ADMIN_NAME = 'Nadia Admin';
export const ADMIN_PIN = '482915';

/**
 * On a fresh kiosk: creates the first admin (which signs them in) and opens a section. Kiosks
 * that will sync together each need their own admin's name. The web build's set-up code stands
 * for the one an installation writes to the kiosk's configuration.
 */
export async function signInAsFirstAdmin(
  page: Page,
  section?: string,
  name = ADMIN_NAME,
): Promise<void> {
  await page.getByRole('button', { name: 'Accès personnel' }).click();
  await page.getByLabel('Code de mise en service').fill(WEB_SETUP_CODE);
  await page.getByLabel('Votre nom').fill(name);
  await page.getByLabel('Code PIN (6 chiffres ou plus)').fill(ADMIN_PIN);
  await page.getByLabel('Confirmez le code PIN').fill(ADMIN_PIN);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Accueil — aujourd’hui' }).waitFor({ timeout: 15_000 });
  if (section) await page.getByRole('navigation').getByRole('button', { name: section }).click();
}

/** Opens staff mode and chooses a name: the PIN field has the focus. */
export async function choosePerson(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Accès personnel' }).click();
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByLabel('Code PIN', { exact: true }).waitFor();
}

/** From the learners' screen: staff access, a name, a PIN. The caller waits for the outcome. */
export async function signIn(page: Page, name = ADMIN_NAME, pin = ADMIN_PIN): Promise<void> {
  await choosePerson(page, name);
  await page.getByLabel('Code PIN', { exact: true }).fill(pin);
  await page.keyboard.press('Enter');
}

/** Back to the learners' screen. */
export async function lock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  await page.waitForSelector('[data-outcome="idle"]');
}
