// One-time enrolment codes and the enrolment link: what the console's QR code carries to a
// kiosk's camera (the server's address and the code), so nobody types either on a touch screen.
// The server makes the codes (server/auth.ts); kiosk and console read them here.

// Crockford's base32: no I, L, O or U, so nothing reads as another symbol; typed codes are
// forgiving (lower case, spaces, dashes, O for 0, I and L for 1).
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_SYMBOLS = 20; // 100 bits

/** A code as typed → its canonical form (what the server hashes), or null when it cannot be one. */
export function normaliseCode(input: string): string | null {
  const code = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== CODE_SYMBOLS) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/** The canonical code grouped by four for reading: `7KQ2-M9XD-…`. */
export function groupCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * The link's scheme. Not a badge: a badge token has no colon (shared/badge.ts), so the check-in
 * reads this as a foreign code, never as a learner.
 */
export const ENROL_SCHEME = 'accueil-enrol:';
const VERSION = '1';
/** Longer than any server address anyone types; bounds what a hostile code makes us parse. */
export const ENROL_LINK_MAX = 512;

export interface EnrolLink {
  /** http(s) origin and path, no credentials, query or fragment, no trailing slash. */
  serverUrl: string;
  /** Canonical (normaliseCode). */
  code: string;
}

/** `accueil-enrol:?v=1&server=<address, percent-encoded>&code=<code>` */
export function formatEnrolLink(link: EnrolLink): string {
  return `${ENROL_SCHEME}?v=${VERSION}&server=${encodeURIComponent(link.serverUrl)}&code=${groupCode(link.code)}`;
}

// A server address as an admin types one: http(s), a host (letters, digits, dots, dashes, or an
// IPv6 literal), an optional port, an optional path; no user, query or fragment.
const SERVER_URL = /^https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?(?:\/[^\s?#@\\]*)?$/i;

/** The link in `text`, or null for anything else (a badge, a web address, a damaged link). */
export function parseEnrolLink(text: string): EnrolLink | null {
  if (text.length > ENROL_LINK_MAX) return null;
  if (text.slice(0, ENROL_SCHEME.length).toLowerCase() !== ENROL_SCHEME) return null;
  const query = text.slice(ENROL_SCHEME.length);
  if (!query.startsWith('?')) return null;
  const fields = new Map<string, string>();
  for (const pair of query.slice(1).split('&')) {
    const at = pair.indexOf('=');
    if (at <= 0) return null;
    const key = pair.slice(0, at);
    if (fields.has(key)) return null; // two servers or codes: which one was meant?
    let value: string;
    try {
      value = decodeURIComponent(pair.slice(at + 1));
    } catch {
      return null;
    }
    fields.set(key, value);
  }
  if (fields.get('v') !== VERSION || fields.size !== 3) return null;
  const server = fields.get('server');
  const code = normaliseCode(fields.get('code') ?? '');
  if (server === undefined || code === null || !SERVER_URL.test(server)) return null;
  const port = /:(\d+)(?:\/|$)/.exec(server.replace(/^https?:\/\//i, ''))?.[1];
  if (port !== undefined && Number(port) > 65_535) return null;
  return { serverUrl: server.replace(/\/+$/, ''), code };
}
