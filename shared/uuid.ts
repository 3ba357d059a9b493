// UUIDv7 (RFC 9562 §5.7): event ids that sort by creation time, made on the kiosk without a server.

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_TIMESTAMP = 2 ** 48 - 1;

/**
 * A version-7 UUID: 48-bit big-endian Unix milliseconds, version 7, variant 0b10, 74 random bits.
 * Ids made in different milliseconds sort by time; within one millisecond their order is random,
 * which is fine because the event order is (at, id) and `at` already ties them.
 */
export function uuidv7(now: number, randomBytes: (n: number) => Uint8Array): string {
  if (!Number.isFinite(now) || now < 0 || now > MAX_TIMESTAMP) {
    throw new RangeError('uuidv7: timestamp out of the 48-bit millisecond range');
  }
  const random = randomBytes(10);
  if (random.length < 10) throw new Error('uuidv7: the random source returned too few bytes');
  const bytes = new Uint8Array(16);
  let ms = Math.floor(now);
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | ((random[0] as number) & 0x0f);
  bytes[7] = random[1] as number;
  bytes[8] = 0x80 | ((random[2] as number) & 0x3f);
  bytes.set(random.subarray(3, 10), 9);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Any RFC 9562 textual UUID (any version, either case). */
export function isUuid(s: string): boolean {
  return typeof s === 'string' && UUID_PATTERN.test(s);
}
