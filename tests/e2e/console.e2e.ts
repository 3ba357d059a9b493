// The centre's console in Chromium against the real server, on PGlite and on PostgreSQL: the
// first admin created with the printed set-up code, sign-in and sign-out, a wrong password, the
// accounts screen, reception's narrower console, and axe-core on every screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  ENGINES,
  RECEPTION,
  createAccount,
  launchBrowser,
  openConsole,
  signIn,
  startConsoleServer,
  type ConsoleServer,
} from './support/console';
import { expectText, noViolations } from './support/kiosk';

const navLinks = (page: Page) => page.getByRole('navigation').getByRole('link').allTextContents();
// The registry's order (renderer/console/screens.ts): the first is where the console opens.
const NAV_ADMIN = [
  'Présences',
  'Journées',
  'Postes',
  'Jeunes inscrits',
  'Badges',
  'Exports',
  'Rapports',
  'Journal des actions',
  'Comptes',
  'Mon compte',
];
const NAV_RECEPTION = ['Présences', 'Mon compte'];

for (const { engine, skip } of ENGINES) {
  describe.skipIf(skip)(`console [${engine}]`, () => {
    let server: ConsoleServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await startConsoleServer(engine);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('creates the first admin with the set-up code, then manages accounts', async () => {
      const { page } = await openConsole(browser, server, { locale: 'fr-BE' });
      await page.goto(`${server.url}/console`);
      await page.getByRole('heading', { name: 'Créer le premier compte administrateur' }).waitFor();
      await noViolations(page, 'first admin');
      await page.getByLabel('Code de mise en service').fill('AAAAA-BBBBB');
      await page.getByLabel('Nom', { exact: true }).fill(ADMIN.name);
      await page.getByLabel('Mot de passe', { exact: true }).fill(ADMIN.password);
      await page.getByLabel('Mot de passe (encore une fois)').fill(ADMIN.password);
      await page.getByRole('button', { name: 'Créer le compte' }).click();
      await expectText(page, 'alert', /n’est pas le code affiché par le serveur/);
      await page.getByLabel('Code de mise en service').fill(server.setupCode);
      await page.getByRole('button', { name: 'Créer le compte' }).click();

      // The console opens on who is in the building.
      await page.waitForURL(`${server.url}/console/live`);
      expect(await navLinks(page)).toEqual(NAV_ADMIN);
      await page.getByRole('link', { name: 'Comptes' }).click();
      await page.getByRole('heading', { name: 'Comptes de la console' }).waitFor();
      await noViolations(page, 'accounts');

      // The main task: a reception account, then a new password for it.
      const create = page.getByRole('form', { name: 'Créer un compte' });
      await create.getByLabel('Nom').fill(RECEPTION.name);
      await create.getByLabel('Rôle').selectOption('reception');
      await create.getByLabel('Mot de passe initial').fill('front desk first');
      await create.getByRole('button', { name: 'Créer un compte' }).click();
      await expectText(page, 'status', /Compte «\u202fSam Accueil\u202f» créé\./);
      const row = page.locator(`tr[data-account="${RECEPTION.name}"]`);
      await expect.poll(() => row.textContent()).toMatch(/accueil.*Actif/);
      await row
        .getByRole('button', { name: `Nouveau mot de passe pour ${RECEPTION.name}` })
        .click();
      const reset = page.getByRole('form', { name: `Nouveau mot de passe pour ${RECEPTION.name}` });
      await reset.getByLabel('Mot de passe').fill(RECEPTION.password);
      await noViolations(page, 'accounts: new password');
      await reset.getByRole('button', { name: 'Enregistrer' }).click();
      await expectText(page, 'status', /Mot de passe de «\u202fSam Accueil\u202f» changé/);
      // A second reception account, disabled after a confirmation.
      await create.getByLabel('Nom').fill('Temp Accueil');
      await create.getByLabel('Mot de passe initial').fill('a temporary phrase');
      await create.getByRole('button', { name: 'Créer un compte' }).click();
      await page.getByRole('button', { name: 'Désactiver Temp Accueil' }).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByText('Ses sessions se terminent tout de suite.', { exact: false })
        .waitFor();
      await noViolations(page, 'accounts: disable');
      await dialog.getByRole('button', { name: 'Désactiver Temp Accueil' }).click();
      await expectText(page, 'status', /Compte «\u202fTemp Accueil\u202f» désactivé\./);
      await expect
        .poll(() => page.locator('tr[data-account="Temp Accueil"]').textContent())
        .toMatch(/Désactivé/);

      await page.getByRole('link', { name: 'Mon compte' }).click();
      await page.getByRole('heading', { name: 'Changer mon mot de passe' }).waitFor();
      expect(page.url()).toBe(`${server.url}/console/me`);
      await noViolations(page, 'my account');

      await page.getByRole('button', { name: 'Se déconnecter' }).click();
      await page.getByRole('heading', { name: 'Connexion à la console' }).waitFor();
      await expectText(page, 'status', /Vous êtes déconnecté/);
      await page.getByLabel('Nom').fill(ADMIN.name);
      await page.getByLabel('Mot de passe').fill('not my passphrase');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await expectText(page, 'alert', /Nom ou mot de passe incorrect/);
      await noViolations(page, 'sign-in with a problem');
      await page.getByLabel('Mot de passe').fill(ADMIN.password);
      await page.getByRole('button', { name: 'Se connecter' }).click();
      // Back on the screen the admin left.
      await page.getByRole('heading', { name: 'Changer mon mot de passe' }).waitFor();
      await page.context().close();
    });

    it('shows reception only its screens, in the language it picks', async () => {
      const desk = { name: 'Noor Accueil', password: 'another desk phrase' };
      await createAccount(server, desk, 'reception');
      const { page } = await openConsole(browser, server);
      await signIn(page, server, desk, 'accounts');
      // The accounts address is an admin's: reception lands on its own first screen.
      await page.waitForURL(`${server.url}/console/live`);
      expect(await navLinks(page)).toEqual(NAV_RECEPTION);
      await page.getByRole('link', { name: 'Mon compte' }).click();
      await page.getByRole('heading', { name: 'Changer mon mot de passe' }).waitFor();
      await page.getByLabel('Langue').selectOption('nl');
      await page.getByRole('heading', { name: 'Mijn wachtwoord wijzigen' }).waitFor();
      await page.reload();
      await page.getByRole('heading', { name: 'Mijn wachtwoord wijzigen' }).waitFor();
      await noViolations(page, 'reception, in Dutch');
      await page.context().close();
    });
  });
}
