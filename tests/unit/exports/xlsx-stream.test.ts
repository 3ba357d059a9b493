// The XLSX writer as a stream: the same workbook, part by part, as the in-memory writer made
// before (tests/fixtures/export), and bytes handed on before the last rows are asked for.
import { readFileSync } from 'node:fs';
import crypto from 'node:crypto';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { encodeXlsx, xlsxStream } from '../../../shared/xlsx';
import { GOLDEN_SHEET_NAME, goldenTable } from '../../fixtures/export/workbook';
import { unzip } from '../../server/support/unzip';

const collect = async (stream: AsyncIterable<Uint8Array>) => {
  const parts: Uint8Array[] = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts);
};

describe('xlsxStream', () => {
  it('writes every part of the workbook byte for byte as before, but the date formats', async () => {
    const before = unzip(readFileSync('tests/fixtures/export/workbook.xlsx'));
    const now = unzip(await encodeXlsx(goldenTable(), GOLDEN_SHEET_NAME));
    expect([...now.keys()]).toEqual([...before.keys()]);
    for (const [name, bytes] of before) {
      // styles.xml gained the date and time formats (two number formats, two cell styles).
      if (name === 'xl/styles.xml') continue;
      expect(now.get(name)?.equals(bytes), name).toBe(true);
    }
    const withoutDates = now
      .get('xl/styles.xml')!
      .toString()
      .replace(/<numFmts .*?<\/numFmts>/, '')
      .replace(
        /<cellXfs count="4">(.*?)<xf numFmtId="164".*?<\/cellXfs>/,
        '<cellXfs count="2">$1</cellXfs>',
      );
    expect(withoutDates).toBe(before.get('xl/styles.xml')!.toString());
    const streamed = await collect(
      xlsxStream(GOLDEN_SHEET_NAME, goldenTable(), [
        goldenTable().rows.slice(0, 7),
        [],
        goldenTable().rows.slice(7),
      ]),
    );
    expect(streamed.equals(Buffer.from(await encodeXlsx(goldenTable(), GOLDEN_SHEET_NAME)))).toBe(
      true,
    );
  });

  it('hands bytes on before the last rows are asked for, and reads back whole', async () => {
    // Random text compresses little, so the compressor has output long before the end.
    const cell = () => crypto.randomBytes(12).toString('hex');
    const chunks = Array.from({ length: 10 }, () =>
      Array.from({ length: 1_000 }, () => [cell(), cell(), '42']),
    );
    let asked = 0;
    let receivedWhenLastAsked = -1;
    let received = 0;
    async function* rows() {
      yield [['a', 'b', 'n']];
      for (const chunk of chunks) {
        asked++;
        if (asked === chunks.length) receivedWhenLastAsked = received;
        yield chunk;
      }
    }
    const parts: Uint8Array[] = [];
    for await (const part of xlsxStream('x', { numeric: [2] }, rows())) {
      received += part.length;
      parts.push(part);
    }
    // The static parts are ~2 KB: far more than that was out before the last chunk was made.
    expect(receivedWhenLastAsked).toBeGreaterThan(100_000);
    const sheet = await readSheet(Buffer.concat(parts), { trim: false });
    expect(sheet.length).toBe(10_001);
    expect(sheet[10_000]).toEqual([...chunks[9]![999]!.slice(0, 2), 42]);
  });

  it('fails, and does not hang, when its rows fail', async () => {
    async function* rows() {
      yield [['a']];
      throw new Error('database gone');
    }
    await expect(collect(xlsxStream('x', { numeric: [] }, rows()))).rejects.toThrow(
      'database gone',
    );
  });
});
