// The server's zip codec (server/jobs/xlsx-codec.ts): node:zlib's CRC-32 must be the writer's
// own, however the data is cut, and its faster deflate must change the bytes, never the content.
import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_ZIP_CODEC } from '../../../server/jobs/xlsx-codec';
import { crc32, PLATFORM_CODEC, xlsxStream, type ZipCodec } from '../../../shared/xlsx';
import { unzip } from '../../server/support/unzip';

const collect = async (stream: AsyncIterable<Uint8Array>) => {
  const parts: Uint8Array[] = [];
  for await (const part of stream) parts.push(part);
  return Buffer.concat(parts);
};

describe('the server zip codec', () => {
  it('computes the same CRC-32 as the JavaScript one, over data cut anywhere', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), fc.array(fc.nat()), (data, cuts) => {
        const ends = [...new Set(cuts.map((c) => c % (data.length + 1)))].sort((a, b) => a - b);
        let native = 0;
        let js = 0;
        let from = 0;
        for (const end of [...ends, data.length]) {
          native = NODE_ZIP_CODEC.crc32(data.subarray(from, end), native);
          js = crc32(js, data.subarray(from, end));
          from = end;
        }
        expect(native).toBe(js);
        expect(PLATFORM_CODEC.crc32(data, 0)).toBe(js);
      }),
    );
  });

  it('writes a workbook whose parts are the platform codec’s, in other bytes', async () => {
    // Random text, half of it markup to escape, over several chunks: real deflate work.
    const cell = () => crypto.randomBytes(9).toString('base64') + '<&>';
    const chunks = [
      [['nom', 'n', 'jour']],
      ...Array.from({ length: 5 }, () =>
        Array.from({ length: 2_000 }, () => [cell(), '7', '2026-11-02']),
      ),
    ];
    const write = (codec: ZipCodec) =>
      collect(xlsxStream('x', { numeric: [1], dates: [2] }, chunks, codec));
    const [platform, native] = await Promise.all([write(PLATFORM_CODEC), write(NODE_ZIP_CODEC)]);
    expect(native.equals(platform)).toBe(false);
    // unzip checks every part against its CRC-32.
    const [expected, actual] = [unzip(platform), unzip(native)];
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true);
  });
});
