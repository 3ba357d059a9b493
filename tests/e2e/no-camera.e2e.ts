// A kiosk without a camera (none plugged in, or permission refused): the learners' screen points
// to the badge reader instead of asking for the camera, and the staff notice stays whole and
// uncovered whatever else is on screen.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { demoLearners } from '../../shared/demo-roster';
import { nextResult, openKiosk, scanKeys, usKeys } from './support/kiosk';

const baseUrl = inject('baseUrl');
const learner = demoLearners()[0]!;
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
];

/** Whether the staff notice is inside the window, large enough and on top at every point. */
async function noticeReadable(page: Page) {
  return page.evaluate(() => {
    const notes = [...document.querySelectorAll<HTMLElement>('.checkin__staff-note')];
    return notes.map((note) => {
      const r = note.getBoundingClientRect();
      const covered: string[] = [];
      for (const fx of [0.02, 0.25, 0.5, 0.75, 0.98]) {
        for (const fy of [0.1, 0.5, 0.9]) {
          const x = r.left + r.width * fx;
          const y = r.top + r.height * fy;
          const top = document.elementFromPoint(x, y);
          if (!top || !note.contains(top)) covered.push(top?.className || top?.tagName || 'none');
        }
      }
      return {
        text: note.textContent ?? '',
        inside: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
        fontSize: parseFloat(getComputedStyle(note).fontSize),
        covered,
      };
    });
  });
}

describe('no camera', () => {
  for (const camera of ['none', 'deny'] as const) {
    for (const viewport of SCREENS) {
      it(`with the camera ${camera === 'none' ? 'missing' : 'refused'} at ${viewport.width}x${viewport.height}, points to the badge reader and keeps the staff notice readable`, async () => {
        const kiosk = await openKiosk(baseUrl, { camera, viewport });
        try {
          const { page } = kiosk;
          await page.locator('.checkin__staff-note').waitFor({ timeout: 15_000 });

          // No more "show your badge to the camera": the reader is where to scan.
          const idle = (await page.textContent('[data-outcome="idle"]')) ?? '';
          expect(idle).not.toMatch(/caméra/i);
          expect(idle).toMatch(/lecteur/);
          expect(await page.locator('.checkin__camera video').isVisible()).toBe(false);

          const check = async (state: string) => {
            const notes = await noticeReadable(page);
            expect(notes, state).toHaveLength(1);
            expect(notes[0]!.text, state).toMatch(
              camera === 'none' ? /Aucune caméra/ : /Caméra refusée/,
            );
            expect(notes[0]!.inside, state).toBe(true);
            expect(notes[0]!.fontSize, state).toBeGreaterThanOrEqual(20);
            expect(notes[0]!.covered, state).toEqual([]);
          };
          await check('idle');
          // The demo badges panel, open, must not lie over the notice either.
          await page.getByText('Badges de démonstration').click();
          await check('demo badges open');
          await page.getByText('Badges de démonstration').click();

          await scanKeys(page, usKeys(learner.token));
          expect((await nextResult(page, 0))?.outcome).toBe('welcome');
          await check('result shown');
        } finally {
          await kiosk.close();
        }
      });
    }
  }
});
