// A chosen file's bytes → the header and numbered rows planRosterImport reads. Rosters come from
// Excel (.xlsx, or CSV saved as UTF-8 or as "ANSI", i.e. Windows-1252), Google Sheets and school
// software; the admin should not have to know which one they have.
import { parseCsv, type CsvDelimiter } from '../../../shared/csv';
import { rosterInputFromCsv, type RosterInput } from '../../../shared/roster-import';

type TextEncodingName = 'utf-8' | 'windows-1252';

export type FileFormat =
  { kind: 'csv'; encoding: TextEncodingName; delimiter: CsvDelimiter } | { kind: 'xlsx' };

/** Why a file could not be read at all (as opposed to problems in its rows). */
type ReadProblem = 'empty' | 'too-large' | 'xls' | 'bad-xlsx';

type ReadResult =
  { ok: true; input: RosterInput; format: FileFormat } | { ok: false; problem: ReadProblem };

/** Far above any centre's roster (10,000 learners is about 0.5 MB): a bigger file is a mistake. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

// Windows-1252 is Latin-1 except 0x80–0x9F. Node's TextDecoder decodes those as Latin-1 controls
// (Chromium does not), so the 32 differences are spelled out here: one behaviour everywhere.
// Unassigned bytes stay C1 controls, as the WHATWG encoding standard says; the plan reports them.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
  .split('')
  .map((c) => c.charCodeAt(0));

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192; // fromCharCode takes its codes as arguments: keep the argument list short
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes = new Uint16Array(Math.min(CHUNK, bytes.length - start));
    for (let i = 0; i < codes.length; i++) {
      const byte = bytes[start + i] as number;
      codes[i] = byte >= 0x80 && byte <= 0x9f ? (CP1252_HIGH[byte - 0x80] as number) : byte;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/**
 * A BOM means UTF-8; so does text that is valid UTF-8 (Windows-1252 text with accents almost
 * never is); anything else is Windows-1252, what Excel writes as "CSV" on a Belgian Windows.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => bytes[i] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** The OLE container of Excel 97–2003 .xls files, which read-excel-file does not read. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function readRosterFile(name: string, buffer: ArrayBuffer): Promise<ReadResult> {
  const bytes = new Uint8Array(buffer);
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: 'too-large' };
  if (startsWith(bytes, OLE)) return { ok: false, problem: 'xls' };
  if (startsWith(bytes, ZIP) || /\.xlsx$/i.test(name)) {
    try {
      return { ok: true, input: await readXlsx(buffer), format: { kind: 'xlsx' } };
    } catch (error) {
      console.warn('Spreadsheet could not be read', error);
      return { ok: false, problem: 'bad-xlsx' };
    }
  }
  const { text, encoding } = decodeText(bytes);
  const parsed = parseCsv(text);
  return {
    ok: true,
    input: rosterInputFromCsv(parsed),
    format: { kind: 'csv', encoding, delimiter: parsed.delimiter },
  };
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
