// The XLSX writer, read back with read-excel-file: every cell comes back exactly, whatever it holds.
import fc from 'fast-check';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { encodeXlsx } from '../../../shared/xlsx';
import { unzip } from '../../server/support/unzip';

async function readBack(bytes: Uint8Array) {
  return readSheet(Buffer.from(bytes), { trim: false });
}

/** Names as hostile as they come: quotes, delimiters, line ends, emoji, formula starters,
 * XML markup, controls, Excel's own escape syntax, and keys of Object.prototype. */
const hostileUnit = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ...'";,\r\n=+-@\t <>&_\'',
      '\r\n',
      '😀',
      'é',
      '_x0041_',
      '\u0001',
      '\uFFFE',
      '\uD800',
      '\uDC00',
      // Spaces other than ' ' at a cell's ends must keep xml:space="preserve" too.
      '\u00A0',
      '\u2028',
      '\u3000',
      '\uFEFF',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const hostileArb = fc.oneof(
  fc.string({ unit: hostileUnit, minLength: 1, maxLength: 12 }),
  fc.constantFrom('constructor', '__proto__', 'toString', '=1+1', '-5', '@SUM(A1)'),
);

describe('encodeXlsx', () => {
  it('writes text and numbers that read-excel-file reads back, header first', async () => {
    const rows = [
      ['Nom', 'Jours', 'Taux'],
      ['Léa', '3', '66.7'],
      ['constructor', '0', ''],
      ['=1+1', 'x', '100'],
    ];
    const sheet = await readBack(await encodeXlsx({ rows, numeric: [1, 2] }, 'journal'));
    expect(sheet).toEqual([
      ['Nom', 'Jours', 'Taux'],
      ['Léa', 3, 66.7],
      ['constructor', 0, null],
      ['=1+1', 'x', 100],
    ]);
  });

  it('gives back the same cells for any text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(hostileArb, hostileArb, hostileArb), { minLength: 1, maxLength: 6 }),
        async (body) => {
          const rows = [['a', 'b', 'c'], ...body.map((r) => [...r])];
          const sheet = await readBack(await encodeXlsx({ rows, numeric: [] }, 'x'));
          expect(sheet).toEqual(rows);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('writes dates and times as numbers with a date or time format, text elsewhere', async () => {
    const rows = [
      ['Date', 'Heure', 'Nom'],
      ['2026-10-25', '02:30:00', 'Léa'],
      ['1999-12-31', '23:59:59', '2026-10-25'],
      ['', '', ''],
    ];
    const bytes = await encodeXlsx({ rows, numeric: [], dates: [0], times: [1] }, 'journal');
    const parts = unzip(bytes);
    const styles = parts.get('xl/styles.xml')!.toString();
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>');
    expect(styles).toContain('<numFmt numFmtId="165" formatCode="hh:mm:ss"/>');
    const xfs = [...styles.matchAll(/<xf numFmtId="(\d+)"[^>]*xfId="0"/g)].map((m) => m[1]);
    const sheet = parts.get('xl/worksheets/sheet1.xml')!.toString();
    // Serial days since 1899-12-30 and fractions of a day: what Excel sorts and filters.
    const date = /<c r="A2" s="(\d+)"><v>([^<]*)<\/v><\/c>/.exec(sheet)!;
    expect(xfs[Number(date[1])]).toBe('164');
    expect(Number(date[2])).toBe(46320);
    const time = /<c r="B2" s="(\d+)"><v>([^<]*)<\/v><\/c>/.exec(sheet)!;
    expect(xfs[Number(time[1])]).toBe('165');
    expect(Number(time[2]) * 86_400).toBeCloseTo(2.5 * 3600, 6);
    expect(sheet).toContain('<c r="C3" t="inlineStr"><is><t>2026-10-25</t></is></c>');
    // Read back as a spreadsheet program does: real dates (times on Excel's day zero).
    const back = await readBack(bytes);
    expect(back[0]).toEqual(['Date', 'Heure', 'Nom']);
    expect(back[1]).toEqual([
      new Date('2026-10-25T00:00:00Z'),
      new Date('1899-12-30T02:30:00Z'),
      'Léa',
    ]);
    expect(back[2]).toEqual([
      new Date('1999-12-31T00:00:00Z'),
      new Date('1899-12-30T23:59:59Z'),
      '2026-10-25',
    ]);
  });
});
