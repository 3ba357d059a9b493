// A month's XLSX export is written piece by piece: the sheet is encoded and compressed a chunk of
// rows at a time, with progress after each, and the thread is free between chunks (the kiosk's
// progress bar moves). How fast is measured in tests/bench/functions.bench.ts, not here.
import { afterEach, expect, it, vi } from 'vitest';
import { exportLabels } from '../../../shared/export-labels';
import { buildExport } from '../../../shared/export';
import { encodeXlsx } from '../../../shared/xlsx';
import { unzip } from '../../server/support/unzip';
import { monthOfAttendance } from './fixtures';

afterEach(() => vi.restoreAllMocks());

it('writes a month of 15,000 events as XLSX chunk by chunk, yielding between chunks', async () => {
  const table = buildExport('events', monthOfAttendance(15_000, 300), exportLabels('fr'));
  expect(table.rows).toHaveLength(15_001);
  const encode = vi.spyOn(TextEncoder.prototype, 'encode');
  // Counts turns of the event loop while the export runs.
  let turns = 0;
  let running = true;
  const turn = () => {
    turns++;
    if (running) setImmediate(turn);
  };
  setImmediate(turn);
  const progress: { fraction: number; turns: number }[] = [];
  const bytes = await encodeXlsx(table, 'journal', (fraction) =>
    progress.push({ fraction, turns }),
  );
  running = false;

  // Progress after every chunk, rising to the end.
  expect(progress.length).toBeGreaterThanOrEqual(4);
  expect(progress.map((p) => p.fraction)).toEqual(
    progress.map((p) => p.fraction).sort((a, b) => a - b),
  );
  expect(progress.at(-1)!.fraction).toBe(1);
  // Other work ran between every two chunks.
  for (let i = 1; i < progress.length; i++) {
    expect(progress[i]!.turns, `turns before chunk ${i + 1}`).toBeGreaterThan(
      progress[i - 1]!.turns,
    );
  }
  // No piece of text encoded at once holds half of the sheet.
  const pieces = encode.mock.calls.map(([text]) => (text ?? '').length);
  const sheet = pieces.reduce((a, b) => a + b, 0);
  expect(Math.max(...pieces)).toBeLessThan(sheet / 2);

  // Every row reached the file (tests/unit/exports/round-trip.test.ts reads cells back).
  const xml = unzip(bytes).get('xl/worksheets/sheet1.xml')?.toString('utf8') ?? '';
  expect(xml.match(/<row /g)).toHaveLength(15_001);
  expect(xml).toContain(`<row r="15001">`);
}, 60_000);
