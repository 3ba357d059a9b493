// A scan never acts on the learners' screen: whatever control has the focus, the scanner's keys,
// its closing Enter or Tab included, press nothing and move nothing; the learner is greeted and
// the screen and its language stay as they were. Tapped controls do not keep the focus.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import {
  currentSerial,
  kioskEvents,
  nextResult,
  openKiosk,
  scanKeys,
  usKeys,
  type Kiosk,
} from './support/kiosk';
import { focusedSummary as focused } from './support/keyboard';

const baseUrl = inject('baseUrl');
const learners = demoLearners().filter((d) => d.learner.status === 'active');

/** Marks every control of the learners' screen the keyboard can reach; returns how many. */
function markControls(page: Page): Promise<number> {
  return page.evaluate(() => {
    const all = document.querySelectorAll<HTMLElement>(
      'button, summary, a[href], input, select, textarea, [tabindex]',
    );
    const reachable = [...all].filter(
      (el) => el.tabIndex >= 0 && !el.matches(':disabled') && el.getClientRects().length > 0,
    );
    reachable.forEach((el, i) => el.setAttribute('data-control', String(i)));
    return reachable.length;
  });
}

/** What must not change when a learner scans. */
function screenState(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    pressed: document.querySelector('[aria-pressed="true"]')?.textContent,
    learnersScreen: document.querySelector('main.checkin') !== null,
    staffScreen: document.querySelector('.staff') !== null,
    demoOpen: document.querySelector('details')?.open ?? null,
  }));
}

describe('a scan on the learners’ screen', () => {
  let kiosk: Kiosk;
  /** Learners not scanned yet: each scan here is a first arrival. */
  let next = 0;
  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl);
  });
  afterAll(() => kiosk.close());

  it('greets the learner and presses, moves and changes nothing, whatever has the focus', async () => {
    const { page } = kiosk;
    // Once with the demo panel closed, once open (its badge buttons can then take the focus).
    // The scanner ends with Enter or Tab: both, on the screen's own controls.
    for (const [demoOpen, ends] of [
      [false, ['Enter', 'Tab']],
      [true, ['Enter']],
    ] as const) {
      await page.evaluate((open) => {
        document.querySelector('details')!.open = open;
      }, demoOpen);
      const count = await markControls(page);
      // Four languages and staff access at least, and the demo panel's summary.
      expect(count).toBeGreaterThanOrEqual(6);
      for (let i = 0; i < count; i++) {
        for (const end of ends) {
          const learner = learners[next++]!;
          const control = page.locator(`[data-control="${i}"]`);
          await control.focus();
          const target = await focused(page);
          const state = await screenState(page);
          const before = await currentSerial(page);

          await scanKeys(page, usKeys(learner.token), end);
          const shown = await nextResult(page, before);
          expect(shown?.outcome, `${target}, ${end}`).toBe('welcome');
          expect(shown?.title).toContain(learner.learner.firstName);
          expect(await screenState(page), `${target}, ${end}`).toEqual(state);
          expect(await focused(page), `${target}, ${end}`).toBe(target);
        }
      }
    }
    // One check-in per learner, nothing else.
    const events = await kioskEvents(page);
    expect(events.map((e) => `${e.type} ${e.learnerId}`).sort()).toEqual(
      learners
        .slice(0, next)
        .map((d) => `check-in ${d.learner.id}`)
        .sort(),
    );
  });

  it('does not leave the focus on a tapped button, and keeps it for the keyboard', async () => {
    const { page } = kiosk;
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await focused(page)).toMatch(/^body#/);

    // The next learner's scan finds the page: greeted, the language stays.
    const learner = learners.slice(next).find((d) => d.learner.language === null)!;
    const before = await currentSerial(page);
    await scanKeys(page, usKeys(learner.token));
    expect((await nextResult(page, before))?.title).toBe(`Hello ${learner.learner.firstName}!`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    // A keyboard user presses a language button with Enter and stays on it.
    const french = page.getByRole('button', { name: 'Français' });
    await french.focus();
    await page.keyboard.press('Enter');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await focused(page)).toBe('button#:Français');

    // A demo badge tapped goes through the scanner's path, and leaves the focus on nothing.
    await page.evaluate(() => {
      document.querySelector('details')!.open = false;
    });
    await page.getByText('Badges de démonstration').click();
    expect(await focused(page)).toMatch(/^body#/);
    const archived = demoLearners().find((d) => d.learner.status === 'archived')!;
    const tapped = await currentSerial(page);
    await page
      .getByRole('button', { name: `Scanner le badge de ${archived.learner.firstName}` })
      .click();
    expect((await nextResult(page, tapped))?.outcome).toBe('archived');
    expect(await focused(page)).toMatch(/^body#/);
  });
});
