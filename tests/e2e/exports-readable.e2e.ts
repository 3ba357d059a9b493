// Exports an admin can sort and read (issue 11): range presets that set the two dates, XLSX dates
// and times as date and time cells, the kiosk's name in the "Poste" column, and a summary and a
// matrix limited to one group listing every learner of it. Expected days are worked out here
// from Intl in Europe/Brussels, with calendar arithmetic of this file's own.
import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../../shared/csv';
import { demoLearners } from '../../shared/demo-roster';
import { brusselsDate, brusselsTime, exportFile, isoDay } from './support/exports';
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
import { signInAsFirstAdmin } from './support/staff';

const baseUrl = inject('baseUrl');
const roster = demoLearners();
const [lea, noah] = roster as [(typeof roster)[number], (typeof roster)[number]];
const ACTIVE = roster.filter((d) => d.learner.status === 'active').map((d) => d.learner);
const KIOSK_NAME = 'Accueil (navigateur)';
const XLSX = 'Classeur Excel (XLSX)';
const CSV = 'CSV séparé par «\u202f;\u202f» (Excel en Belgique)';

const DAY = 86_400_000;
const iso = (utc: number) => new Date(utc).toISOString().slice(0, 10);

/** What each preset button should set, on the Brussels day `today`. */
function expectedRanges(today: string): Record<string, { from: string; to: string }> {
  const t = Date.parse(today);
  const d = new Date(t);
  const [y, m] = [d.getUTCFullYear(), d.getUTCMonth()];
  const monday = t - ((d.getUTCDay() + 6) % 7) * DAY;
  const school = m >= 8 ? y : y - 1;
  return {
    'Aujourd’hui': { from: today, to: today },
    'Cette semaine': { from: iso(monday), to: iso(monday + 6 * DAY) },
    'La semaine dernière': { from: iso(monday - 7 * DAY), to: iso(monday - DAY) },
    'Ce mois-ci': { from: iso(Date.UTC(y, m, 1)), to: iso(Date.UTC(y, m + 1, 0)) },
    'Le mois dernier': { from: iso(Date.UTC(y, m - 1, 1)), to: iso(Date.UTC(y, m, 0)) },
    'Année scolaire (septembre à juin)': { from: `${school}-09-01`, to: `${school + 1}-06-30` },
  };
}

const dates = async (page: Page) => ({
  from: isoDay(await page.getByLabel('Du', { exact: true }).inputValue()),
  to: isoDay(await page.getByLabel('Au', { exact: true }).inputValue()),
});

async function pressed(page: Page): Promise<string[]> {
  const presets = page.getByRole('group', { name: 'Périodes courantes' }).getByRole('button');
  const names: string[] = [];
  for (const button of await presets.all()) {
    if ((await button.getAttribute('aria-pressed')) === 'true')
      names.push((await button.textContent()) ?? '');
  }
  return names;
}

describe('exports an admin can sort and read', () => {
  let kiosk: Kiosk;

  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl);
    const { page } = kiosk;
    for (const learner of [lea, noah]) {
      const before = await currentSerial(page);
      await scanKeys(page, usKeys(learner.token));
      expect((await nextResult(page, before))?.outcome).toBe('welcome');
    }
    await signInAsFirstAdmin(page, 'Exports');
    await page.getByRole('heading', { name: 'Exports des présences' }).waitFor();
  });
  afterAll(() => kiosk.close());

  it('sets both dates from a preset, and shows which preset the dates are', async () => {
    const { page } = kiosk;
    const today = brusselsDate.format(Date.now());
    const ranges = expectedRanges(today);
    expect(await pressed(page)).toEqual(['Ce mois-ci']);
    expect(await dates(page)).toEqual(ranges['Ce mois-ci']);
    for (const [name, range] of Object.entries(ranges)) {
      await page.getByRole('button', { name, exact: true }).click();
      await expect.poll(() => dates(page), { message: name }).toEqual(range);
      // Today's week or month may be the same days as another preset: at least this one.
      expect(await pressed(page), name).toContain(name);
    }
    await noViolations(page, 'exports with presets');
    // Dates typed by hand that are no preset: none is pressed.
    await page.getByLabel('Du', { exact: true }).fill('02/01/2020');
    await expect.poll(() => pressed(page)).toEqual([]);
  });

  it('writes today’s log as XLSX with date and time cells and the kiosk’s name', async () => {
    const { page } = kiosk;
    await page.getByRole('button', { name: 'Aujourd’hui', exact: true }).click();
    const today = brusselsDate.format(Date.now());
    const file = await exportFile(page, 'Journal des passages', XLSX);
    expect(file.name).toBe(`accueil-journal-${today}_${today}.xlsx`);
    const [header, ...rows] = await readSheet(file.bytes, { trim: false });
    expect([header![0], header![1], header![10]]).toEqual(['Date', 'Heure', 'Poste']);
    const events = (await kioskEvents(page)).filter((e) => e.type === 'check-in');
    expect(rows).toHaveLength(events.length);
    rows.forEach((row, i) => {
      const at = events[i]!.at;
      expect(row[0]).toEqual(new Date(`${brusselsDate.format(at)}T00:00:00Z`));
      expect(row[1]).toEqual(new Date(`1899-12-30T${brusselsTime.format(at)}Z`));
      expect(row[10]).toBe(KIOSK_NAME);
    });
    // CSV keeps text.
    const csv = await exportFile(page, 'Journal des passages', CSV);
    const [, first] = parseCsv(csv.bytes.toString('utf8')).records.map((r) => r.cells);
    expect(first!.slice(0, 2)).toEqual([
      brusselsDate.format(events[0]!.at),
      brusselsTime.format(events[0]!.at),
    ]);
    expect(first![10]).toBe(KIOSK_NAME);
  });

  it('limits the summary and the matrix to one group and lists every learner of it', async () => {
    const { page } = kiosk;
    const group = noah.learner.groups[0]!;
    const members = ACTIVE.filter((l) => l.groups.includes(group)).map((l) => l.id);
    expect(members.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Cette semaine', exact: true }).click();
    await page.getByLabel('Groupe', { exact: true }).selectOption(group);
    const summary = await exportFile(page, 'Synthèse par jeune', CSV);
    const rows = parseCsv(summary.bytes.toString('utf8')).records.slice(1);
    expect(rows.map((r) => r.cells[0]).sort()).toEqual([...members].sort());
    expect(rows.find((r) => r.cells[0] === noah.learner.id)!.cells[4]).toBe('1');
    const matrix = await exportFile(page, 'Présences par jour', XLSX);
    const sheet = await readSheet(matrix.bytes, { trim: false });
    expect(sheet[0]!.slice(4)).toEqual([brusselsDate.format(Date.now())]);
    expect(
      sheet
        .slice(1)
        .map((r) => r[0] as string)
        .sort(),
    ).toEqual([...members].sort());
    const present = sheet.filter((r) => r[4] === 1).map((r) => r[0]);
    expect(present).toEqual([noah.learner.id]);
  });
});
