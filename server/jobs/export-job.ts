// An export built in the admin worker thread: the roster, then the range's voids, then its
// attendance in the files' order, page by page as this thread reads them; the file written as it
// is made (CSV row by row, XLSX streamed), with the kiosk's own code, so it is the kiosk's file
// (an XLSX zipped by node:zlib, xlsx-codec.ts: the same parts, in other compressed bytes).
import { toCsv } from '../../shared/csv';
import {
  eventLogStream,
  learnerTable,
  presenceStream,
  type DayRange,
  type ExportKind,
} from '../../shared/export';
import { exportLabels, exportSheetName, type ExportFileFormat } from '../../shared/export-labels';
import type { AttendanceEvent, LanguageCode, VoidEvent } from '../../shared/types';
import { xlsxStream, type XlsxColumns } from '../../shared/xlsx';
import { NODE_ZIP_CODEC } from './xlsx-codec';
import { attendancePage, rosterPage, voidPage, type AttendanceCursor } from '../store/events';
import { pages, type JobContext } from './protocol';
import { readRoster } from './roster-fold';

export interface ExportParams {
  kind: ExportKind;
  format: ExportFileFormat;
  range: DayRange;
  group: string | null;
  language: LanguageCode;
  /** Kiosk id → name, for the "Poste" column (server/store/kiosks.ts). */
  kioskNames: Record<string, string>;
  /** The range's bounds (ms) and the log's top when the export began: one state of the log. */
  scope: { start: number; end: number; top: number };
  /** Events a read returns at most (ExportLimits). */
  pageRows: number;
}

/** Cells of a summary or matrix go to the encoder about this many at a time (a matrix of years
 * has thousands of columns: its rows go a few at a time). */
const CELLS_PER_CHUNK = 100_000;

const parse = (bodies: string[]) => bodies.map((body) => JSON.parse(body) as AttendanceEvent);

export async function exportJob(params: ExportParams, ctx: JobContext): Promise<{ rows: number }> {
  const { kind, format, range, group, language, kioskNames, scope, pageRows: n } = params;
  const roster = await readRoster(
    pages(ctx, (db, after: number | null) => rosterPage(db, scope.top, after ?? 0, n)),
  );
  const voids: VoidEvent[] = [];
  for await (const page of pages(ctx, (db, after: number | null) =>
    voidPage(db, scope, after ?? 0, n),
  ))
    voids.push(...(parse(page) as VoidEvent[]));
  const attendance = () =>
    pages(ctx, (db, after: AttendanceCursor | null) => attendancePage(db, scope, after, n));
  const input = {
    learners: [...roster.learners.values()],
    staffNames: roster.staffNames,
    kioskNames: new Map(Object.entries(kioskNames)),
    range,
    group,
  };
  const labels = exportLabels(language);
  let header: string[];
  let columns: XlsxColumns;
  let rows: AsyncIterable<string[][]>;
  if (kind === 'events') {
    const log = eventLogStream(input, labels, voids);
    ({ header } = log);
    columns = log;
    rows = (async function* () {
      for await (const page of attendance()) yield log.rows(parse(page));
    })();
  } else {
    const presence = presenceStream(voids);
    for await (const page of attendance()) presence.add(parse(page));
    // Belgian Excel reads "66,7" as a number in a ';' file; XLSX stores numbers with a point.
    const decimal = format === 'csv-semicolon' ? ',' : '.';
    const table = learnerTable(kind, presence.finish(), input, labels, { decimal });
    ({ header } = table);
    columns = table;
    rows = batches(table.rows, Math.max(1, Math.floor(CELLS_PER_CHUNK / header.length)));
  }
  let count = 0;
  async function* table(): AsyncGenerator<string[][]> {
    yield [header];
    for await (const chunk of rows) {
      count += chunk.length;
      yield chunk;
    }
  }
  const bytes =
    format === 'xlsx'
      ? xlsxStream(exportSheetName(kind, language), columns, table(), NODE_ZIP_CODEC)
      : csv(table(), format === 'csv-comma' ? ',' : ';');
  for await (const part of bytes) await ctx.emit(part);
  return { rows: count };
}

async function* batches(rows: Iterable<string[]>, size: number): AsyncGenerator<string[][]> {
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** The kiosk's CSV (toCsv) a chunk of rows at a time: the BOM once, before the header. */
async function* csv(
  chunks: AsyncIterable<string[][]>,
  delimiter: ';' | ',',
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let bom = true;
  for await (const rows of chunks) {
    yield encoder.encode(toCsv(rows, { delimiter, bom }));
    bom = false;
  }
}
