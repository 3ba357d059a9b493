// CSV for roster import and attendance export (RFC 4180, as spreadsheets write and read it).
//
// Excel in a Belgian locale saves with ';' (',' is the decimal separator there), other tools with
// ','. Files arrive with CRLF, LF or old-Mac CR line ends and often a UTF-8 BOM. Reading is lenient
// and never throws: what cannot be read cleanly is reported with its physical line, so an admin can
// find it in the file. Writing is strict, and neutralises cells a spreadsheet would run as formulas.

export type CsvDelimiter = ';' | ',';

export interface CsvRecord {
  /** 1-based physical line where the record starts (a quoted cell may span several lines). */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  message: 'unterminated-quote' | 'stray-quote';
}

export interface CsvParseResult {
  delimiter: CsvDelimiter;
  records: CsvRecord[];
  problems: CsvProblem[];
}

interface CsvWriteOptions {
  /** Default ';', what Excel expects in Belgium. */
  delimiter?: CsvDelimiter;
  /** Default true: without a BOM, Excel reads the file as ANSI and garbles accents. */
  bom?: boolean;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;
const SEMICOLON = 0x3b;
const COMMA = 0x2c;

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Index of the first delimiter, CR or LF at or after `from` (or the text's length). */
function fieldEnd(s: string, from: number, delimiter: number): number {
  let i = from;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === delimiter || c === CR || c === LF) break;
    i++;
  }
  return i;
}

/** Physical line breaks in s[from, to): CRLF, lone CR and LF each count once. */
function countLineBreaks(s: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) breaks++;
  }
  return breaks;
}

/**
 * The delimiter of a file, judged from its first record: the more frequent of ';' and ',' outside
 * quoted cells, ';' on a tie (Belgian Excel's default, and the safer guess for a one-column file).
 * Leading blank lines are skipped, as parseCsv skips them.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  return detectIn(typeof text === 'string' ? stripBom(text) : '');
}

function detectIn(s: string): CsvDelimiter {
  let i = 0;
  while (i < s.length && (s.charCodeAt(i) === CR || s.charCodeAt(i) === LF)) i++;
  let semicolons = 0;
  let commas = 0;
  let fieldStart = true;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === QUOTE && fieldStart) {
      // Skip the quoted cell; a doubled quote is content. Unterminated: the rest is one cell.
      let close = s.indexOf('"', i + 1);
      while (close >= 0 && s.charCodeAt(close + 1) === QUOTE) close = s.indexOf('"', close + 2);
      if (close < 0) break;
      i = close + 1;
      fieldStart = false;
      continue;
    }
    if (c === CR || c === LF) break;
    if (c === SEMICOLON) semicolons++;
    else if (c === COMMA) commas++;
    // Either candidate may be the real one, so either starts a field that may be quoted.
    fieldStart = c === SEMICOLON || c === COMMA;
    i++;
  }
  return commas > semicolons ? ',' : ';';
}

/**
 * Parses CSV text into records. Never throws, and runs in linear time.
 *
 * Problems are reported, not fatal: an unterminated quote (reported at the line where it opened;
 * the rest of the text becomes that cell), and a stray quote (inside an unquoted cell, or text
 * after a closing quote; the characters are kept as they are). Blank lines are skipped but counted
 * for line numbers; a record of one quoted empty cell (`""`) is not blank.
 */
export function parseCsv(text: string, options?: { delimiter?: CsvDelimiter }): CsvParseResult {
  const s = typeof text === 'string' ? stripBom(text) : '';
  const delimiter = options?.delimiter ?? detectIn(s);
  const d = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const n = s.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    const start = line;
    const cells: string[] = [];
    let quoted = false;
    for (;;) {
      let cell: string;
      if (s.charCodeAt(i) === QUOTE) {
        quoted = true;
        const openLine = line;
        cell = '';
        i++;
        for (;;) {
          // indexOf stops at the next quote, which this loop consumes: linear overall.
          const close = s.indexOf('"', i);
          if (close < 0) {
            problems.push({ line: openLine, message: 'unterminated-quote' });
            cell += s.slice(i);
            line += countLineBreaks(s, i, n);
            i = n;
            break;
          }
          cell += s.slice(i, close);
          line += countLineBreaks(s, i, close);
          if (s.charCodeAt(close + 1) === QUOTE) {
            cell += '"';
            i = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        const end = fieldEnd(s, i, d);
        if (end > i) {
          problems.push({ line, message: 'stray-quote' });
          cell += s.slice(i, end);
          i = end;
        }
      } else {
        const end = fieldEnd(s, i, d);
        cell = s.slice(i, end);
        if (cell.includes('"')) problems.push({ line, message: 'stray-quote' });
        i = end;
      }
      cells.push(cell);
      if (i < n && s.charCodeAt(i) === d) i++;
      else break;
    }
    if (i < n) {
      i += s.charCodeAt(i) === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
    }
    if (cells.length === 1 && cells[0] === '' && !quoted) continue; // a blank line
    records.push({ line: start, cells });
  }
  return { delimiter, records, problems };
}

/**
 * A cell that a spreadsheet would read as a formula (= + - @, or a leading tab or CR that some
 * strip before looking) gets a leading apostrophe, as OWASP advises for CSV injection. It also
 * turns a negative number such as "-5" into text; exports hold names, groups and times, not sums.
 */
export function neutraliseCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

// Both candidate delimiters are quoted whichever one is in use, so that detectDelimiter reads our
// own files back correctly; a leading BOM is quoted so that a reader cannot strip it as the file's.
function needsQuotes(cell: string): boolean {
  return /[";,\r\n]|^[\s\uFEFF]|\s$/.test(cell);
}

/**
 * Writes rows as CSV: CRLF line ends (what Excel writes), every cell neutralised, quoted only when
 * it must be. A row of one empty cell is written as `""`, since an empty line would be read back
 * as blank and skipped; a row of no cells is written as an empty line and so does not round-trip.
 */
export function toCsv(rows: readonly (readonly string[])[], options?: CsvWriteOptions): string {
  const delimiter = options?.delimiter ?? ';';
  let out = (options?.bom ?? true) ? '\uFEFF' : '';
  for (const row of rows) {
    const cells = row.map((raw) => {
      const cell = neutraliseCell(raw);
      return needsQuotes(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
    });
    out += (cells.length === 1 && cells[0] === '' ? '""' : cells.join(delimiter)) + '\r\n';
  }
  return out;
}
