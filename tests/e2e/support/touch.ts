// Touch-only input in e2e tests: keys of the kiosk's on-screen pads tapped one after the other.
// Contexts opened with `hasTouch` (openKiosk's option); no physical key is ever pressed.
import type { Page } from 'playwright-core';

/** Taps the on-screen keys named `labels` (their accessible names), in order. */
export async function tapKeys(page: Page, labels: readonly string[]): Promise<void> {
  for (const label of labels) await page.getByRole('button', { name: label, exact: true }).tap();
}
