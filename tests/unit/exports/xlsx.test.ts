// The XLSX writer, read back with read-excel-file: every cell comes back exactly, whatever it holds.
import fc from 'fast-check';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { encodeXlsx } from '../../../shared/xlsx';

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
});
