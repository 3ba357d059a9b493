// A chosen file's bytes → the header and numbered rows planRosterImport reads. A CSV is read by
// shared/roster-file.ts, as the server reads an upload; a workbook (.xlsx) only here, by
// read-excel-file, loaded on demand.
import type { RosterInput } from '../../../shared/roster-import';
import {
  isZip,
  readRosterCsv,
  rosterFileProblem,
  type CsvFormat,
  type RosterReadProblem,
} from '../../../shared/roster-file';

export type FileFormat = CsvFormat | { kind: 'xlsx' };

/** Why a file could not be read at all (as opposed to problems in its rows). */
type ReadProblem = RosterReadProblem | 'bad-xlsx';

type ReadResult =
  { ok: true; input: RosterInput; format: FileFormat } | { ok: false; problem: ReadProblem };

export async function readRosterFile(name: string, buffer: ArrayBuffer): Promise<ReadResult> {
  const bytes = new Uint8Array(buffer);
  const problem = rosterFileProblem(bytes);
  if (problem !== null) return { ok: false, problem };
  const workbookName = /\.xlsx$/i.test(name);
  if (isZip(bytes) || workbookName) {
    try {
      return { ok: true, input: await readXlsx(buffer), format: { kind: 'xlsx' } };
    } catch (error) {
      console.warn('Spreadsheet could not be read', error);
      // A zip that is no workbook, under a .csv name, is an archive: not text, as the server says.
      return { ok: false, problem: workbookName ? 'bad-xlsx' : 'not-text' };
    }
  }
  return readRosterCsv(bytes);
}

/** A cell as the admin sees it: trimmed text; a date as YYYY-MM-DD; numbers as Excel stored them. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).trim();
}

/**
 * The first sheet. Its first non-empty row is the header; line numbers are the spreadsheet's row
 * numbers (read-excel-file keeps empty rows above and between data as empty arrays).
 */
async function readXlsx(buffer: ArrayBuffer): Promise<RosterInput> {
  // Loaded on demand: the learners' screen starts without the spreadsheet reader.
  const { readSheet } = await import('read-excel-file/browser');
  // Numbers kept as the text Excel stored ("1001", not 1001 re-printed): ids must match exactly.
  const rows = await readSheet<string>(buffer, { parseNumber: (text: string) => text });
  const cells = rows.map((row) => row.map(cellText));
  const headerIndex = cells.findIndex((row) => row.some((cell) => cell !== ''));
  if (headerIndex < 0) return { header: [], records: [], headerLine: 1 };
  return {
    header: cells[headerIndex] as string[],
    headerLine: headerIndex + 1,
    records: cells
      .slice(headerIndex + 1)
      .map((row, i) => ({ line: headerIndex + i + 2, cells: row })),
  };
}
