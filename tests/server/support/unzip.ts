// Reads a ZIP archive (an XLSX file) the way spreadsheet programs do, from its central directory:
// each entry's name and inflated bytes, each checked against its CRC-32 as Excel does. Enough to
// compare workbooks part by part.
import { crc32, inflateRawSync } from 'node:zlib';

export function unzip(archive: Uint8Array): Map<string, Buffer> {
  const zip = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const parts = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central entry at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + compressed);
    const bytes = method === 8 ? inflateRawSync(raw) : Buffer.from(raw);
    if (crc32(bytes) !== zip.readUInt32LE(at + 16)) throw new Error(`${name}: wrong CRC-32`);
    parts.set(name, bytes);
    at += 46 + nameLength + extra;
  }
  return parts;
}

/**
 * Whether the server sent the kiosk's file: a workbook part for part once inflated (the server
 * deflates with node:zlib at another level, server/jobs/xlsx-codec.ts), anything else byte for
 * byte.
 */
export function sameFile(actual: Uint8Array, expected: Uint8Array): boolean {
  const zip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!zip(actual) || !zip(expected)) return Buffer.from(actual).equals(Buffer.from(expected));
  const [a, b] = [unzip(actual), unzip(expected)];
  return (
    [...a.keys()].join('\n') === [...b.keys()].join('\n') &&
    [...a].every(([name, bytes]) => bytes.equals(b.get(name)!))
  );
}
