// Staff and admin figures on the seeded profiles (10,000 learners, 1,000,000 events), each against
// its issue-3 target: reception search per keystroke, roll call, export of 200,000 events (history
// received by sync; and the kiosk's own, its last week one row an event), roster import
// of 10,000 learners. Every figure is measured in the page by the screen itself (from the
// input event's time stamp to the frame that shows the result), so no driver round trip counts.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { syntheticLearners } from '../../renderer/demo/seed';
import { bigCsv } from '../fixtures/roster/files';
import { openKiosk } from '../e2e/support/kiosk';
import { fillBuilding } from '../e2e/support/building';
import { copyProfile, measured, measures, rangeHolding, signIn } from './admin-support';
import { ensureSeededProfile, LEARNERS, profileDir } from './profile';
import { quantile, summarise } from './stats';

const baseUrl = inject('baseUrl');
const profile = profileDir(baseUrl);

/** Issue 3's targets, in ms. */
const TARGET = { searchMs: 50, rollCallMs: 100, exportMs: 2_000, importMs: 3_000 };
/**
 * A busy session: at least as many learners in the building as the kiosk benchmark scans (more
 * when it ran earlier today on the shared profile: its scans are there too).
 */
const IN_BUILDING = 300;
const SEARCH_ROUNDS = 4;
const ROLL_CALLS = 15;
const EXPORTS = 3;
const IMPORTS = 3;
const EXPORT_EVENTS = 200_000;

const search = (page: Page) => page.getByLabel('Rechercher un jeune (prénom, nom ou numéro)');

/** Sets the reception search as one input event; the screen measures until redrawn. */
async function typeSearch(page: Page, value: string): Promise<void> {
  const before = (await measures(page, 'accueil:search')).length;
  await search(page).fill(value);
  await measured(page, 'accueil:search', before);
}

async function exportOnce(page: Page, format: string): Promise<{ ms: number; events: number }> {
  const before = (await measures(page, 'accueil:export')).length;
  await page.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Exporter' }).click(),
  ]);
  await download.delete();
  await measured(page, 'accueil:export', before);
  return page.evaluate((i) => {
    const entry = performance.getEntriesByName('accueil:export')[i] as PerformanceMeasure;
    return { ms: entry.duration, events: (entry.detail as { events: number }).events };
  }, before);
}

describe('admin benchmark', () => {
  it('meets the issue-3 targets for search, roll call, export and import', async () => {
    await ensureSeededProfile(baseUrl);
    const copy = await copyProfile(profile);
    const kiosk = await openKiosk(baseUrl, { userDataDir: copy });
    const { page } = kiosk;
    const ids = syntheticLearners(LEARNERS)
      .slice(0, IN_BUILDING)
      .map((d) => d.learner.id);
    await fillBuilding(page, ids);
    await signIn(page);
    const inTab = page.getByRole('button', { name: /^Dans le bâtiment \(\d+\)$/ });
    const inside = Number((await inTab.textContent())!.match(/\d+/)![0]);
    expect(inside).toBeGreaterThanOrEqual(IN_BUILDING);

    // Reception search: every prefix of a few names, as typed, then back to the full tab list.
    for (let round = 0; round < SEARCH_ROUNDS; round++) {
      for (const word of ['prénom12', 'nom 45', 'S0042', 'léa dub', 'zz']) {
        for (let i = 1; i <= word.length; i++) await typeSearch(page, word.slice(0, i));
        await typeSearch(page, '');
      }
    }
    const searchMs = await measures(page, 'accueil:search');

    // Roll call: from the click to the list of IN_BUILDING learners painted.
    for (let i = 0; i < ROLL_CALLS; i++) {
      const before = (await measures(page, 'accueil:roll-call')).length;
      await page.getByRole('button', { name: 'Appel d’évacuation' }).click();
      await page.getByRole('heading', { name: `Dans le bâtiment\u202f: ${inside}` }).waitFor();
      await measured(page, 'accueil:roll-call', before);
      await page.getByRole('button', { name: 'Fermer' }).click();
    }
    const rollCallMs = await measures(page, 'accueil:roll-call');

    // Export: the event log of the most recent days that hold 200,000 events, as the admin
    // clicks it (CSV ';' is the default), then as XLSX.
    const range = await rangeHolding(page, EXPORT_EVENTS);
    await page.getByRole('navigation').getByRole('button', { name: 'Exports' }).click();
    await page.getByLabel('Du', { exact: true }).fill(range.from);
    await page.getByLabel('Au', { exact: true }).fill(range.to);
    const csv: number[] = [];
    const xlsx: number[] = [];
    let exported = 0;
    for (let i = 0; i < EXPORTS; i++) {
      const a = await exportOnce(page, 'CSV séparé par «\u202f;\u202f» (Excel en Belgique)');
      const b = await exportOnce(page, 'Classeur Excel (XLSX)');
      csv.push(a.ms);
      xlsx.push(b.ms);
      exported = a.events;
    }

    // Roster import: 10,000 new learners (fresh ids each time), file chosen → preview painted,
    // then "Import" → summary painted.
    const dir = await mkdtemp(join(tmpdir(), 'accueil-bench-import-'));
    await page.getByRole('navigation').getByRole('button', { name: 'Jeunes' }).click();
    const importMs: { preview: number; commit: number; total: number }[] = [];
    for (let i = 0; i < IMPORTS; i++) {
      const file = join(dir, `roster-${i}.csv`);
      await writeFile(file, bigCsv(10_000, `R${i}${Date.now().toString(36).toUpperCase()}`));
      const before = (await measures(page, 'accueil:import-commit')).length;
      await page.getByRole('heading', { name: 'Jeunes inscrits' }).waitFor({ timeout: 60_000 });
      await page.getByLabel('Importer un fichier (CSV ou Excel .xlsx)').setInputFiles(file);
      await page.getByRole('heading', { name: /Aperçu de l’import/ }).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: /^Importer \(10000/ }).click();
      await page.getByRole('heading', { name: 'Import terminé' }).waitFor({ timeout: 120_000 });
      await measured(page, 'accueil:import-commit', before);
      const preview = (await measures(page, 'accueil:import-preview'))[i]!;
      const commit = (await measures(page, 'accueil:import-commit'))[i]!;
      importMs.push({ preview, commit, total: preview + commit });
      await page.getByRole('button', { name: 'Retour à la liste' }).click();
    }
    await kiosk.close();
    await rm(copy, { recursive: true, force: true });

    // The same export where the history is the kiosk's own (the 'own' profile: its last week
    // rows, the rest packed by housekeeping), not received by sync.
    await ensureSeededProfile(baseUrl, 'own');
    const ownCopy = await copyProfile(profileDir(baseUrl, 'own'));
    const own = await openKiosk(baseUrl, { userDataDir: ownCopy });
    await signIn(own.page);
    const ownRange = await rangeHolding(own.page, EXPORT_EVENTS);
    await own.page.getByRole('navigation').getByRole('button', { name: 'Exports' }).click();
    await own.page.getByLabel('Du', { exact: true }).fill(ownRange.from);
    await own.page.getByLabel('Au', { exact: true }).fill(ownRange.to);
    const ownCsv: number[] = [];
    for (let i = 0; i < EXPORTS; i++) {
      ownCsv.push(
        (await exportOnce(own.page, 'CSV séparé par «\u202f;\u202f» (Excel en Belgique)')).ms,
      );
    }
    await own.close();
    await rm(ownCopy, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });

    const sortedSearch = [...searchMs].sort((a, b) => a - b);
    const table = {
      'reception search, keystroke → list painted (ms)': summarise(searchMs),
      'roll call, click → list painted (ms)': summarise(rollCallMs),
      [`export ${exported} events, CSV ;, click → bytes (ms)`]: summarise(csv),
      [`export ${exported} events, XLSX, click → bytes (ms)`]: summarise(xlsx),
      [`export ${ownRange.events} of the kiosk's own events, CSV ; (ms)`]: summarise(ownCsv),
      'import 10,000 learners: file → preview painted (ms)': summarise(
        importMs.map((m) => m.preview),
      ),
      'import 10,000 learners: Import → summary painted (ms)': summarise(
        importMs.map((m) => m.commit),
      ),
      'import 10,000 learners: total (ms)': summarise(importMs.map((m) => m.total)),
    };
    console.table(table);
    const previous = existsSync('bench-results/kiosk.json')
      ? JSON.parse(await readFile('bench-results/kiosk.json', 'utf8'))
      : {};
    await writeFile(
      'bench-results/admin.json',
      JSON.stringify(
        {
          ...table,
          searchP95Ms: quantile(sortedSearch, 0.95),
          rollCallLearners: inside,
          exportRange: range,
          targets: TARGET,
          seededWith: previous.events,
          date: new Date().toISOString(),
        },
        null,
        2,
      ),
    );

    // The targets. Medians over repetitions (the machine is shared and noisy); the search at its
    // p99 over every keystroke, which is what a person typing feels. The export target is for
    // the file the admin gets by default (CSV ';'); XLSX, compressed on this thread, is reported.
    expect(searchMs.length).toBeGreaterThan(100);
    expect(exported).toBeGreaterThanOrEqual(EXPORT_EVENTS);
    expect
      .soft(quantile(sortedSearch, 0.99), 'search p99 (ms)')
      .toBeLessThanOrEqual(TARGET.searchMs);
    expect
      .soft(summarise(rollCallMs).p50, 'roll call p50 (ms)')
      .toBeLessThanOrEqual(TARGET.rollCallMs);
    expect.soft(summarise(csv).p50, 'export CSV p50 (ms)').toBeLessThanOrEqual(TARGET.exportMs);
    expect
      .soft(summarise(ownCsv).p50, 'export of own history, CSV p50 (ms)')
      .toBeLessThanOrEqual(TARGET.exportMs);
    expect
      .soft(summarise(importMs.map((m) => m.total)).p50, 'import total p50 (ms)')
      .toBeLessThanOrEqual(TARGET.importMs);
  });
});
