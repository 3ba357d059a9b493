// Admin work never blocks the kiosks: parsing a roster, planning an import and building an
// export run in a worker thread, never on the thread that answers pushes and /health. The kiosk's
// own functions are watched on this thread (the worker loads its own copies): they must not run
// here while the API does the work, and the results must be the kiosk's. An import is written in
// short transactions, since each holds the insert lock every push needs.
import { expect, it, vi } from 'vitest';
import * as csv from '../../shared/csv';
import * as exportTables from '../../shared/export';
import * as rosterImport from '../../shared/roster-import';
import * as xlsx from '../../shared/xlsx';
import { exportLabels, exportSheetName } from '../../shared/export-labels';
import type { Database } from '../../server/db';
import { CHUNK_EVENTS } from '../../server/jobs/roster-job';
import { foldRoster } from '../../server/jobs/roster-fold';
import type { KioskEvent } from '../../shared/types';
import { adminAuth, enrolKiosk, forEachBackend, learnerUpserted, pushReq } from './harness';
import { HISTORY_LEARNERS, HISTORY_RANGE, HISTORY_STAFF, seedHistory } from './support/history';
import { sameFile } from './support/unzip';

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

  it('writes a large import in short transactions, which pushes can go between', async () => {
    const inserts: number[] = [];
    // Before each chunk the import looks for other origins' roster changes: the events it
    // looks through (after the point it checks from) must not grow with what it has written.
    const looked: number[] = [];
    const app = await ctx.makeApp({
      db: {
        ...ctx.db,
        transaction: (fn) =>
          ctx.db.transaction((tx) =>
            fn({
              ...tx,
              query: (async (sql: string, params?: unknown[]) => {
                const result = await tx.query(sql, params);
                if (/^\s*INSERT INTO events/.test(sql)) inserts.push(result.rowCount);
                if (/kiosk_id <> \$2 LIMIT 1/.test(sql)) {
                  const after = await tx.query<{ n: number }>(
                    `SELECT count(*)::integer AS n FROM events WHERE server_seq > $1`,
                    [params![0]],
                  );
                  looked.push(after.rows[0]!.n);
                }
                return result;
              }) as typeof tx.query,
            }),
          ),
      } as Database,
    });
    const res = await app.inject({
      method: 'POST',
      url: '/v1/admin/roster?issueBadges=true',
      headers: { ...adminAuth, 'content-type': 'text/csv' },
      payload: roster(5_000),
    });
    expect(res.json()).toMatchObject({ ok: true, written: 10_000, badgesIssued: 5_000 });
    expect(inserts.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(Math.max(...inserts)).toBeLessThanOrEqual(CHUNK_EVENTS);
    expect(looked.length).toBe(inserts.length);
    expect(Math.max(...looked)).toBeLessThanOrEqual(CHUNK_EVENTS);
  });

  it('plans the rest again when the roster changed between two of its chunks', async () => {
    const token = await enrolKiosk(ctx.app, 'K1');
    let chunks = 0;
    const app = await ctx.makeApp({
      db: {
        ...ctx.db,
        transaction: async (fn) => {
          let chunk = false;
          const result = await ctx.db.transaction((tx) =>
            fn({
              ...tx,
              query: (async (sql: string, params?: unknown[]) => {
                const out = await tx.query(sql, params);
                chunk ||= /^\s*INSERT INTO events/.test(sql) && out.rowCount === CHUNK_EVENTS;
                return out;
              }) as typeof tx.query,
            }),
          );
          // Once the first chunk is in, a kiosk changes a learner the second chunk holds.
          if (chunk && ++chunks === 1) {
            const edited = { ...learnerUpserted('K1', 1, 'B1499'), at: ctx.clock.now - 3_600_000 };
            expect((await pushReq(ctx.app, token, [edited])).json()).toMatchObject({ acked: 1 });
          }
          return result;
        },
      } as Database,
    });
    const res = await app.inject({
      method: 'POST',
      url: '/v1/admin/roster',
      headers: { ...adminAuth, 'content-type': 'text/csv' },
      payload: roster(1_500),
    });
    expect(res.statusCode).toBe(200);
    // The second plan: the learners after the first chunk to add, B1499 to set back to the
    // file's.
    expect(res.json()).toMatchObject({
      written: 1_500,
      counts: { added: 1_500 - CHUNK_EVENTS - 1, updated: 1 },
    });
    const stored = await ctx.db.query<{ body: string }>(`SELECT body FROM events`);
    const { learners } = foldRoster(stored.rows.map((row) => JSON.parse(row.body) as KioskEvent));
    expect(learners.size).toBe(1_500);
    expect(learners.get('B1499')).toMatchObject({ firstName: 'Prénom 1499', lastName: 'Nom 1499' });
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
      expect(sameFile(bytes, expected), `${kind} ${format}`).toBe(true);
    }
  });
});
