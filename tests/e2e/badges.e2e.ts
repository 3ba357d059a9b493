// The admin badges section in Chromium: reissue with the keyboard alone, revoke then issue again,
// print a selection, one card and a whole group through the bridge (window.print on the web,
// replaced here by a recorder of the mounted sheet), then the old cards are refused at the
// scanner and the new ones greet. axe-core on every screen state.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatTokenForPrint } from '../../shared/badge';
import { demoLearners } from '../../shared/demo-roster';
import {
  currentSerial,
  kioskEvents,
  nextResult,
  noViolations,
  openKiosk,
  scanKeys,
  usKeys,
  type Kiosk,
} from './support/kiosk';
import { focusedText, tabTo } from './support/keyboard';
import { lock, signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
const roster = demoLearners();
const lea = roster[0]!;
const noah = roster[1]!;

interface Printed {
  layout: string;
  pages: string;
  cards: number;
  tokens: string[];
  names: string[];
}

const row = (page: Page, learnerId: string) => page.locator(`[data-learner="${learnerId}"]`);
const notice = (page: Page) => page.locator('.badges [role="status"]');

/** The token shown as the learner's active badge. */
async function shownToken(page: Page, learnerId: string): Promise<string> {
  const token = await row(page, learnerId).locator('[data-token]').getAttribute('data-token');
  return token ?? '';
}

async function prints(page: Page): Promise<Printed[]> {
  return page.evaluate(() => (window as unknown as { prints: Printed[] }).prints);
}

describe('badges section', () => {
  let kiosk: Kiosk;
  const fresh: Record<string, string> = {};
  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl);
  });
  afterAll(() => kiosk.close());

  it('opens for the first admin with every learner’s badge', async () => {
    const { page } = kiosk;
    await signInAsFirstAdmin(page, 'Badges');
    await page.getByRole('heading', { name: 'Badges', level: 1 }).waitFor();
    expect(await row(page, lea.learner.id).locator('[data-token]').textContent()).toBe(
      formatTokenForPrint(lea.token),
    );
    const replaced = roster.at(-1)!;
    expect(await row(page, replaced.learner.id).textContent()).toContain(
      '1 ancien badge désactivé',
    );
    // The sheet is in the document only while printing.
    expect(await page.locator('.badge-print').count()).toBe(0);
    await noViolations(page, 'badges section');
  });

  it('reissues a badge with the keyboard alone, in one transaction by the admin', async () => {
    const { page } = kiosk;
    // The search field has the focus when the section opens.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('badges-search');
    await page.keyboard.type('Léa Dubois');
    await expect.poll(() => page.locator('.badge-row').count()).toBe(1);
    await tabTo(page, 'Remplacer le badge');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Remplacer le badge de Léa Dubois\u202f?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(formatTokenForPrint(lea.token));
    await noViolations(page, 'reissue confirmation');
    // Cancel comes first: Tab to the confirmation, then Enter.
    expect(await focusedText(page)).toBe('Annuler');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Remplacer');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => notice(page).textContent()).toContain('Badge de Léa Dubois remplacé');
    fresh.lea = await shownToken(page, lea.learner.id);
    expect(fresh.lea).toMatch(/^[BCDEFGHJKLNPRSTUVXY]{21}$/);
    expect(fresh.lea).not.toBe(lea.token);
    expect(await notice(page).textContent()).toContain(formatTokenForPrint(fresh.lea));
    // The keyboard user is still where they were.
    expect(await focusedText(page)).toBe('Remplacer le badge');
    await noViolations(page, 'after reissue');

    // Same instant, so the ids (UUIDv7) do not order them: the sequence numbers do.
    const events = (await kioskEvents(page))
      .filter((e) => e.type.startsWith('badge-'))
      .sort((a, b) => a.seq - b.seq);
    expect(events).toMatchObject([
      { type: 'badge-revoked', learnerId: lea.learner.id, token: lea.token },
      { type: 'badge-issued', learnerId: lea.learner.id, token: fresh.lea },
    ]);
    expect(events[1]!.seq).toBe(events[0]!.seq + 1);
    for (const event of events) {
      expect((event as unknown as { actor: { kind: string } }).actor.kind).toBe('staff');
    }
  });

  it('revokes a badge after confirmation, then issues a new one', async () => {
    const { page } = kiosk;
    await page.getByLabel('Rechercher un jeune').fill(noah.learner.id);
    await row(page, noah.learner.id).getByRole('button', { name: 'Désactiver le badge' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(formatTokenForPrint(noah.token));
    await noViolations(page, 'revoke confirmation');
    await dialog.getByRole('button', { name: 'Désactiver' }).click();
    await expect.poll(() => notice(page).textContent()).toContain('Badge de Noah');
    expect(await notice(page).textContent()).toContain('désactivé');
    const noahRow = row(page, noah.learner.id);
    expect(await noahRow.textContent()).toContain('Aucun badge actif');
    expect(await noahRow.textContent()).toContain('1 ancien badge désactivé');
    // Its button gone, the focus goes to the row's next action: issuing a new badge.
    await expect.poll(() => focusedText(page)).toBe('Émettre un badge');
    await noViolations(page, 'after revoke');

    await page.keyboard.press('Enter');
    await expect.poll(() => notice(page).textContent()).toContain('Badge émis pour Noah');
    fresh.noah = await shownToken(page, noah.learner.id);
    expect(fresh.noah).not.toBe(noah.token);
    const types = (await kioskEvents(page))
      .filter((e) => e.learnerId === noah.learner.id)
      .sort((a, b) => a.seq - b.seq)
      .map((e) => [e.type, e.token]);
    expect(types).toEqual([
      ['badge-revoked', noah.token],
      ['badge-issued', fresh.noah],
    ]);
  });

  it('names the owner of a scanned card, and finds the card typed into the search, even revoked', async () => {
    const { page } = kiosk;
    const search = page.getByLabel('Rechercher un jeune');
    await search.fill('');
    await search.focus();
    // A scan in staff mode is a scan (recorded, here refused): its notice names the card's owner,
    // and nothing lands in the search field.
    await scanKeys(page, usKeys(lea.token.toLowerCase()));
    const notice = page.locator('[data-testid="scan-notice"][data-outcome="revoked"]');
    expect(await notice.textContent()).toContain('Badge désactivé de Léa Dubois');
    expect(await search.inputValue()).toBe('');
    // The token printed on the card, typed in: its owner.
    await search.fill(formatTokenForPrint(lea.token).toLowerCase());
    await expect.poll(() => page.locator('.badge-row').count()).toBe(1);
    expect(await page.locator('.badge-row').getAttribute('data-learner')).toBe(lea.learner.id);
    expect(await shownToken(page, lea.learner.id)).toBe(fresh.lea);
  });

  it('prints a selection, one card and a whole group through the bridge, then unmounts', async () => {
    const { page } = kiosk;
    // The web bridge prints with window.print(): record what the sheet holds at that moment.
    await page.evaluate(() => {
      const w = window as unknown as { prints: Printed[] };
      w.prints = [];
      window.print = () => {
        const sheet = document.querySelector<HTMLElement>('body > .badge-print');
        const all = (selector: string) =>
          [...document.querySelectorAll(`.badge-print ${selector}`)].map((e) => e.textContent);
        w.prints.push({
          layout: sheet?.className ?? 'none',
          pages: sheet?.dataset.pages ?? '',
          cards: document.querySelectorAll('.badge-print .badge-card').length,
          tokens: all('.badge-card__token') as string[],
          names: all('.badge-card__first') as string[],
        });
      };
    });

    const search = page.getByLabel('Rechercher un jeune');
    await search.fill(lea.learner.id);
    await row(page, lea.learner.id).getByRole('checkbox').check();
    await search.fill(noah.learner.id);
    await row(page, noah.learner.id).getByRole('checkbox').check();
    await page.getByText('Cartes choisies\u202f: 2').waitFor();
    await page.getByRole('button', { name: 'Imprimer les cartes choisies (2)' }).click();
    await expect
      .poll(() => notice(page).textContent())
      .toBe('Cartes envoyées à l’impression\u202f: 2.');
    expect(await prints(page)).toEqual([
      {
        layout: 'badge-print badge-print--a4',
        pages: '1',
        cards: 2,
        // Name order: Dubois before Leroy.
        tokens: [formatTokenForPrint(fresh.lea!), formatTokenForPrint(fresh.noah!)],
        names: ['Léa', 'Noah'],
      },
    ]);
    expect(await page.locator('.badge-print').count()).toBe(0);

    // One card on the card printer, chosen and printed with the keyboard alone.
    await page.getByLabel('Imprimante à cartes\u202f: une carte par page').focus();
    await page.keyboard.press('Space');
    expect(await page.getByLabel('Imprimante à cartes\u202f: une carte par page').isChecked()).toBe(
      true,
    );
    await search.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(lea.learner.id);
    // Noah's row alone was already on screen: wait for Léa's, not merely for one row.
    await row(page, lea.learner.id).waitFor();
    await expect.poll(() => page.locator('.badge-row').count()).toBe(1);
    await tabTo(page, 'Imprimer la carte');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await prints(page)).length).toBe(2);
    expect((await prints(page))[1]).toEqual({
      layout: 'badge-print badge-print--card',
      pages: '1',
      cards: 1,
      tokens: [formatTokenForPrint(fresh.lea!)],
      names: ['Léa'],
    });
    await expect.poll(() => page.locator('.badge-print').count()).toBe(0);

    await page.getByLabel('Feuilles A4\u202f: 10 cartes par page, avec traits de coupe').check();
    await search.fill('');
    await page.getByLabel('Groupe', { exact: true }).selectOption('animation');
    const group = roster
      .filter((d) => d.learner.status === 'active' && d.learner.groups.includes('animation'))
      .map((d) => ({ ...d.learner, token: d === lea ? fresh.lea! : d.token }))
      .sort(
        (a, b) =>
          a.lastName.localeCompare(b.lastName, 'fr') ||
          a.firstName.localeCompare(b.firstName, 'fr'),
      );
    expect(group.length).toBeGreaterThan(2);
    expect(await page.locator('.badge-row').count()).toBe(group.length);
    await noViolations(page, 'group filter');
    await page
      .getByRole('button', {
        name: `Imprimer tout le groupe «\u202fanimation\u202f» (${group.length})`,
      })
      .click();
    await expect.poll(async () => (await prints(page)).length).toBe(3);
    expect((await prints(page))[2]).toEqual({
      layout: 'badge-print badge-print--a4',
      pages: '1',
      cards: group.length,
      tokens: group.map((l) => formatTokenForPrint(l.token)),
      names: group.map((l) => l.firstName),
    });
    await expect.poll(() => page.locator('.badge-print').count()).toBe(0);
    expect(await notice(page).textContent()).toBe(
      `Cartes envoyées à l’impression\u202f: ${group.length}.`,
    );
    await noViolations(page, 'after printing');
  });

  it('keeps the sheet until afterprint on a host whose print() returns at once', async () => {
    const { page } = kiosk;
    await page.evaluate(() => {
      const w = window as unknown as { laterCards: number };
      w.laterCards = -1;
      window.print = () => {
        window.dispatchEvent(new Event('beforeprint'));
        setTimeout(() => {
          w.laterCards = document.querySelectorAll('.badge-print .badge-card').length;
          window.dispatchEvent(new Event('afterprint'));
        }, 300);
      };
    });
    await page.getByLabel('Rechercher un jeune').fill(lea.learner.id);
    await row(page, lea.learner.id).getByRole('button', { name: 'Imprimer la carte' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { laterCards: number }).laterCards))
      .toBe(1);
    await expect.poll(() => page.locator('.badge-print').count()).toBe(0);
  });

  it('says so when printing fails, and still takes the sheet away', async () => {
    const { page } = kiosk;
    await page.evaluate(() => {
      window.print = () => {
        throw new Error('printer unplugged (test)');
      };
    });
    await page.getByLabel('Rechercher un jeune').fill(lea.learner.id);
    await row(page, lea.learner.id).getByRole('button', { name: 'Imprimer la carte' }).click();
    await expect
      .poll(async () => (await page.getByRole('alert').allTextContents()).join(' '))
      .toContain('L’impression n’a pas pu se faire');
    expect(await page.locator('.badge-print').count()).toBe(0);
    await noViolations(page, 'print failure');
  });

  it('refuses the old cards at the scanner with the revoked message and greets the new ones', async () => {
    const { page } = kiosk;
    await lock(page);
    const expectations: [string, string, string][] = [
      [lea.token, 'revoked', 'Badge désactivé'],
      [fresh.lea!, 'welcome', 'Bonjour Léa\u202f!'],
      [noah.token, 'revoked', 'Badge désactivé'],
      [fresh.noah!, 'welcome', 'Bonjour Noah\u202f!'],
    ];
    for (const [token, outcome, title] of expectations) {
      const before = await currentSerial(page);
      await scanKeys(page, usKeys(token));
      expect(await nextResult(page, before)).toMatchObject({ outcome, title });
    }
  });
});
