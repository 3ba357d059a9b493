// Admin work never blocks the kiosks: parsing a roster, planning an import and building an
// export run in a worker thread, never on the thread that answers pushes and /health. The kiosk's
// own functions are watched on this thread (the worker loads its own copies): they must not run
// here while the API does the work, and the results must be the kiosk's.
import { expect, it, vi } from 'vitest';
import * as csv from '../../shared/csv';
import * as exportTables from '../../shared/export';
import * as rosterImport from '../../shared/roster-import';
import * as xlsx from '../../shared/xlsx';
import { exportLabels, exportSheetName } from '../../shared/export-labels';
import { adminAuth, forEachBackend } from './harness';
import { HISTORY_LEARNERS, HISTORY_RANGE, HISTORY_STAFF, seedHistory } from './support/history';

vi.mock('../../shared/csv', async (original) => spied(await original()));
vi.mock('../../shared/roster-import', async (original) => spied(await original()));
vi.mock('../../shared/export', async (original) => spied(await original()));
vi.mock('../../shared/xlsx', async (original) => spied(await original()));

/** A module whose functions are spies calling the real ones. */
function spied<M extends object>(module: M): M {
  return Object.fromEntries(
    Object.entries(module).map(([name, value]) => [
      name,
      typeof value === 'function' ? vi.fn(value as (...args: unknown[]) => unknown) : value,
    ]),
  ) as M;
}

/** The kiosk's CPU-heavy functions: parsing, planning, building and encoding. */
const HEAVY = (
  [
    [csv, ['parseCsv', 'toCsv']],
    [rosterImport, ['rosterInputFromCsv', 'planRosterImport']],
    [exportTables, ['buildExport', 'eventLogStream', 'presenceStream', 'learnerTable']],
    [xlsx, ['encodeXlsx', 'xlsxStream']],
  ] as [Record<string, unknown>, string[]][]
).flatMap(([module, names]) =>
  names
    .filter((name) => Object.keys(module).includes(name))
    .map((name) => vi.mocked(module[name] as () => unknown)),
);

const roster = (n: number) =>
  'Identifiant;Prénom;Nom;Groupes\r\n' +
  Array.from({ length: n }, (_, i) => `B${i};Prénom ${i};Nom ${i};atelier ${i % 3}`).join('\r\n');

forEachBackend('admin work off the request thread', (ctx) => {
  it('parses and plans a roster import elsewhere, with the kiosk’s plan', async () => {
    for (const fn of HEAVY) fn.mockClear();
    const post = (dryRun: boolean) =>
      ctx.app.inject({
        method: 'POST',
        url: `/v1/admin/roster?issueBadges=true&dryRun=${dryRun}`,
        headers: { ...adminAuth, 'content-type': 'text/csv' },
        payload: roster(2_000),
      });
    const preview = await post(true);
    const done = await post(false);
    for (const fn of HEAVY) expect(fn, fn.getMockName()).not.toHaveBeenCalled();
    expect(preview.json()).toMatchObject({ ok: true, counts: { added: 2_000 }, written: 0 });
    expect(done.json()).toMatchObject({ ok: true, written: 4_000, badgesIssued: 2_000 });
  });

  it('builds every export elsewhere, and sends the kiosk’s file', async () => {
    const events = await seedHistory(ctx.app, 120);
    for (const fn of HEAVY) fn.mockClear();
    const files = [];
    for (const kind of ['events', 'summary', 'matrix'] as const) {
      for (const format of ['csv-semicolon', 'xlsx'] as const) {
        const res = await ctx.app.inject({
          method: 'GET',
          url: `/v1/admin/export?kind=${kind}&format=${format}&from=${HISTORY_RANGE.from}&to=${HISTORY_RANGE.to}`,
          headers: adminAuth,
        });
        expect(res.statusCode).toBe(200);
        files.push({ kind, format, bytes: res.rawPayload });
      }
    }
    for (const fn of HEAVY) expect(fn, fn.getMockName()).not.toHaveBeenCalled();
    const input = {
      events,
      learners: HISTORY_LEARNERS,
      staffNames: HISTORY_STAFF,
      range: HISTORY_RANGE,
    };
    for (const { kind, format, bytes } of files) {
      const table = exportTables.buildExport(kind, input, exportLabels('fr'), {
        decimal: format === 'xlsx' ? '.' : ',',
      });
      const expected =
        format === 'xlsx'
          ? await xlsx.encodeXlsx(table, exportSheetName(kind, 'fr'))
          : new TextEncoder().encode(csv.toCsv(table.rows));
      expect(bytes.equals(Buffer.from(expected)), `${kind} ${format}`).toBe(true);
    }
  });
});
