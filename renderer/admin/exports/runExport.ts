// One export from start to file: read the range day by day from the `day` index (never the whole
// log), build the table (shared/export.ts), encode it as CSV or XLSX, save it through the bridge.
import type { KioskBridge } from '../../../shared/bridge';
import { toCsv, type CsvDelimiter } from '../../../shared/csv';
import {
  buildExport,
  daysInRange,
  eventLogBuilder,
  type DayRange,
  type ExportTable,
} from '../../../shared/export';
import type { AttendanceEvent } from '../../../shared/types';
import { attendanceOfDay, countAttendance } from '../../db/attendance';
import { loadKioskSettings } from '../../db/open';
import { readSetting } from '../../db/settings';
import type { KioskDatabase } from '../../db/schema';
import {
  exportFileName,
  exportLabels,
  exportSheetName,
  type ExportFileFormat,
} from '../../../shared/export-labels';
import { encodeXlsx } from '../../../shared/xlsx';
import type { ExportChoice } from '../../ui/exports/ExportForm';

export type ExportFormat = ExportFileFormat;

export type ExportRequest = ExportChoice;

export type ExportProgress =
  { phase: 'reading'; done: number; total: number } | { phase: 'writing'; fraction: number };

interface ExportOutcome {
  result: 'saved' | 'cancelled';
  name: string;
  /** Data rows, header excluded. */
  rows: number;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Day reads in flight at once: the database works on the next while this thread decodes one. */
const READS_IN_FLIGHT = 6;

/**
 * The attendance events of a range, one day a request (rows and packed rows, attendance.ts), in
 * day order, so that progress can be shown and no single request holds a year of events. `onDay`
 * sees each day's events as they arrive, in any order of days.
 */
export async function readAttendance(
  db: KioskDatabase,
  range: DayRange,
  onProgress: (done: number, total: number) => void = () => {},
  onDay: (events: AttendanceEvent[]) => void = () => {},
): Promise<AttendanceEvent[]> {
  const days = daysInRange(range);
  return db.transaction('r', db.events, db.archive, async () => {
    const total = await countAttendance(db, range.from, range.to);
    const perDay: AttendanceEvent[][] = [];
    let done = 0;
    let next = 0;
    onProgress(done, total);
    const reader = async () => {
      while (next < days.length) {
        const i = next++;
        perDay[i] = await attendanceOfDay(db, days[i]!);
        onDay(perDay[i]!);
        done = Math.min(total, done + perDay[i]!.length);
        onProgress(done, total);
      }
    };
    await Promise.all(Array.from({ length: Math.min(READS_IN_FLIGHT, days.length) }, reader));
    return perDay.flat();
  });
}

/**
 * Kiosk id → name for the "Poste" column: the names the server gave every kiosk (as of the last
 * pull), and this kiosk's own name on the server or, not enrolled, the one staff see (settings,
 * else the shell's configuration, as the sync section does).
 */
export async function readKioskNames(
  db: KioskDatabase,
  bridge: KioskBridge,
): Promise<Map<string, string>> {
  const [self, server, names, settings] = await Promise.all([
    db.kiosk.get('self'),
    readSetting(db, 'sync.server'),
    readSetting(db, 'sync.kiosk-names'),
    loadKioskSettings(db),
  ]);
  const map = new Map(Object.entries(names ?? {}));
  if (!self || map.has(self.kioskId)) return map;
  const own = server?.name || settings?.kioskName || (await bridge.getConfig()).kioskName;
  if (own) map.set(self.kioskId, own);
  return map;
}

/** Lets the browser paint the progress bar before a stretch of synchronous work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runExport(
  db: KioskDatabase,
  bridge: KioskBridge,
  request: ExportRequest,
  onProgress: (progress: ExportProgress) => void = () => {},
  /** The admin's click, when there is one: the measure starts there. */
  start = performance.now(),
): Promise<ExportOutcome> {
  // Measured from the click to the bytes ready (the save dialog waits on a person): the benchmark
  // reads `accueil:export`.
  const [learners, staff, kioskNames] = await Promise.all([
    db.learners.toArray(),
    db.staff.toArray(),
    readKioskNames(db, bridge),
  ]);
  const input = {
    learners,
    staffNames: new Map(staff.map((s) => [s.id, s.name])),
    kioskNames,
    range: request.range,
    group: request.group,
  };
  const labels = exportLabels(request.language);
  const delimiter: CsvDelimiter = request.format === 'csv-comma' ? ',' : ';';
  const csv = request.format !== 'xlsx';
  // The event log's rows are made, and written as CSV, while the next days are read: a read waits
  // on the database, not on this thread.
  const log =
    request.kind === 'events'
      ? eventLogBuilder(
          input,
          labels,
          csv ? (rows) => toCsv(rows, { delimiter, bom: false }) : undefined,
        )
      : null;
  const events = await readAttendance(
    db,
    request.range,
    (done, total) => onProgress({ phase: 'reading', done, total }),
    (day) => log?.add(day),
  );
  const read = performance.now();
  onProgress({ phase: 'writing', fraction: 0 });
  await nextTask();
  let table: ExportTable;
  let text: string | null = null;
  if (log) {
    const built = log.finish();
    table = built;
    if (csv) text = toCsv(built.rows.slice(0, 1), { delimiter }) + built.encoded.join('');
  } else {
    // Belgian Excel reads "66,7" as a number in a ';' file; XLSX stores numbers with a point.
    const decimal = request.format === 'csv-semicolon' ? ',' : '.';
    table = buildExport(request.kind, { ...input, events }, labels, { decimal });
  }
  const name = exportFileName(request);
  const data = csv
    ? new TextEncoder().encode(text ?? toCsv(table.rows, { delimiter }))
    : await encodeXlsx(table, exportSheetName(request.kind, request.language), (f) =>
        onProgress({ phase: 'writing', fraction: f }),
      );
  performance.measure('accueil:export', {
    start,
    detail: {
      kind: request.kind,
      format: request.format,
      events: events.length,
      readMs: Math.round(read - start),
    },
  });
  onProgress({ phase: 'writing', fraction: 1 });
  const result = await bridge.saveFile({
    name,
    mime: request.format === 'xlsx' ? XLSX_MIME : 'text/csv',
    data,
  });
  return { result, name, rows: table.rows.length - 1 };
}
