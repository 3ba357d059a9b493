// The centre-wide attendance export: the kiosk's own pure code (shared/export.ts, shared/csv.ts,
// shared/xlsx.ts, shared/export-labels.ts) over the events of every kiosk, so an admin gets the
// same files, with the same names, as from a kiosk's Exports section.
import { toCsv } from '../shared/csv';
import { buildExport, rangeBounds, type DayRange, type ExportKind } from '../shared/export';
import {
  exportFileName,
  exportLabels,
  exportSheetName,
  type ExportFileFormat,
} from '../shared/export-labels';
import type { LanguageCode, StaffMember } from '../shared/types';
import { XLSX_MIME, encodeXlsx } from '../shared/xlsx';
import type { Database } from './db';
import { ApiError } from './errors';
import { currentRoster } from './roster';
import { attendanceBetween, eventsOfTypes } from './store/events';

export interface ExportRequest {
  kind: ExportKind;
  format: ExportFileFormat;
  range: DayRange;
  group: string | null;
  language: LanguageCode;
}

export const CSV_MIME = 'text/csv; charset=utf-8';

export interface ExportFile {
  name: string;
  mime: string;
  data: Uint8Array;
  /** Data rows, header excluded. */
  rows: number;
}

/** A centre-wide export (every kiosk's attendance), as the kiosk builds and encodes it. */
export async function exportAttendance(db: Database, request: ExportRequest): Promise<ExportFile> {
  let bounds: { start: number; end: number };
  try {
    bounds = rangeBounds(request.range);
  } catch (error) {
    throw new ApiError(400, 'bad-range', (error as Error).message);
  }
  const [{ learners }, staffEvents, events] = await Promise.all([
    currentRoster(db),
    eventsOfTypes(db, ['staff-upserted']),
    attendanceBetween(db, bounds.start, bounds.end),
  ]);
  const staffNames = new Map<string, string>();
  for (const e of staffEvents) {
    const staff = (e as { staff: StaffMember }).staff;
    staffNames.set(staff.id, staff.name);
  }
  const input = {
    learners: [...learners.values()],
    staffNames,
    range: request.range,
    group: request.group,
    events,
  };
  // Belgian Excel reads "66,7" as a number in a ';' file; XLSX stores numbers with a point.
  const decimal = request.format === 'csv-semicolon' ? ',' : '.';
  const table = buildExport(request.kind, input, exportLabels(request.language), { decimal });
  const name = exportFileName(request);
  const rows = table.rows.length - 1;
  if (request.format === 'xlsx') {
    const sheet = exportSheetName(request.kind, request.language);
    return { name, mime: XLSX_MIME, data: await encodeXlsx(table, sheet), rows };
  }
  const delimiter = request.format === 'csv-comma' ? ',' : ';';
  const data = new TextEncoder().encode(toCsv(table.rows, { delimiter }));
  return { name, mime: CSV_MIME, data, rows };
}
