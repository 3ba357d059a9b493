// One export from the database to the bridge, on fake-indexeddb: read by the `day` index only
// (never a full scan of the log), progress that only moves forward, the file saved as asked.
import { readSheet } from 'read-excel-file/node';
import { afterEach, describe, expect, it } from 'vitest';
import { exportFileName } from '../../../shared/export-labels';
import {
  readAttendance,
  runExport,
  type ExportProgress,
  type ExportRequest,
} from '../../../renderer/admin/exports/runExport';
import { appendEvents } from '../../../renderer/db/append';
import { storeReceivedEvents } from '../../../renderer/db/receive';
import { writeSetting } from '../../../renderer/db/settings';
import type { KioskBridge, SavedFile } from '../../../shared/bridge';
import { parseCsv } from '../../../shared/csv';
import { demoLearners, demoRosterEvents } from '../../../shared/demo-roster';
import type { KioskEvent } from '../../../shared/types';
import { freshKiosk, type Harness } from '../db/harness';

// 15:00 in Brussels on Wednesday 25 November 2026, and the days around it.
const T0 = Date.UTC(2026, 10, 25, 14, 0);
const DAY = 86_400_000;
const november = { from: '2026-11-01', to: '2026-11-30' };

function fakeBridge(answer: 'saved' | 'cancelled' = 'saved') {
  const saved: SavedFile[] = [];
  const bridge = {
    host: 'web',
    getConfig: async () => ({ kioskName: 'Accueil test', defaultLanguage: 'fr' }),
    saveFile: async (file: SavedFile) => {
      saved.push(file);
      return answer;
    },
  } as unknown as KioskBridge;
  return { bridge, saved };
}

async function history(h: Harness) {
  const [lea, noah] = [h.roster[0]!.learner, h.roster[1]!.learner];
  const staff = { kind: 'staff', staffId: 'S1' } as const;
  await appendEvents(
    h.db,
    [
      {
        type: 'staff-upserted',
        staff: {
          id: 'S1',
          name: 'Nadia Admin',
          role: 'admin',
          active: true,
          pin: { algorithm: 'PBKDF2-SHA256', iterations: 1, salt: '', hash: '' },
        },
        actor: { kind: 'kiosk' },
      },
    ],
    T0 - 40 * DAY,
  );
  const scan = (learnerId: string) =>
    ({
      type: 'check-in',
      learnerId,
      method: 'scanner',
      actor: { kind: 'learner', learnerId },
    }) as const;
  await appendEvents(h.db, [scan(lea.id)], T0 - 30 * DAY); // October: outside the range
  await appendEvents(h.db, [scan(lea.id)], T0 - 2 * DAY);
  const [wrong] = await appendEvents(h.db, [scan(noah.id)], T0 - DAY);
  await appendEvents(
    h.db,
    [
      {
        type: 'void',
        targetId: wrong!.id,
        learnerId: noah.id,
        staffId: 'S1',
        reason: 'Erreur',
        actor: staff,
      },
    ],
    T0 - DAY + 60_000,
  );
  await appendEvents(
    h.db,
    [
      {
        type: 'check-in',
        learnerId: noah.id,
        method: 'manual',
        reason: { code: 'forgot-badge' },
        actor: staff,
      },
    ],
    T0,
  );
  h.fullScans.length = 0;
}

const request = (over: Partial<ExportRequest> = {}): ExportRequest => ({
  kind: 'events',
  format: 'csv-semicolon',
  range: november,
  group: null,
  language: 'fr',
  ...over,
});

describe('runExport', () => {
  let h: Harness;
  afterEach(() => h?.db.delete());

  it('reads the range by the day index only, with progress up to every event read', async () => {
    h = await freshKiosk();
    await history(h);
    const seen: [number, number][] = [];
    const events = await readAttendance(h.db, november, (done, total) => seen.push([done, total]));
    expect(events.map((e) => e.type)).toEqual(['check-in', 'check-in', 'void', 'check-in']);
    expect(h.fullScans).toEqual([]);
    expect(seen.at(-1)).toEqual([4, 4]);
    expect(seen.map(([done]) => done)).toEqual(
      [...seen.map(([done]) => done)].sort((a, b) => a - b),
    );
  });

  it('saves the event log as CSV through the bridge, and says how many rows', async () => {
    h = await freshKiosk();
    await history(h);
    const { bridge, saved } = fakeBridge();
    const progress: ExportProgress[] = [];
    const outcome = await runExport(h.db, bridge, request(), (p) => progress.push(p));
    expect(outcome).toEqual({
      result: 'saved',
      name: 'accueil-journal-2026-11-01_2026-11-30.csv',
      rows: 4,
    });
    expect(h.fullScans).toEqual([]);
    const [file] = saved;
    expect(file!.mime).toBe('text/csv');
    expect([...file!.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(file!.data)).records.map((r) => r.cells);
    expect(rows.map((r) => [r[2], r[9], r[13]])).toEqual([
      ['Type', 'Auteur', 'Annulé'],
      ['Arrivée', 'Jeune (son badge)', 'non'],
      ['Arrivée', 'Jeune (son badge)', 'oui'],
      ['Annulation', 'Nadia Admin', ''],
      ['Arrivée', 'Nadia Admin', 'non'],
    ]);
    expect(progress[0]).toMatchObject({ phase: 'reading', done: 0 });
    expect(progress.at(-1)).toEqual({ phase: 'writing', fraction: 1 });
    expect(performance.getEntriesByName('accueil:export').length).toBeGreaterThan(0);
  });

  it('saves XLSX with its MIME type, numbers as numbers, and reports a cancelled dialog', async () => {
    h = await freshKiosk();
    await history(h);
    const { bridge, saved } = fakeBridge('cancelled');
    const outcome = await runExport(h.db, bridge, request({ kind: 'summary', format: 'xlsx' }));
    expect(outcome.result).toBe('cancelled');
    expect(saved[0]!.mime).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const sheet = await readSheet(Buffer.from(saved[0]!.data));
    const lea = sheet.find((r) => r[0] === h.roster[0]!.learner.id)!;
    // Two open days in November (the 23rd and the 25th): Léa came on the first. Her visits are
    // date cells, which Excel sorts and filters.
    const nov23 = new Date('2026-11-23T00:00:00Z');
    expect(lea.slice(4)).toEqual([1, nov23, nov23, 50]);
  });

  it('writes the log’s dates and times as date and time cells in XLSX, as text in CSV', async () => {
    h = await freshKiosk();
    await history(h);
    const { bridge, saved } = fakeBridge();
    await runExport(h.db, bridge, request({ format: 'xlsx' }));
    await runExport(h.db, bridge, request());
    const sheet = await readSheet(Buffer.from(saved[0]!.data));
    // The manual check-in at 15:00 in Brussels on the 25th.
    expect(sheet.at(-1)!.slice(0, 3)).toEqual([
      new Date('2026-11-25T00:00:00Z'),
      new Date('1899-12-30T15:00:00Z'),
      'Arrivée',
    ]);
    const csv = parseCsv(new TextDecoder().decode(saved[1]!.data)).records.map((r) => r.cells);
    expect(csv.at(-1)!.slice(0, 3)).toEqual(['2026-11-25', '15:00:00', 'Arrivée']);
  });

  it('names the kiosk in the “Poste” column: its own, the others the server named', async () => {
    h = await freshKiosk();
    await history(h);
    const { kioskId } = (await h.db.kiosk.get('self'))!;
    const noah = h.roster[1]!.learner;
    const elsewhere = (id: string, kiosk: string, at: number): KioskEvent => ({
      id,
      kioskId: kiosk,
      seq: 1,
      at,
      actor: { kind: 'learner', learnerId: noah.id },
      type: 'check-in',
      learnerId: noah.id,
      method: 'camera',
    });
    await storeReceivedEvents(
      h.db,
      [
        elsewhere('0193aaaa-0000-7000-8000-000000000001', 'K-BIB', T0 - 3 * DAY),
        elsewhere('0193aaaa-0000-7000-8000-000000000002', 'K-OLD', T0 - 3 * DAY + 1),
      ],
      T0,
    );
    const { bridge, saved } = fakeBridge();
    const poste = async () => {
      await runExport(h.db, bridge, request({ language: 'en' }));
      const rows = parseCsv(new TextDecoder().decode(saved.at(-1)!.data)).records;
      return rows.map((r) => r.cells[10]);
    };
    // Not enrolled: its own events carry the name staff see (here the shell's configuration).
    expect((await poste()).slice(3)).toEqual(Array(4).fill('Accueil test'));
    await writeSetting(h.db, 'sync.server', {
      url: 'http://127.0.0.1:1',
      name: 'Accueil hall',
      enrolledAt: T0 - 50 * DAY,
    });
    await writeSetting(h.db, 'sync.kiosk-names', { 'K-BIB': 'Bibliothèque' });
    expect(await poste()).toEqual([
      'Kiosk',
      'Bibliothèque',
      'K-OLD', // a kiosk the server no longer knows: its id
      'Accueil hall',
      'Accueil hall',
      'Accueil hall',
      'Accueil hall',
    ]);
    expect(kioskId).not.toBe('Accueil hall');
  });

  it('lists every learner of the chosen group in a summary and a matrix', async () => {
    h = await freshKiosk();
    await history(h);
    const group = h.roster[0]!.learner.groups[0]!;
    // A learner imported later with the group in capitals (the same group to a person).
    const [late] = demoLearners(1, 1, 'X');
    late!.learner.groups = [group.toUpperCase()];
    await storeReceivedEvents(h.db, demoRosterEvents([late!], T0 - DAY, 'K-BIB'), T0);
    const members = [...h.roster, late!]
      .map((d) => d.learner)
      .filter((l) => l.status === 'active' && l.groups[0]!.toLowerCase() === group)
      .map((l) => l.id)
      .sort();
    expect(members.length).toBeGreaterThan(2);
    const { bridge, saved } = fakeBridge();
    for (const kind of ['summary', 'matrix'] as const) {
      await runExport(h.db, bridge, request({ kind, group }));
      const rows = parseCsv(new TextDecoder().decode(saved.at(-1)!.data)).records;
      const ids = rows.slice(1).map((r) => r.cells[0]!);
      expect([...ids].sort(), kind).toEqual(members);
    }
  });
});

describe('exportFileName', () => {
  it('names the file after the kind, the range and the group, in the admin’s language', () => {
    expect(exportFileName(request({ group: 'jeux vidéo' }))).toBe(
      'accueil-journal-2026-11-01_2026-11-30-jeux-video.csv',
    );
    expect(exportFileName(request({ kind: 'matrix', format: 'xlsx', language: 'nl' }))).toBe(
      'accueil-aanwezigheden-2026-11-01_2026-11-30.xlsx',
    );
    expect(exportFileName(request({ kind: 'summary', format: 'csv-comma', language: 'en' }))).toBe(
      'accueil-summary-2026-11-01_2026-11-30.csv',
    );
  });
});
