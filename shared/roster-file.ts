// A roster file's bytes → the header and numbered rows planRosterImport reads: the one reading of a
// CSV roster, for the kiosk (renderer/admin/roster/readFile.ts) and the server's upload
// (server/jobs/roster-job.ts), so the same bytes give the same plan on both. Rosters come from
// Excel (CSV saved as UTF-8 or as "ANSI", i.e. Windows-1252), Google Sheets and school software;
// the admin should not have to know which one they have. Pure: no DOM, no Node.
import { parseCsv, type CsvDelimiter } from './csv';
import { rosterInputFromCsv, type RosterInput } from './roster-import';

export type TextEncodingName = 'utf-8' | 'windows-1252';

export interface CsvFormat {
  kind: 'csv';
  encoding: TextEncodingName;
  delimiter: CsvDelimiter;
}

/** Why a file cannot be read at all (as opposed to problems in its rows). */
export type RosterReadProblem = 'empty' | 'too-large' | 'xls' | 'not-text';

export type RosterTextRead =
  { ok: true; input: RosterInput; format: CsvFormat } | { ok: false; problem: RosterReadProblem };

/** Far above any centre's roster (10,000 learners is about 0.5 MB): a bigger file is a mistake. */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

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

// A global in Chromium and in Node, which ES2023 (shared/'s only library) does not declare.
declare const TextDecoder: new (
  label: 'utf-8',
  options?: { fatal: boolean },
) => { decode(bytes: Uint8Array): string };

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
/** A zip: an .xlsx workbook (which the kiosk reads), or any other archive. */
export const isZip = (bytes: Uint8Array) => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
/** The OLE container of Excel 97–2003 .xls files, which neither side reads. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What is wrong with a file before its kind is even known: nothing, or why it is refused. */
export function rosterFileProblem(bytes: Uint8Array): RosterReadProblem | null {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > MAX_ROSTER_BYTES) return 'too-large';
  if (startsWith(bytes, OLE)) return 'xls';
  return null;
}

/** How much of a file is looked at to tell text from binary, as git and grep do. */
const SNIFF_BYTES = 8192;

/**
 * Text, or an image, an archive, a PDF renamed .csv? Text files have no NUL byte (a UTF-16 file
 * does, and is not read either), and control characters other than tab and line ends are rare in
 * them: a few are reported cell by cell by the plan, a tenth of the sample is not a roster.
 */
function looksBinary(bytes: Uint8Array, text: string): boolean {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return true;
  const sample = text.slice(0, SNIFF_BYTES);
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = sample.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g);
  return (controls?.length ?? 0) * 10 > sample.length;
}

/** Reads a CSV roster's bytes: encoding, delimiter, then the rows the plan takes. */
export function readRosterCsv(bytes: Uint8Array): RosterTextRead {
  const problem = rosterFileProblem(bytes);
  if (problem !== null) return { ok: false, problem };
  if (isZip(bytes)) return { ok: false, problem: 'not-text' };
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(bytes, text)) return { ok: false, problem: 'not-text' };
  const parsed = parseCsv(text);
  return {
    ok: true,
    input: rosterInputFromCsv(parsed),
    format: { kind: 'csv', encoding, delimiter: parsed.delimiter },
  };
}
