// Export then parse gives back the same cells, for any names: CSV (bytes, BOM, either delimiter,
// neutralised formula starters) and XLSX (exact text, numbers as numbers).
import fc from 'fast-check';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { exportLabels } from '../../../shared/export-labels';
import { encodeXlsx } from '../../../shared/xlsx';
import { neutraliseCell, parseCsv, toCsv, type CsvDelimiter } from '../../../shared/csv';
import {
  buildEventLog,
  buildLearnerSummary,
  buildPresenceMatrix,
  type ExportInput,
} from '../../../shared/export';
import { STAFF, ev, learner } from './fixtures';

const labels = exportLabels('fr');

/** Names that stress a CSV file: quotes, both delimiters, line ends, emoji, formula starters. */
const nastyUnit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...'";,\r\n=+-@\t \'', '\r\n', '\uFEFF', '😀', 'é') },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);
const nameArb = fc.oneof(
  fc.string({ unit: nastyUnit, maxLength: 12 }),
  fc.constantFrom('=HYPERLINK("http://x")', '+32 4', '-5', '@SUM(A1)', '\tTab', '\rCR'),
);

/** One learner a triple of names (first, last, group), each checked in by hand with a reason
 * text and a staff name that are hostile too. */
function inputFor(names: [string, string, string][]): ExportInput {
  const learners = names.map(([first, last, group], i) =>
    learner(`L${i + 1}`, first, last, [group]),
  );
  const events = learners.map((l, i) =>
    ev(`n${i}`, '2026-10-24T12:00:00', {
      type: 'check-in',
      learnerId: l.id,
      method: 'manual',
      reason: { code: 'other', text: names[i]![0] },
      actor: STAFF,
    }),
  );
  const staffNames = new Map([['S1', names[0]![1]]]);
  return { events, learners, staffNames, range: { from: '2026-10-24', to: '2026-10-24' } };
}

const tables = (input: ExportInput) => [
  buildEventLog(input, labels),
  buildLearnerSummary(input, labels),
  buildPresenceMatrix(input, labels),
];

const namesArb = (name: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(name, name, name), { minLength: 1, maxLength: 5 });

describe('CSV export round trip', () => {
  it('gives back the same cells, neutralised, for any names, with either delimiter', () => {
    fc.assert(
      fc.property(
        namesArb(nameArb),
        fc.constantFrom<CsvDelimiter>(';', ','),
        (names, delimiter) => {
          const input = inputFor(names);
          for (const table of tables(input)) {
            const bytes = new TextEncoder().encode(toCsv(table.rows, { delimiter }));
            expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
            const parsed = parseCsv(new TextDecoder().decode(bytes));
            expect(parsed.delimiter).toBe(delimiter);
            expect(parsed.problems).toEqual([]);
            expect(parsed.records.map((r) => r.cells)).toEqual(
              table.rows.map((row) => row.map(neutraliseCell)),
            );
          }
          // The names themselves, found by learner id, cell by cell.
          const summary = parseCsv(
            new TextDecoder().decode(
              new TextEncoder().encode(
                toCsv(buildLearnerSummary(input, labels).rows, { delimiter }),
              ),
            ),
          ).records;
          for (const l of input.learners) {
            const cells = summary.find((r) => r.cells[0] === l.id)!.cells;
            expect(cells.slice(1, 4)).toEqual(
              [l.firstName, l.lastName, l.groups[0]!].map(neutraliseCell),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** XLSX carries any text exactly, controls and unpaired surrogates included. */
const xlsxUnit = fc.oneof(
  nastyUnit,
  fc.constantFrom('<', '&', '_x0041_', '\u0001', '\uFFFE', '\uD800', '\uDC00'),
);
const xlsxNameArb = fc.oneof(
  fc.string({ unit: xlsxUnit, minLength: 1, maxLength: 12 }),
  fc.constantFrom('constructor', '__proto__', '=1+1', '-5'),
);

describe('XLSX export round trip', () => {
  it('gives back the same cells, exactly, numbers as numbers, for any names', async () => {
    await fc.assert(
      fc.asyncProperty(namesArb(xlsxNameArb), async (names) => {
        for (const table of tables(inputFor(names))) {
          const bytes = await encodeXlsx(table, 'x');
          const sheet = await readSheet(Buffer.from(bytes), { trim: false });
          const numeric = new Set(table.numeric);
          const dates = new Set(table.dates);
          const times = new Set(table.times);
          const expected = table.rows.map((row, r) =>
            row.map((cell, c) =>
              cell === ''
                ? null
                : r > 0 && dates.has(c)
                  ? new Date(`${cell}T00:00:00Z`)
                  : r > 0 && times.has(c)
                    ? new Date(`1899-12-30T${cell}Z`)
                    : r > 0 && numeric.has(c)
                      ? Number(cell)
                      : cell,
            ),
          );
          expect(sheet).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
