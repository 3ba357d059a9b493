// Screenshots for a human look (never asserted), into /tmp: the screens at the kiosk's sizes.
import type { Page } from 'playwright-core';

export const KIOSK_SCREENS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** The page as it is now at its current size, /tmp/accueil-<name>-<w>x<h>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const { width, height } = page.viewportSize()!;
  await page.screenshot({ path: `/tmp/accueil-${name}-${width}x${height}.png` });
}

/** The same state at every kiosk size, then back to the size it had. */
export async function screenshotsAtKioskSizes(page: Page, name: string): Promise<void> {
  const before = page.viewportSize()!;
  for (const size of KIOSK_SCREENS) {
    await page.setViewportSize(size);
    await screenshot(page, name);
  }
  await page.setViewportSize(before);
}
