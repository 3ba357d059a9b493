// The centre-wide export (GET /v1/admin/export): the kiosk's files, over every kiosk's events.
// XLSX is downloaded and read back with read-excel-file cell by cell, and compared part for part
// with what the kiosk's writer makes of the same table; CSV is the kiosk's CSV, byte for byte.
import readXlsxFile from 'read-excel-file/node';
import { expect, it } from 'vitest';
import { generateToken } from '../../shared/badge';
import { toCsv } from '../../shared/csv';
import { buildExport, type ExportKind, type ExportTable } from '../../shared/export';
import { exportLabels, exportSheetName } from '../../shared/export-labels';
import {
  isAttendanceEvent,
  type KioskEvent,
  type LanguageCode,
  type Learner,
} from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';
import { XLSX_MIME, encodeXlsx } from '../../shared/xlsx';
import { adminAuth, enrolKiosk, forEachBackend, pushReq, type Ctx } from './harness';
import { ANNE_PROF } from './support/history';
import { sameFile } from './support/unzip';

const ROSTER =
  'Identifiant;Prénom;Nom;Groupes\r\n' +
  'L1;Léa;Dupont;jeux vidéo|3d\r\n' +
  'L2;"Noah; Jr";=1+1;musique\r\n' +
  'L3;constructor;"Ünal, ""B""";jeux vidéo\r\n';

const LEARNERS: Learner[] = [
  ['L1', 'Léa', 'Dupont', ['jeux vidéo', '3d']],
  ['L2', 'Noah; Jr', '=1+1', ['musique']],
  ['L3', 'constructor', 'Ünal, "B"', ['jeux vidéo']],
].map(([id, firstName, lastName, groups]) => ({
  id: id as string,
  firstName: firstName as string,
  lastName: lastName as string,
  groups: groups as string[],
  language: null,
  status: 'active',
}));

const RANGE = { from: '2025-03-10', to: '2025-03-11' };
const STAFF_NAMES = new Map([['S1', 'Anne Prof']]);
const KIOSK_NAMES = new Map([
  ['K1', 'Accueil hall'],
  ['K2', 'Bibliothèque'],
]);
// Brussels is UTC+1 in March.
const at = (day: 10 | 11, hh: number, mm = 0) => Date.UTC(2025, 2, day, hh, mm);
const bytes = (k: number) => (n: number) => new Uint8Array(n).fill(k);
const staff = { kind: 'staff', staffId: 'S1' } as const;

/** Kiosk K1: a staff member, a scan in, a manual check-out, a check-in then its void. */
function k1Events(): KioskEvent[] {
  const envelope = (seq: number, when: number, actor: KioskEvent['actor']) => ({
    id: uuidv7(when, bytes(seq)),
    kioskId: 'K1',
    seq,
    at: when,
    actor,
  });
  const voided = envelope(4, at(10, 8, 5), { kind: 'learner', learnerId: 'L2' });
  return [
    {
      ...envelope(1, at(10, 7), { kind: 'kiosk' }),
      type: 'staff-upserted',
      staff: ANNE_PROF,
    },
    {
      ...envelope(2, at(10, 8), { kind: 'learner', learnerId: 'L1' }),
      type: 'check-in',
      learnerId: 'L1',
      method: 'scanner',
      token: generateToken(bytes(1)),
    },
    {
      ...envelope(3, at(10, 11, 30), staff),
      type: 'check-out',
      learnerId: 'L1',
      method: 'manual',
      reason: { code: 'other', text: 'parti; tôt, "malade"' },
    },
    {
      ...voided,
      type: 'check-in',
      learnerId: 'L2',
      method: 'camera',
      token: generateToken(bytes(2)),
    },
    {
      ...envelope(5, at(10, 8, 10), staff),
      type: 'void',
      targetId: voided.id,
      learnerId: 'L2',
      staffId: 'S1',
      reason: 'doublon',
    },
  ];
}

/** Kiosk K2: an unknown badge, a manual check-in the next day, and a scan of L1. */
function k2Events(): KioskEvent[] {
  const envelope = (seq: number, when: number, actor: KioskEvent['actor']) => ({
    id: uuidv7(when, bytes(100 + seq)),
    kioskId: 'K2',
    seq,
    at: when,
    actor,
  });
  return [
    {
      ...envelope(1, at(10, 8, 20), { kind: 'kiosk' }),
      type: 'unknown-badge',
      token: generateToken(bytes(3)),
      method: 'scanner',
    },
    {
      ...envelope(2, at(11, 13), staff),
      type: 'check-in',
      learnerId: 'L3',
      method: 'manual',
      reason: { code: 'forgot-badge' },
    },
    {
      ...envelope(3, at(11, 9), { kind: 'learner', learnerId: 'L1' }),
      type: 'check-in',
      learnerId: 'L1',
      method: 'camera',
      token: generateToken(bytes(4)),
    },
  ];
}

async function seed(ctx: Ctx): Promise<KioskEvent[]> {
  const imported = await ctx.app.inject({
    method: 'POST',
    url: '/v1/admin/roster',
    headers: { ...adminAuth, 'content-type': 'text/csv' },
    payload: ROSTER,
  });
  expect(imported.json()).toMatchObject({ ok: true, written: 3 });
  const k1 = k1Events();
  const k2 = k2Events();
  const [t1, t2] = [...KIOSK_NAMES].map(([id, name]) => enrolKiosk(ctx.app, id, name));
  expect((await pushReq(ctx.app, await t1!, k1)).json().acked).toBe(5);
  expect((await pushReq(ctx.app, await t2!, k2)).json().acked).toBe(3);
  return [...k1, ...k2];
}

/** The table a kiosk holding the same events and roster builds. */
function kioskTable(
  kind: ExportKind,
  events: KioskEvent[],
  language: LanguageCode,
  decimal: ',' | '.',
  group: string | null = null,
): ExportTable {
  const input = {
    events: events.filter(isAttendanceEvent),
    learners: LEARNERS,
    staffNames: STAFF_NAMES,
    kioskNames: KIOSK_NAMES,
    range: RANGE,
  };
  return buildExport(kind, { ...input, group }, exportLabels(language), { decimal });
}

/** A date cell as read back: midnight UTC of the day. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** A time cell as read back: that time on Excel's day 0. */
const time = (hms: string) => new Date(`1899-12-30T${hms}Z`);

/** What read-excel-file reads of a table written as XLSX: numbers, dates, times, null for ''. */
function asRead(table: ExportTable): (string | number | Date | null)[][] {
  const numeric = new Set(table.numeric);
  const dates = new Set(table.dates);
  const times = new Set(table.times);
  return table.rows.map((row, r) =>
    row.map((cell, c) =>
      cell === ''
        ? null
        : r === 0
          ? cell
          : dates.has(c)
            ? day(cell)
            : times.has(c)
              ? time(cell)
              : numeric.has(c) && /^-?\d+(\.\d+)?$/.test(cell)
                ? Number(cell)
                : cell,
    ),
  );
}

forEachBackend('centre-wide export', (ctx) => {
  const download = (query: string) =>
    ctx.app.inject({ method: 'GET', url: `/v1/admin/export?${query}`, headers: adminAuth });
  const query = (kind: ExportKind, format: string, language: LanguageCode, group = '') =>
    `kind=${kind}&format=${format}&from=${RANGE.from}&to=${RANGE.to}&language=${language}` +
    (group ? `&group=${encodeURIComponent(group)}` : '');

  it('sends the kiosk’s XLSX workbook, cell by cell and part for part', async () => {
    const events = await seed(ctx);
    const names = { events: 'journal', summary: 'synthese', matrix: 'presences' };
    for (const language of ['fr', 'nl'] as const) {
      for (const kind of ['events', 'summary', 'matrix'] as const) {
        const res = await download(query(kind, 'xlsx', language));
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['content-type']).toBe(XLSX_MIME);
        if (language === 'fr') {
          expect(res.headers['content-disposition']).toBe(
            `attachment; filename="accueil-${names[kind]}-2025-03-10_2025-03-11.xlsx"`,
          );
        }
        const table = kioskTable(kind, events, language, '.');
        const sheetName = exportSheetName(kind, language);
        expect(sameFile(res.rawPayload, await encodeXlsx(table, sheetName))).toBe(true);
        const [sheet, ...others] = await readXlsxFile(res.rawPayload, { trim: false });
        expect(others).toEqual([]);
        expect(sheet!.sheet).toBe(sheetName);
        expect(sheet!.data).toEqual(asRead(table));
      }
    }
  });

  it('writes what a person reads: French headers and words, text as it is, numbers as numbers', async () => {
    const events = await seed(ctx);
    const read = async (kind: ExportKind) =>
      (
        await readXlsxFile((await download(query(kind, 'xlsx', 'fr'))).rawPayload, { trim: false })
      )[0]!;

    const log = await read('events');
    expect(log.sheet).toBe('Journal des passages');
    const [header, ...rows] = log.data;
    expect(header).toEqual([
      'Date',
      'Heure',
      'Type',
      'Identifiant du jeune',
      'Prénom',
      'Nom',
      'Groupes',
      'Méthode',
      'Raison',
      'Auteur',
      'Poste',
      'Séquence',
      'Identifiant du passage',
      'Annulé',
      'Identifiant de l’annulation',
    ]);
    const row = (id: string) => rows.find((r) => r[12] === id)!;
    const [, scan, manualOut, voidedIn] = events;
    // Dates and times are date and time cells (Excel sorts and filters them); the kiosk column
    // has the name an admin gave the kiosk on the server.
    expect(row(scan!.id).slice(0, 14)).toEqual([
      day('2025-03-10'),
      time('09:00:00'),
      'Arrivée',
      'L1',
      'Léa',
      'Dupont',
      'jeux vidéo, 3d',
      'lecteur',
      null,
      'Jeune (son badge)',
      'Accueil hall',
      2,
      scan!.id,
      'non',
    ]);
    // The manual check-out: reason with its text, by the staff member's name.
    expect(row(manualOut!.id).slice(1, 12)).toEqual([
      time('12:30:00'),
      'Départ',
      'L1',
      'Léa',
      'Dupont',
      'jeux vidéo, 3d',
      'à la main',
      'Autre raison\u202f: parti; tôt, "malade"',
      'Anne Prof',
      'Accueil hall',
      3,
    ]);
    // A formula-looking name is text in XLSX (no apostrophe, as CSV needs).
    expect(row(voidedIn!.id).slice(2, 6)).toEqual(['Arrivée', 'L2', 'Noah; Jr', '=1+1']);
    expect(row(voidedIn!.id)[13]).toBe('oui');
    expect(rows.some((r) => r[2] === 'Badge inconnu' && r[10] === 'Bibliothèque')).toBe(true);

    // Two open days; L1 came on both, L3 on the second, L2's only check-in was voided. Sorted by
    // last name ('=1+1' first).
    const summary = await read('summary');
    expect(summary.data).toEqual([
      [
        'Identifiant du jeune',
        'Prénom',
        'Nom',
        'Groupes',
        'Jours de présence',
        'Première venue',
        'Dernière venue',
        'Taux de présence (% des jours d’ouverture\u202f: 2)',
      ],
      ['L2', 'Noah; Jr', '=1+1', 'musique', 0, null, null, 0],
      ['L1', 'Léa', 'Dupont', 'jeux vidéo, 3d', 2, day('2025-03-10'), day('2025-03-11'), 100],
      ['L3', 'constructor', 'Ünal, "B"', 'jeux vidéo', 1, day('2025-03-11'), day('2025-03-11'), 50],
    ]);
    const matrix = await read('matrix');
    expect(matrix.sheet).toBe('Présences par jour');
    expect(matrix.data.slice(1).map((r) => [r[0], ...r.slice(4)])).toEqual([
      ['L2', 0, 0],
      ['L1', 1, 1],
      ['L3', 0, 1],
    ]);
  });

  it('still sends the kiosk’s CSV, byte for byte (BOM, delimiter, decimal comma)', async () => {
    const events = await seed(ctx);
    for (const language of ['fr', 'nl', 'de', 'en'] as const) {
      for (const kind of ['events', 'summary', 'matrix'] as const) {
        for (const format of ['csv-semicolon', 'csv-comma'] as const) {
          const res = await download(query(kind, format, language));
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
          const delimiter = format === 'csv-comma' ? ',' : ';';
          const table = kioskTable(kind, events, language, delimiter === ';' ? ',' : '.');
          const expected = new TextEncoder().encode(toCsv(table.rows, { delimiter }));
          expect(res.body, `${language} ${kind} ${format}`).toBe(
            new TextDecoder('utf-8', { ignoreBOM: true }).decode(expected),
          );
          expect(new Uint8Array(res.rawPayload)).toEqual(expected);
        }
      }
    }
    const summary = await download(query('summary', 'csv-semicolon', 'fr', 'jeux vidéo'));
    expect(summary.headers['content-disposition']).toBe(
      'attachment; filename="accueil-synthese-2025-03-10_2025-03-11-jeux-video.csv"',
    );
    expect(summary.body).toBe(
      '\uFEFFIdentifiant du jeune;Prénom;Nom;Groupes;Jours de présence;Première venue;' +
        'Dernière venue;Taux de présence (% des jours d’ouverture\u202f: 2)\r\n' +
        'L1;Léa;Dupont;"jeux vidéo, 3d";2;2025-03-10;2025-03-11;100\r\n' +
        'L3;constructor;"Ünal, ""B""";jeux vidéo;1;2025-03-11;2025-03-11;50\r\n',
    );
  });

  it('filters by group in XLSX as in CSV, and refuses an unknown format (400)', async () => {
    const events = await seed(ctx);
    const res = await download(query('events', 'xlsx', 'en', 'musique'));
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="accueil-log-2025-03-10_2025-03-11-musique.xlsx"',
    );
    const [sheet] = await readXlsxFile(res.rawPayload, { trim: false });
    expect(sheet!.data).toEqual(asRead(kioskTable('events', events, 'en', '.', 'musique')));
    expect(sheet!.data.slice(1).map((r) => r[3])).toEqual(['L2', 'L2']);
    // A summary and a matrix of one group list all its learners: L1, L3 who came on one day
    // only, and L4, who never came and whose file spelt the group in capitals, decomposed.
    const late = await ctx.app.inject({
      method: 'POST',
      url: '/v1/admin/roster',
      headers: { ...adminAuth, 'content-type': 'text/csv' },
      payload: 'Identifiant;Prénom;Nom;Groupes\r\nL4;Zoé;Zed;JEUX VIDE\u0301O\r\n',
    });
    expect(late.json()).toMatchObject({ ok: true, written: 1 });
    for (const kind of ['summary', 'matrix'] as const) {
      const file = await download(query(kind, 'xlsx', 'fr', 'jeux vidéo'));
      const [read] = await readXlsxFile(file.rawPayload, { trim: false });
      expect(read!.data.slice(1).map((r) => r[0])).toEqual(['L1', 'L3', 'L4']);
    }
    for (const format of ['xls', 'csv', '']) {
      const bad = await download(query('events', format, 'fr'));
      expect(bad.statusCode, format).toBe(400);
      expect(bad.json().error).toBe('invalid-request');
    }
  });

  it('describes the formats and both file types in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const op = doc.paths['/v1/admin/export'].get;
    const format = op.parameters.find((p: { name: string }) => p.name === 'format');
    expect(JSON.stringify(format.schema)).toContain('xlsx');
    expect(Object.keys(op.responses['200'].content).sort()).toEqual([XLSX_MIME, 'text/csv']);
    expect(op.responses['200'].content[XLSX_MIME].schema).toMatchObject({
      type: 'string',
      format: 'binary',
    });
  });
});
