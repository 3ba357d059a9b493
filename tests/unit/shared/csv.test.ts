import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, neutraliseCell, parseCsv, toCsv } from '../../../shared/csv';
import type { CsvDelimiter } from '../../../shared/csv';

const cellsOf = (text: string, delimiter?: CsvDelimiter) =>
  parseCsv(text, delimiter === undefined ? undefined : { delimiter }).records.map((r) => r.cells);
const linesOf = (text: string) => parseCsv(text).records.map((r) => r.line);

/** Units that stress CSV: quotes, both delimiters, every line end, formula starters, BOM, emoji. */
const nastyUnit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...'";,\r\n=+-@\t \'', '\r\n', '\uFEFF', '😀', 'é') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const cellArb = fc.string({ unit: nastyUnit, maxLength: 12 });
const delimiterArb = fc.constantFrom<CsvDelimiter>(';', ',');
/** Rows of one width, at least one cell each. */
const tableArb = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.array(fc.array(cellArb, { minLength: width, maxLength: width }), { maxLength: 8 }),
  );

describe('parseCsv', () => {
  it('reads plain records with either delimiter', () => {
    expect(cellsOf('id;prénom;nom\r\n1;Léa;Dubois\r\n')).toEqual([
      ['id', 'prénom', 'nom'],
      ['1', 'Léa', 'Dubois'],
    ]);
    expect(cellsOf('id,first name,last name\n1,Léa,Dubois')).toEqual([
      ['id', 'first name', 'last name'],
      ['1', 'Léa', 'Dubois'],
    ]);
    expect(parseCsv('a,b').delimiter).toBe(',');
  });

  it('reads quoted cells with doubled quotes, delimiters and line breaks inside', () => {
    const text = '"a""b";"c;d";"e,f"\r\n"x\r\ny";"p\nq";"r\rs"\r\n';
    expect(cellsOf(text)).toEqual([
      ['a"b', 'c;d', 'e,f'],
      ['x\r\ny', 'p\nq', 'r\rs'],
    ]);
    expect(parseCsv(text).problems).toEqual([]);
  });

  it('keeps empty cells, including a quoted empty cell alone on its line', () => {
    expect(cellsOf(';;\r\n""\r\n;"";\r\n')).toEqual([['', '', ''], [''], ['', '', '']]);
  });

  it('accepts CRLF, LF and lone CR between records, mixed, and counts each as one line', () => {
    const text = 'a;1\r\nb;2\nc;3\rd;4';
    expect(cellsOf(text)).toEqual([
      ['a', '1'],
      ['b', '2'],
      ['c', '3'],
      ['d', '4'],
    ]);
    expect(linesOf(text)).toEqual([1, 2, 3, 4]);
  });

  it('reads a CR-only file (old Mac Excel), quoted line breaks included', () => {
    const text = 'id;nom\r1;"Du\rbois"\r2;Martin\r';
    expect(cellsOf(text)).toEqual([
      ['id', 'nom'],
      ['1', 'Du\rbois'],
      ['2', 'Martin'],
    ]);
    expect(linesOf(text)).toEqual([1, 2, 4]);
  });

  it('strips one leading BOM, and only at the very start', () => {
    expect(cellsOf('\uFEFFid;nom\r\n')).toEqual([['id', 'nom']]);
    expect(cellsOf('\uFEFF\uFEFFid;nom')).toEqual([['\uFEFFid', 'nom']]);
    expect(cellsOf('id;\uFEFFnom')).toEqual([['id', '\uFEFFnom']]);
    expect(parseCsv('\uFEFF')).toEqual({ delimiter: ';', records: [], problems: [] });
  });

  it('ignores the trailing empty line and skips blank lines, which still count as lines', () => {
    const text = '\r\na;b\r\n\r\n\nc;d\r\n\r\n';
    expect(cellsOf(text)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(linesOf(text)).toEqual([2, 5]);
    expect(parseCsv('')).toEqual({ delimiter: ';', records: [], problems: [] });
  });

  it('numbers records by the physical line they start on, across multi-line cells', () => {
    const text = 'id;note\r\n1;"line one\r\nline two\nline three"\r\n2;"x"\r\n3;"\r\n\r\n"\r\n4;y';
    expect(linesOf(text)).toEqual([1, 2, 5, 6, 9]);
  });

  it('reports an unterminated quote at the line where it opened; the rest becomes the cell', () => {
    const result = parseCsv('id;nom\r\n1;Dubois\r\n2;"Mar\r\ntin\r\n3;Lenoir\r\n');
    expect(result.problems).toEqual([{ line: 3, message: 'unterminated-quote' }]);
    expect(result.records.at(-1)).toEqual({ line: 3, cells: ['2', 'Mar\r\ntin\r\n3;Lenoir\r\n'] });
  });

  it('reports a stray quote inside an unquoted cell and keeps the text as it is', () => {
    const result = parseCsv('id;nom\r\n1;Du"bois\r\n2;Martin');
    expect(result.problems).toEqual([{ line: 2, message: 'stray-quote' }]);
    expect(result.records[1]?.cells).toEqual(['1', 'Du"bois']);
  });

  it('reports text after a closing quote on the line where that text stands', () => {
    const result = parseCsv('id;nom\r\n1;"Du\nbo"is;x\r\n');
    expect(result.problems).toEqual([{ line: 3, message: 'stray-quote' }]);
    expect(result.records[1]).toEqual({ line: 2, cells: ['1', 'Du\nbois', 'x'] });
  });

  it('uses the delimiter it is given over the detected one', () => {
    expect(cellsOf('a;b,c', ',')).toEqual([['a;b', 'c']]);
    expect(cellsOf('a;b,c', ';')).toEqual([['a', 'b,c']]);
  });

  // How fast: tests/bench/functions.bench.ts.
  it('parses 10 MB of quoted fields, line ends inside quotes', () => {
    const row = '123456;"Dubois, ""Léa""";Martin;"animation|jeu\r\nvidéo";fr\r\n';
    const text =
      'id;nom;prénom;groupes;langue\r\n' + row.repeat(Math.ceil(10_000_000 / row.length));
    const result = parseCsv(text);
    expect(result.problems).toEqual([]);
    expect(result.records.at(-1)?.cells).toEqual([
      '123456',
      'Dubois, "Léa"',
      'Martin',
      'animation|jeu\r\nvidéo',
      'fr',
    ]);
  });

  it('never throws on arbitrary text, and numbers records in increasing line order', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: nastyUnit, maxLength: 200 }),
        fc.option(delimiterArb),
        (t, d) => {
          const result = parseCsv(t, d === null ? undefined : { delimiter: d });
          const lines = result.records.map((r) => r.line);
          expect(lines).toEqual([...lines].sort((a, b) => a - b));
          expect(new Set(lines).size).toBe(lines.length);
          for (const record of result.records) expect(record.cells.length).toBeGreaterThan(0);
          for (const problem of result.problems) expect(problem.line).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('detectDelimiter', () => {
  it('takes the more frequent of ; and , in the first record, ; on a tie', () => {
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('a;b,c')).toBe(';');
    expect(detectDelimiter('nom')).toBe(';');
    expect(detectDelimiter('')).toBe(';');
    expect(detectDelimiter('a,b;c,d')).toBe(',');
  });

  it('ignores delimiters inside quotes, later records, a BOM and leading blank lines', () => {
    expect(detectDelimiter('"a;b;c",d')).toBe(',');
    expect(detectDelimiter('"a,""b"",c";d')).toBe(';');
    expect(detectDelimiter('"x\r\n;;;",y')).toBe(',');
    expect(detectDelimiter('a,b\r\n1;2;3;4;5')).toBe(',');
    expect(detectDelimiter('\uFEFF\r\n\r\na,b')).toBe(',');
    expect(detectDelimiter('a,"b;c;d')).toBe(','); // unterminated: the rest is one cell
  });

  it('finds the delimiter of any header row whose cells hold neither candidate', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'abcé "\t'), minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(plain, { minLength: 2, maxLength: 6 }), delimiterArb, (header, d) => {
        expect(detectDelimiter(toCsv([header, ['1;2,3']], { delimiter: d }))).toBe(d);
      }),
    );
  });
});

describe('neutraliseCell', () => {
  it('prefixes an apostrophe to cells a spreadsheet would run as a formula', () => {
    for (const cell of ['=1+1', '+32 4 123', '-5', '@SUM(A1)', '\tx', '\r=1', '=']) {
      expect(neutraliseCell(cell)).toBe(`'${cell}`);
    }
    for (const cell of ['', 'Léa', ' =1', "'=1", '1-2', 'a=b', '😀']) {
      expect(neutraliseCell(cell)).toBe(cell);
    }
  });
});

describe('toCsv', () => {
  it('writes a BOM, ; and CRLF by default, and quotes only where needed', () => {
    expect(
      toCsv([
        ['id', 'nom'],
        ['1', 'Dubois'],
      ]),
    ).toBe('\uFEFFid;nom\r\n1;Dubois\r\n');
    expect(toCsv([['a b', 'x']], { delimiter: ',', bom: false })).toBe('a b,x\r\n');
    expect(toCsv([])).toBe('\uFEFF');
  });

  it('quotes delimiters, quotes, line breaks, edge spaces and a leading BOM', () => {
    const row = ['a;b', 'a,b', 'say "hi"', 'x\ny', 'x\ry', ' lead', 'trail ', '\uFEFFbom', 'ok'];
    expect(toCsv([row], { bom: false })).toBe(
      '"a;b";"a,b";"say ""hi""";"x\ny";"x\ry";" lead";"trail ";"\uFEFFbom";ok\r\n',
    );
  });

  it('neutralises formula cells, then quotes them if needed', () => {
    expect(toCsv([['=HYPERLINK("x")', '-1', '\tcmd', '@a;b']], { bom: false })).toBe(
      `"'=HYPERLINK(""x"")";'-1;'\tcmd;"'@a;b"\r\n`,
    );
  });

  it('writes a row of one empty cell as "" so that it is not read back as a blank line', () => {
    const text = toCsv([[''], ['a'], ['']], { bom: false });
    expect(text).toBe('""\r\na\r\n""\r\n');
    expect(cellsOf(text)).toEqual([[''], ['a'], ['']]);
    expect(cellsOf(toCsv([['', '']]))).toEqual([['', '']]);
  });

  it('round-trips through parseCsv, delimiter detected, for rows of equal width', () => {
    fc.assert(
      fc.property(tableArb, delimiterArb, fc.boolean(), (rows, delimiter, bom) => {
        const parsed = parseCsv(toCsv(rows, { delimiter, bom }));
        expect(parsed.problems).toEqual([]);
        expect(parsed.records.map((r) => r.cells)).toEqual(rows.map((r) => r.map(neutraliseCell)));
        if (rows.length > 0 && (rows[0]?.length ?? 0) > 1) expect(parsed.delimiter).toBe(delimiter);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips rows of any width when the delimiter is given', () => {
    const rowsArb = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { maxLength: 8 });
    fc.assert(
      fc.property(rowsArb, delimiterArb, (rows, delimiter) => {
        const parsed = parseCsv(toCsv(rows, { delimiter }), { delimiter });
        expect(parsed.records.map((r) => r.cells)).toEqual(rows.map((r) => r.map(neutraliseCell)));
      }),
    );
  });

  it('numbers each record by the lines the rows before it took', () => {
    fc.assert(
      fc.property(tableArb, delimiterArb, (rows, delimiter) => {
        const breaks = (s: string) => s.match(/\r\n|\r|\n/g)?.length ?? 0;
        let line = 1;
        const expected = rows.map((row) => {
          const start = line;
          line += breaks(toCsv([row], { delimiter, bom: false }));
          return start;
        });
        expect(parseCsv(toCsv(rows, { delimiter })).records.map((r) => r.line)).toEqual(expected);
      }),
    );
  });
});
