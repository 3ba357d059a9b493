// Every state of the check-in screen: no serious or critical axe-core violation, and each state
// announced through the aria-live region.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import {
  announcement,
  currentSerial,
  nextResult,
  openKiosk,
  scanKeys,
  seriousViolations,
  setCheckInSettings,
  usKeys,
  waitReady,
  type Kiosk,
} from './support/kiosk';

const baseUrl = inject('baseUrl');
const roster = demoLearners();

async function scan(page: Page, text: string, expected: string): Promise<void> {
  const before = await currentSerial(page);
  await scanKeys(page, usKeys(text));
  const shown = await nextResult(page, before);
  expect(shown?.outcome).toBe(expected);
  await page.waitForFunction(
    (title) => document.querySelector('[data-testid="announcer"]')?.textContent?.includes(title),
    shown!.title,
  );
  expect(await seriousViolations(page), expected).toEqual([]);
}

describe('accessibility of the check-in screen', () => {
  let kiosk: Kiosk;
  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl, { camera: 'deny' });
  });
  afterAll(() => kiosk.close());

  it('has no serious violation when idle, with the camera problem shown to staff', async () => {
    await kiosk.page.locator('.checkin__staff-note').waitFor();
    expect(await seriousViolations(kiosk.page)).toEqual([]);
  });

  it('announces and passes axe in every result state', async () => {
    const { page } = kiosk;
    // The cool-down is switched off and on rather than waited for: each scan lands inside or
    // outside it however long the machine takes. (The page's clock cannot be moved instead: the
    // scanner's key times would no longer match it.)
    const cooldown = async (cooldownMs: number) => {
      await setCheckInSettings(page, { mode: 'in-and-out', cooldownMs });
      await page.reload();
      await waitReady(page);
    };
    const learner = roster[8]!;
    await cooldown(3_600_000);
    await scan(page, learner.token, 'welcome');
    await scan(page, learner.token, 'already-in');
    await cooldown(0);
    await scan(page, learner.token, 'goodbye');
    await cooldown(3_600_000);
    await scan(page, learner.token, 'already-out');
    await scan(page, 'NOT A BADGE 123', 'unreadable');
    await scan(page, roster.find((d) => d.revokedToken)!.revokedToken!, 'revoked');
    await scan(page, roster.find((d) => d.learner.status === 'archived')!.token, 'archived');
  });

  it('announces the return to the idle state', async () => {
    const { page } = kiosk;
    await page.waitForSelector('[data-outcome="idle"]', { timeout: 10_000 });
    // No camera here (refused): the prompt points to the badge reader.
    expect(await announcement(page)).toContain('Passe ton badge devant le lecteur');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows and announces a storage failure instead of a greeting', async () => {
    const { page } = kiosk;
    // Deleting the database under the running app closes its connection: the next scan fails.
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const request = indexedDB.deleteDatabase('accueil');
          request.onsuccess = request.onerror = request.onblocked = resolve;
        }),
    );
    await scan(page, roster[9]!.token, 'error');
    expect(await announcement(page)).toContain('Rien n’a été enregistré');
    // Staff are told what happened and what to do, in a message that stays.
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toMatch(/base de données locale.*redémarrez/);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('languages and keyboard', () => {
  it('switches language with the keyboard alone, and greets in the learner’s own language', async () => {
    const kiosk = await openKiosk(baseUrl);
    try {
      const { page } = kiosk;
      const dutch = page.getByRole('button', { name: 'Nederlands' });
      await dutch.focus();
      await page.keyboard.press('Space');
      expect(await dutch.getAttribute('aria-pressed')).toBe('true');
      // No camera in this browser: once the kiosk has found that out (a loaded machine takes a
      // while), the prompt points to the badge reader.
      await expect
        .poll(() => page.textContent('.idle__prompt'), { timeout: 30_000 })
        .toBe('Houd je badge voor de lezer');
      expect(await page.getAttribute('html', 'lang')).toBe('nl');
      // A learner with no preferred language is greeted in the screen's language.
      await scanKeys(page, usKeys(roster[0]!.token));
      expect((await nextResult(page, 0))?.title).toBe('Hallo Léa!');
      // A learner who prefers German is greeted in German whatever the screen shows.
      const german = roster.find((d) => d.learner.language === 'de')!;
      await scanKeys(page, usKeys(german.token));
      expect((await nextResult(page, 1))?.title).toBe(`Hallo ${german.learner.firstName}!`);
      expect(await page.getAttribute('.result', 'lang')).toBe('de');
    } finally {
      await kiosk.close();
    }
  });
});
