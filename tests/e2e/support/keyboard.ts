// Keyboard-only navigation in e2e tests: what has the focus, and Tab until a control has it.
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  id: string;
  name: string;
  value: string;
  checked: boolean;
  /** aria-label, when the control has one. */
  label: string;
  text: string;
}

export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      name: el?.getAttribute('name') ?? '',
      value: el?.value ?? '',
      checked: el?.checked ?? false,
      label: el?.getAttribute('aria-label') ?? '',
      text: el?.textContent?.trim() ?? '',
    };
  });
}

export const focusedText = async (page: Page) => (await focused(page)).text;
/** "button#id:text": enough to tell controls apart in one string. */
export const focusedSummary = async (page: Page) => {
  const el = await focused(page);
  return el.tag ? `${el.tag}#${el.id}:${el.text}` : '';
};
export const focusedId = async (page: Page) => (await focused(page)).id;

/**
 * Presses Tab, as a keyboard user would, until the focused control has this text or matches;
 * fails after `limit` presses (a screen's controls, plus a margin).
 */
export async function tabTo(
  page: Page,
  target: string | ((el: Focused) => boolean),
  limit = 40,
): Promise<void> {
  const matches = typeof target === 'string' ? (el: Focused) => el.text === target : target;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  const what = typeof target === 'string' ? `"${target}"` : 'the control';
  throw new Error(`Tab never reached ${what} in ${limit} presses`);
}
