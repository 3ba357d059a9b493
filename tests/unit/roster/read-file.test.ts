import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it, vi } from 'vitest';
import { readRosterFile } from '../../../renderer/ui/roster/readFile';
import { decodeText, decodeWindows1252, MAX_ROSTER_BYTES } from '../../../shared/roster-file';
import { planRosterImport } from '../../../shared/roster-import';
import { PNG, ZIP } from '../../fixtures/roster/files';
import { bufferOf, windows1252 } from './helpers';

const utf8 = (text: string) => new TextEncoder().encode(text);
const HEADER = 'Numéro;Prénom;Nom;Groupes;Langue';

describe('decoding a text file', () => {
  it('reads UTF-8 with a BOM, and drops the BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Léa Müller')]);
    expect(decodeText(bytes)).toEqual({ text: 'Léa Müller', encoding: 'utf-8' });
  });

  it('reads valid UTF-8 without a BOM as UTF-8', () => {
    expect(decodeText(utf8('Léa Müller, Zoë, Œdipe ’'))).toEqual({
      text: 'Léa Müller, Zoë, Œdipe ’',
      encoding: 'utf-8',
    });
  });

  it('reads anything else as Windows-1252, including its 0x80–0x9F letters', () => {
    const bytes = windows1252('Léa Müller');
    expect([...bytes]).toEqual([0x4c, 0xe9, 0x61, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]);
    expect(decodeText(bytes)).toEqual({ text: 'Léa Müller', encoding: 'windows-1252' });
    expect(decodeText(windows1252('O’Brien, Œuvre, 5 €')).text).toBe('O’Brien, Œuvre, 5 €');
  });

  it('decodes every Windows-1252 byte as the WHATWG table says', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text.charCodeAt(0x41)).toBe(0x41);
    expect(text.charAt(0x80)).toBe('€');
    expect(text.charAt(0x9f)).toBe('Ÿ');
    expect(text.charCodeAt(0x81)).toBe(0x81); // unassigned: kept as a C1 control, reported later
    expect(text.charAt(0xe9)).toBe('é');
    // Long input is decoded in chunks without losing or reordering bytes.
    const long = new Uint8Array(50_000).map((_, i) => 0x41 + (i % 26));
    expect(decodeWindows1252(long)).toBe(Array.from(long, (b) => String.fromCharCode(b)).join(''));
  });
});

describe('reading a roster file', () => {
  it('reads a Windows-1252 CSV with ; into the rows the plan takes', async () => {
    const text = `${HEADER}\r\n1001;Léa;Müller;animation;fr\r\n1002;Seán;O’Brien;;en\r\n`;
    const result = await readRosterFile('élèves.csv', bufferOf(windows1252(text)));
    expect(result.ok && result.format).toEqual({
      kind: 'csv',
      encoding: 'windows-1252',
      delimiter: ';',
    });
    if (!result.ok) throw new Error('unreadable');
    const plan = planRosterImport(result.input, new Map());
    expect(plan.problems).toEqual([]);
    expect(plan.learners.map((l) => `${l.firstName} ${l.lastName}`)).toEqual([
      'Léa Müller',
      'Seán O’Brien',
    ]);
  });

  it('detects , and keeps quoted fields', async () => {
    const text = 'id,first name,last name,groups\n7,"Anne, Marie","Van ""den"" Berg","a;b"\n';
    const result = await readRosterFile('list.csv', bufferOf(utf8(text)));
    if (!result.ok) throw new Error('unreadable');
    expect(result.format).toEqual({ kind: 'csv', encoding: 'utf-8', delimiter: ',' });
    expect(result.input.records).toEqual([
      { line: 2, cells: ['7', 'Anne, Marie', 'Van "den" Berg', 'a;b'] },
    ]);
  });

  it('reads the first sheet of an XLSX, with spreadsheet row numbers as lines', async () => {
    const buffer = await writeExcelFile([
      [null, null, null],
      ['Matricule', 'Prénom', 'Nom', 'Langue'],
      [1001, '  Léa ', 'Müller', 'fr'],
      [null, null, null, null],
      ['1002', 'Noah', null, 'nl'],
    ]).toBuffer();
    const result = await readRosterFile('roster.bin', bufferOf(buffer));
    if (!result.ok) throw new Error('unreadable');
    expect(result.format).toEqual({ kind: 'xlsx' });
    expect(result.input.headerLine).toBe(2);
    expect(result.input.header).toEqual(['Matricule', 'Prénom', 'Nom', 'Langue']);
    const plan = planRosterImport(result.input, new Map());
    expect(plan.learners[0]).toMatchObject({ id: '1001', firstName: 'Léa', lastName: 'Müller' });
    expect(plan.problems).toEqual([
      { line: 5, column: 'Nom', problem: 'empty-last-name', severity: 'error' },
    ]);
  });

  it('names what it cannot read: empty, too large, old .xls, a broken .xlsx', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await readRosterFile('a.csv', new ArrayBuffer(0))).toEqual({
      ok: false,
      problem: 'empty',
    });
    expect(await readRosterFile('a.csv', new ArrayBuffer(MAX_ROSTER_BYTES + 1))).toEqual({
      ok: false,
      problem: 'too-large',
    });
    expect(await readRosterFile('old.xls', bufferOf(ole))).toEqual({ ok: false, problem: 'xls' });
    expect(await readRosterFile('a.xlsx', bufferOf(utf8(HEADER)))).toEqual({
      ok: false,
      problem: 'bad-xlsx',
    });
    const truncatedZip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(await readRosterFile('a.xlsx', bufferOf(truncatedZip))).toEqual({
      ok: false,
      problem: 'bad-xlsx',
    });
  });

  it('refuses what is not text (an image, a zip renamed .csv, random bytes) as not-text', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // Bytes with no NUL, as some binary formats have at their start.
    const noise = Uint8Array.from({ length: 600 }, (_, i) => 1 + ((i * 151 + 7) % 255));
    for (const [name, bytes] of [
      ['photo.csv', PNG],
      ['archive.csv', ZIP],
      ['noise.csv', noise],
    ] as const) {
      expect(await readRosterFile(name, bufferOf(bytes)), name).toEqual({
        ok: false,
        problem: 'not-text',
      });
    }
  });
});
