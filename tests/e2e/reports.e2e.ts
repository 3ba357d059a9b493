// Reports in the built renderer: the empty state on a fresh kiosk, then a synthetic past seeded
// through the demo hook, and the three charts checked against shared/reports computed here on
// the very events IndexedDB holds. axe-core on each state, and the keyboard alone.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildReport } from '../../shared/reports';
import { brusselsDay, dayBounds } from '../../shared/time';
import type { AttendanceEvent } from '../../shared/types';
import { focusedText, tabTo } from './support/keyboard';
import { openKiosk, seriousViolations, type Kiosk } from './support/kiosk';
import { signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
const OUT = resolve('tests/.artifacts/reports');
// Sparse enough (about ten visits per learner over ten weeks) that some learners drop away.
const HISTORY = { learners: 300, events: 3000, days: 70 };

/** The stored attendance events and the learners' statuses, straight from IndexedDB. */
async function stored(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ events: AttendanceEvent[]; statuses: Record<string, string> }>((done, fail) => {
        const open = indexedDB.open('accueil');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['events', 'archive', 'learners'], 'readonly');
          const events = tx.objectStore('events').getAll();
          // Past attendance received from elsewhere is packed by day (renderer/db/attendance.ts).
          const packed = tx.objectStore('archive').getAll();
          const learners = tx.objectStore('learners').getAll();
          tx.oncomplete = () => {
            open.result.close();
            const kinds = ['check-in', 'check-out', 'void', 'unknown-badge'];
            const rows = (events.result as AttendanceEvent[]).filter((e) => kinds.includes(e.type));
            const blocks = packed.result as { events: AttendanceEvent[] }[];
            done({
              events: [...rows, ...blocks.flatMap((b) => b.events)],
              statuses: Object.fromEntries(
                (learners.result as { id: string; status: string }[]).map((l) => [l.id, l.status]),
              ),
            });
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
}

describe('reports', () => {
  let kiosk: Kiosk;
  beforeAll(async () => {
    await mkdir(OUT, { recursive: true });
    kiosk = await openKiosk(baseUrl);
  });
  afterAll(() => kiosk.close());

  it('says plainly that there is no history yet on a fresh kiosk', async () => {
    const { page } = kiosk;
    await signInAsFirstAdmin(page, 'Rapports');
    await page.getByRole('heading', { name: 'Rapports de fréquentation' }).waitFor();
    await page.getByTestId('reports-empty').waitFor();
    expect(await page.getByTestId('reports-empty').textContent()).toContain(
      'Pas encore d’historique',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('section.reports').screenshot({ path: `${OUT}/empty.png` });
  });

  it('reports visible: the charts show what shared/reports computes from the stored events', async () => {
    const { page } = kiosk;
    await page.evaluate((spec) => window.accueilDemo!.seedSyntheticHistory(spec), HISTORY);
    await page.getByRole('button', { name: 'Actualiser' }).click();
    await page.getByTestId('daily-chart').waitFor({ timeout: 30_000 });

    const section = page.locator('section.reports');
    const today = (await section.getAttribute('data-last')) ?? '';
    const { events, statuses } = await stored(page);
    const expected = buildReport(events, { today });
    expect(await section.getAttribute('data-first')).toBe(expected.first);

    // One bar per open day in the 8 weeks: the history covers 70 days, so all 55 before today.
    const bars = await page.$$eval('[data-testid="daily-chart"] [data-day]', (nodes) =>
      nodes.map((n) => ({
        day: (n as SVGElement).dataset.day,
        present: Number((n as SVGElement).dataset.count),
      })),
    );
    expect(bars).toEqual(expected.days);
    expect(bars.length).toBe(55);

    const cells = await page.$$eval('[data-testid="arrivals-heatmap"] .heat__cell', (nodes) =>
      nodes.map((n) => {
        const d = (n as SVGElement).dataset;
        return [Number(d.weekday), Number(d.hour), Number(d.count)] as const;
      }),
    );
    const drawn = cells.filter(([, , count]) => count > 0);
    const computed = expected.arrivals.flatMap((row, w) =>
      row.flatMap((count, h) => (count > 0 ? [[w, h, count] as const] : [])),
    );
    expect(drawn).toEqual(computed);
    // Every weekday opened; columns run from the first to the last hour with an arrival.
    const hours = computed.map(([, h]) => h);
    expect(cells.length).toBe(7 * (Math.max(...hours) - Math.min(...hours) + 1));

    const rows = await page.$$eval('[data-testid="dropped-table"] tbody tr', (nodes) =>
      nodes.map((n) => (n as HTMLElement).dataset.learner),
    );
    const dropped = expected.dropped
      .filter((d) => statuses[d.learnerId] !== 'archived')
      .map((d) => d.learnerId);
    expect(dropped.length).toBeGreaterThan(0);
    expect(rows).toEqual(dropped.slice(0, 100));

    for (const name of ['Présents par jour d’ouverture', 'Arrivées par jour de la semaine']) {
      expect(await page.getByRole('heading', { name }).isVisible()).toBe(true);
    }
    const label = await page.getByTestId('daily-chart').getAttribute('aria-label');
    expect(label).toMatch(/^Diagramme en barres\u202f: 55 jours d’ouverture/);
    expect(await seriousViolations(page)).toEqual([]);

    // A tall viewport so the whole section fits in one picture, for a human look.
    await page.setViewportSize({ width: 1280, height: 2600 });
    await section.screenshot({ path: `${OUT}/reports.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('works with the keyboard alone: refresh, then open the data tables', async () => {
    const { page } = kiosk;
    await page.getByRole('navigation').getByRole('button', { name: 'Rapports' }).focus();
    await page.keyboard.press('Enter');
    await tabTo(page, 'Actualiser', 20);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringMatching(/^Rapports mis à jour à \d\d:\d\d\.$/));
    expect(await focusedText(page)).toBe('Actualiser');

    await tabTo(page, 'Voir les données en tableau', 20);
    expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    await page.keyboard.press('Enter');
    const dailyTable = page.locator('.report-data').first().locator('table');
    await dailyTable.waitFor();
    expect(await dailyTable.locator('tbody tr').count()).toBe(55);

    await tabTo(page, 'Voir les données en tableau', 20); // the heat map's table
    await page.keyboard.press(' ');
    await page.locator('.report-data').nth(1).locator('table').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .locator('.report-card')
      .nth(1)
      .screenshot({ path: `${OUT}/heatmap-table.png` });
  });

  it('a shorter retention period deletes the older history on this kiosk, soon after saving', async () => {
    const { page } = kiosk;
    const before = await stored(page);
    const today = brusselsDay(Date.now());
    const firstKept = brusselsDay(dayBounds(today).start - 30 * 86_400_000 + 43_200_000);
    const old = (events: AttendanceEvent[]) => events.filter((e) => brusselsDay(e.at) < firstKept);
    expect(old(before.events).length).toBeGreaterThan(100);

    await page
      .getByRole('navigation')
      .getByRole('button', { name: 'Réglages et personnel' })
      .click();
    await page.getByLabel('Conservation des présences sur ce poste (jours, 30 à 3650)').fill('30');
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    // Housekeeping runs 10 s after the period changes (renderer/app/useHousekeeping.ts).
    await expect
      .poll(async () => old((await stored(page)).events).length, { timeout: 30_000 })
      .toBe(0);
    const after = (await stored(page)).events;
    expect(after.length).toBe(before.events.length - old(before.events).length);

    await page.getByRole('navigation').getByRole('button', { name: 'Rapports' }).click();
    await page.getByRole('button', { name: 'Actualiser' }).click();
    await expect
      .poll(async () => (await page.$$('[data-testid="daily-chart"] [data-day]')).length, {
        timeout: 15_000,
      })
      .toBeLessThan(55);
  }, 90_000);
});
