// A minimal XLSX writer: one sheet, a bold frozen header row, text as inline strings, numbers,
// dates and times where the table says so, zipped with the platform's CompressionStream. One
// writer for the kiosk and the server (Chromium and Node 20 both have the two globals it uses).
//
// Why not write-excel-file (installed): it keys its shared-string table on a plain object, so a
// cell reading "constructor" or "__proto__" produced a corrupt file, and it took 27 s for 200,000
// rows here. Text cells are never formulas in XLSX, so they are written exactly as they are (no
// apostrophe as in CSV); characters XML 1.0 cannot carry are escaped the way Excel does (_xHHHH_).
import type { ExportTable } from './export';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const ROWS_PER_CHUNK = 5_000;

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// TextEncoder and CompressionStream ('deflate-raw': Chromium, Node ≥ 20.12) are globals on both
// sides but not in shared/'s ES2023 lib, so the little used of them is declared here.
interface ChunkReader {
  read(): Promise<{ done: true; value?: undefined } | { done: false; value: Uint8Array }>;
  cancel(): Promise<void>;
}
interface ChunkWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(reason: unknown): Promise<void>;
}
interface Platform {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  setTimeout(callback: () => void, ms: number): unknown;
  CompressionStream: new (format: 'deflate-raw') => {
    readable: { getReader(): ChunkReader };
    writable: { getWriter(): ChunkWriter };
  };
}
const platform = globalThis as unknown as Platform;

/**
 * How the zip checksums and deflates its entries. The default is the platform's
 * CompressionStream (level 6) and the CRC-32 below, which both sides have; the server brings
 * native ones (server/jobs/xlsx-codec.ts): on a month's log they were most of its CPU time.
 */
export interface ZipCodec {
  /** CRC-32 of `data` continued from `crc` (0 to start), as node:zlib's crc32 takes them. */
  crc32(data: Uint8Array, crc: number): number;
  /** A raw-deflate transform: bytes written to `writable` come out compressed on `readable`. */
  deflateRaw(): {
    readable: { getReader(): ChunkReader };
    writable: { getWriter(): ChunkWriter };
  };
}

export const PLATFORM_CODEC: ZipCodec = {
  crc32: (data, crc) => crc32(crc, data),
  deflateRaw: () => new platform.CompressionStream('deflate-raw'),
};

const STATIC_FILES: [string, string][] = [
  [
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      '</Types>',
  ],
  [
    '_rels/.rels',
    `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ],
  [
    'xl/_rels/workbook.xml.rels',
    `${HEAD}<Relationships xmlns="${PKG}">` +
      `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  ],
  [
    'xl/styles.xml',
    `${HEAD}<styleSheet xmlns="${MAIN}">` +
      // Custom formats start at 164; Excel keeps them whatever the reader's locale.
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>' +
      '<numFmt numFmtId="165" formatCode="hh:mm:ss"/></numFmts>' +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
      '</cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
  ],
];

// Characters needing care: markup, a literal "_xHHHH_" (readers would decode it), characters XML
// 1.0 forbids or normalises (controls, CR, U+FFFE/U+FFFF, unpaired surrogates).
const SPECIAL =
  // eslint-disable-next-line no-control-regex
  /[&<>]|_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex
const MAYBE_SPECIAL = /[&<>_\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function escapeText(text: string): string {
  if (!MAYBE_SPECIAL.test(text)) return text;
  return text.replace(SPECIAL, (c) => {
    if (c === '&') return '&amp;';
    if (c === '<') return '&lt;';
    if (c === '>') return '&gt;';
    if (c === '_') return '_x005F_';
    return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
  });
}

function escapeAttribute(text: string): string {
  return escapeText(text).replaceAll('"', '&quot;');
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})$/;
const DAY_MS = 86_400_000;
/** Excel's serial day of 1970-01-01 (day 0 is 1899-12-30, which absorbs its 1900 leap bug). */
const EPOCH_SERIAL = 25_569;
// Indexes into cellXfs (styles.xml above).
const [BOLD, DATE_STYLE, TIME_STYLE] = [1, 2, 3];

/** Which columns hold numbers, 'YYYY-MM-DD' dates and 'HH:MM:SS' times (data rows only). */
export interface XlsxColumns {
  numeric: readonly number[];
  dates?: readonly number[];
  times?: readonly number[];
}

type Kind = 'number' | 'date' | 'time';

interface ColumnSets {
  /** Each column's cell opening, `<c r="A`, made when first needed. */
  opens: string[];
  /** Each column's kind, by index; text when unset. */
  kinds: (Kind | undefined)[];
  /**
   * Serial values already worked out, by cell text: a log repeats its days on every row. At
   * most a day a date of the range and a second a day: bounded, however long the file.
   */
  serials: Map<string, string | null>;
}

function columnSets(columns: XlsxColumns): ColumnSets {
  const kinds: (Kind | undefined)[] = [];
  for (const i of columns.numeric) kinds[i] = 'number';
  for (const i of columns.dates ?? []) kinds[i] = 'date';
  for (const i of columns.times ?? []) kinds[i] = 'time';
  return { opens: [], kinds, serials: new Map() };
}

/** A date or time cell's serial value: days since Excel's day 0, a fraction of a day for times. */
function serial(value: string, kind: 'date' | 'time', sets: ColumnSets): string | null {
  let known = sets.serials.get(value);
  if (known !== undefined) return known;
  known = null;
  if (kind === 'date') {
    const m = DATE.exec(value);
    const utc = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
    if (Number.isFinite(utc)) known = String(utc / DAY_MS + EPOCH_SERIAL);
  } else {
    const m = TIME.exec(value);
    if (m) known = String((Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])) / 86_400);
  }
  sets.serials.set(value, known);
  return known;
}

// Cell markup after the cell's reference (`<c r="A2`), by kind; a cell's reference is its
// column's name, cached, and the row's number, made once a row: this is per cell, on every row.
const DATE_CELL = `" s="${DATE_STYLE}"><v>`;
const TIME_CELL = `" s="${TIME_STYLE}"><v>`;
const HEADER_CELL = `" s="${BOLD}" t="inlineStr"><is><t`;
const TEXT_CELL = '" t="inlineStr"><is><t';
const WHITESPACE_AT_ENDS = /^\s|\s$/;

function rowXml(row: readonly string[], r: number, sets: ColumnSets) {
  const { opens, kinds } = sets;
  const n = String(r);
  const header = r === 1;
  let xml = '<row r="' + n + '">';
  for (let i = 0; i < row.length; i++) {
    const value = row[i] as string;
    if (value === '') continue;
    const open = (opens[i] ??= '<c r="' + columnName(i)) + n;
    const kind = header ? undefined : kinds[i];
    if (kind === 'date' || kind === 'time') {
      const dated = serial(value, kind, sets);
      if (dated !== null) {
        xml += open + (kind === 'date' ? DATE_CELL : TIME_CELL) + dated + '</v></c>';
        continue;
      }
    } else if (kind === 'number' && NUMBER.test(value)) {
      xml += open + '"><v>' + value + '</v></c>';
      continue;
    }
    // \s is what trim() takes off: text with spaces at its ends keeps them.
    const space = WHITESPACE_AT_ENDS.test(value) ? ' xml:space="preserve">' : '>';
    xml += open + (header ? HEADER_CELL : TEXT_CELL) + space + escapeText(value) + '</t></is></c>';
  }
  return xml + '</row>';
}

/** Excel's rules for a sheet name: 1 to 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string): string {
  const clean = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
  return clean.trim() === '' ? 'Sheet1' : clean;
}

/**
 * The workbook as a stream of bytes, made as `rows` yields its chunks of rows (the header row
 * first): each chunk's XML is compressed and handed on before the next is asked for, so neither
 * the rows nor the file need to be in memory at once. The zip entries carry their CRC and sizes
 * after their data (a data descriptor), which is what lets the sheet be sent as it is made.
 */
export async function* xlsxStream(
  name: string,
  columns: XlsxColumns,
  rows: AsyncIterable<readonly (readonly string[])[]> | Iterable<readonly (readonly string[])[]>,
  codec: ZipCodec = PLATFORM_CODEC,
): AsyncGenerator<Uint8Array> {
  const encoder = new platform.TextEncoder();
  const zip = new ZipStream(codec);
  for (const [path, text] of STATIC_FILES) yield* zip.entry(path, [encoder.encode(text)]);
  yield* zip.entry('xl/workbook.xml', [
    encoder.encode(
      `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        `<sheet name="${escapeAttribute(sheetName(name))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
  ]);
  const sets = columnSets(columns);
  async function* sheet(): AsyncGenerator<Uint8Array> {
    yield encoder.encode(
      `${HEAD}<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0">` +
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        '</sheetView></sheetViews><sheetData>',
    );
    let r = 0;
    for await (const chunk of rows) {
      const parts: string[] = [];
      for (const row of chunk) parts.push(rowXml(row, ++r, sets));
      if (parts.length > 0) yield encoder.encode(parts.join(''));
    }
    yield encoder.encode('</sheetData></worksheet>');
  }
  yield* zip.entry('xl/worksheets/sheet1.xml', sheet());
  yield zip.end();
}

/**
 * The workbook's bytes (the kiosk saves it as a file). The table is encoded in chunks of rows,
 * so a 200,000-row export never holds its whole XML as one string; `onProgress` gets the
 * fraction written.
 */
export async function encodeXlsx(
  table: ExportTable,
  name: string,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  const { rows } = table;
  async function* chunks() {
    for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) {
      const end = Math.min(rows.length, start + ROWS_PER_CHUNK);
      yield rows.slice(start, end);
      onProgress?.(end / rows.length);
      // A turn of the event loop between chunks: the kiosk's progress bar and clicks get the
      // thread (compression alone may resolve in microtasks and never let them in).
      await new Promise<void>((resolve) => platform.setTimeout(resolve, 0));
    }
  }
  const parts: Uint8Array[] = [];
  for await (const part of xlsxStream(name, table, chunks())) parts.push(part);
  return concat(parts);
}

// CRC-32 sliced by four: a sheet of 200,000 rows is well over 100 MB of XML to checksum.
const CRC_TABLES = (() => {
  const tables = Array.from({ length: 4 }, () => new Uint32Array(256));
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    tables[0]![n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 4; t++) {
      const previous = tables[t - 1]![n]!;
      tables[t]![n] = (tables[0]![previous & 0xff]! ^ (previous >>> 8)) >>> 0;
    }
  }
  return tables as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
})();

/** CRC-32 of `data` continued from `crc` (exported for the test that checks the server's). */
export function crc32(crc: number, data: Uint8Array): number {
  const [t0, t1, t2, t3] = CRC_TABLES;
  let c = ~crc >>> 0;
  let i = 0;
  for (const end = data.length - 3; i < end; i += 4) {
    c ^= data[i]! | (data[i + 1]! << 8) | (data[i + 2]! << 16) | (data[i + 3]! << 24);
    c = t3[c & 0xff]! ^ t2[(c >>> 8) & 0xff]! ^ t1[(c >>> 16) & 0xff]! ^ t0[c >>> 24]!;
  }
  for (; i < data.length; i++) c = t0[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

// General-purpose flag 3: CRC and sizes follow the data, in a data descriptor.
const DESCRIPTOR_FLAG = 0x0008;

/** A ZIP archive of deflated entries, written as a stream (no ZIP64: an export stays below 4 GB). */
class ZipStream {
  private central: Uint8Array[] = [];
  private offset = 0;
  private count = 0;

  constructor(private readonly codec: ZipCodec) {}

  /** One entry: its local header, its data compressed as `content` comes, then its descriptor. */
  async *entry(
    path: string,
    content: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  ): AsyncGenerator<Uint8Array> {
    const name = new platform.TextEncoder().encode(path);
    // Local header: signature, version 2.0, descriptor flag, deflate, a fixed 1980-01-01
    // timestamp; CRC and sizes are zero here and given by the descriptor.
    const local = header(30, name, [
      [4, 0x04034b50],
      [2, 20],
      [2, DESCRIPTOR_FLAG],
      [2, 8],
      [2, 0],
      [2, 0x21],
      [4, 0],
      [4, 0],
      [4, 0],
      [2, name.length],
      [2, 0],
    ]);
    yield local;
    const stream = this.codec.deflateRaw();
    const writer = stream.writable.getWriter();
    let crc = 0;
    let size = 0;
    // Compression runs off this thread: the content is written while its output is read and
    // handed on, each side waiting on the other (so at most a few chunks are held).
    const feeding = (async () => {
      try {
        for await (const chunk of content) {
          crc = this.codec.crc32(chunk, crc);
          size += chunk.length;
          await writer.write(chunk);
        }
        await writer.close();
      } catch (error) {
        await writer.abort(error).catch(() => {});
        throw error;
      }
    })();
    // Awaited below; until then a failure must not count as an unhandled rejection (fatal).
    feeding.catch(() => {});
    const reader = stream.readable.getReader();
    let compressed = 0;
    let done = false;
    try {
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        compressed += next.value.length;
        yield next.value;
      }
      done = true;
    } finally {
      // Stopped early (the reader of the stream went away): stop compressing too.
      if (!done) await reader.cancel().catch(() => {});
    }
    await feeding;
    const start = this.offset;
    this.offset += local.length + compressed + 16;
    if (size > 0xffffffff || this.offset > 0xffffffff) throw new RangeError('xlsx: over 4 GB');
    yield header(16, new Uint8Array(0), [
      [4, 0x08074b50],
      [4, crc],
      [4, compressed],
      [4, size],
    ]);
    this.central.push(
      header(46, name, [
        [4, 0x02014b50],
        [2, 20],
        [2, 20],
        [2, DESCRIPTOR_FLAG],
        [2, 8],
        [2, 0],
        [2, 0x21],
        [4, crc],
        [4, compressed],
        [4, size],
        [2, name.length],
        [2, 0],
        [2, 0],
        [2, 0],
        [2, 0],
        [4, 0],
        [4, start],
      ]),
    );
    this.count += 1;
  }

  /** The central directory and its end record: the archive's last bytes. */
  end(): Uint8Array {
    const centralSize = this.central.reduce((n, part) => n + part.length, 0);
    const end = header(22, new Uint8Array(0), [
      [4, 0x06054b50],
      [2, 0],
      [2, 0],
      [2, this.count],
      [2, this.count],
      [4, centralSize],
      [4, this.offset],
      [2, 0],
    ]);
    return concat([...this.central, end]);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Little-endian fields of a fixed size, then the entry's name. */
function header(size: number, name: Uint8Array, fields: [2 | 4, number][]): Uint8Array {
  const out = new Uint8Array(size + name.length);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [width, value] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
    at += width;
  }
  out.set(name, size);
  return out;
}
