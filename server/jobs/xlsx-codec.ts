// The server's zip codec for XLSX exports (shared/xlsx.ts): node:zlib's native CRC-32 and a raw
// deflate at level 1. Measured on a month's event log (docs/benchmarks.md, issue 14), the
// JavaScript CRC and CompressionStream's level 6 were most of the export worker's CPU, and that
// worker runs below the kiosks. Level 1 makes files somewhat larger, with the same content.
import { Duplex } from 'node:stream';
import zlib from 'node:zlib';
import type { ZipCodec } from '../../shared/xlsx';

export const XLSX_DEFLATE_LEVEL = 1;

export const NODE_ZIP_CODEC: ZipCodec = {
  crc32: (data, crc) => zlib.crc32(data, crc),
  deflateRaw: () => Duplex.toWeb(zlib.createDeflateRaw({ level: XLSX_DEFLATE_LEVEL })),
};
