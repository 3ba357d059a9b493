// A fresh kiosk is protected: its first admin needs the one-time set-up code the installation
// wrote to the kiosk's configuration (in the web build, the documented development code). A wrong
// code is refused and counted like a wrong PIN. A kiosk without a code checks learners in and
// offers no staff area.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import { WEB_SETUP_CODE } from '../../renderer/platform/webBridge';
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
import { ADMIN_NAME, ADMIN_PIN } from './support/staff';

const baseUrl = inject('baseUrl');
const learner = demoLearners()[5]!;

describe('first start', () => {
  let kiosk: Kiosk;
  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl);
  });
  afterAll(() => kiosk.close());

  it('refuses to create the first admin without the set-up code', async () => {
    const { page } = kiosk;
    await page.getByRole('button', { name: 'Accès personnel' }).click();
    await page.getByRole('heading', { name: /Premier démarrage/ }).waitFor();
    const code = page.getByLabel('Code de mise en service');
    await code.waitFor();
    await page.getByLabel('Votre nom').fill(ADMIN_NAME);
    await page.getByLabel('Code PIN (6 chiffres ou plus)').fill(ADMIN_PIN);
    await page.getByLabel('Confirmez le code PIN').fill(ADMIN_PIN);
    await page.keyboard.press('Enter');
    await expectText(page, 'alert', /Indiquez le code de mise en service/);
    await code.fill('ABCDE-FGHJK');
    await page.keyboard.press('Enter');
    await expectText(page, 'alert', /Ce code de mise en service n’est pas le bon/);
    await noViolations(page, 'first admin form with a wrong code');
    expect(await page.getByRole('heading', { name: 'Accueil — aujourd’hui' }).count()).toBe(0);
    // Spaces and small letters, as people copy a code, are fine.
    await code.fill(` ${WEB_SETUP_CODE.toLowerCase()} `);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Accueil — aujourd’hui' }).waitFor({ timeout: 15_000 });
  });
});

describe('a kiosk without a set-up code', () => {
  let kiosk: Kiosk;
  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl, { query: '?setup=none' });
  });
  afterAll(() => kiosk.close());

  it('checks learners in but offers no staff area', async () => {
    const { page } = kiosk;
    const before = await currentSerial(page);
    await scanKeys(page, usKeys(learner.token));
    expect((await nextResult(page, before))?.outcome).toBe('welcome');
    await page.getByRole('button', { name: 'Accès personnel' }).click();
    await page.getByRole('heading', { name: 'Ce poste n’est pas encore mis en service' }).waitFor();
    expect(await page.getByLabel('Votre nom').count()).toBe(0);
    expect(await page.getByLabel(/Code PIN/).count()).toBe(0);
    await noViolations(page, 'kiosk not set up');
  });
});
