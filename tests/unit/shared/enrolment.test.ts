// The enrolment link a kiosk's camera reads from the console's QR code: exact round trips, and
// anything else (badges, web addresses, damaged or doctored links) read as no link at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateToken, parseToken } from '../../../shared/badge';
import {
  CODE_ALPHABET,
  CODE_SYMBOLS,
  ENROL_LINK_MAX,
  formatEnrolLink,
  groupCode,
  normaliseCode,
  parseEnrolLink,
} from '../../../shared/enrolment';

const code = fc
  .array(fc.constantFrom(...CODE_ALPHABET), { minLength: CODE_SYMBOLS, maxLength: CODE_SYMBOLS })
  .map((symbols) => symbols.join(''));
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const serverUrl = fc
  .record({
    scheme: fc.constantFrom('http', 'https'),
    host: fc.oneof(
      fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.')),
      fc.ipV4(),
      fc.constant('[::1]'),
    ),
    port: fc.option(fc.integer({ min: 1, max: 65_535 }), { nil: null }),
    path: fc.option(fc.stringMatching(/^(?:\/[a-z0-9._~-]{1,8}){1,3}$/), { nil: null }),
  })
  .map(
    ({ scheme, host, port, path }) => `${scheme}://${host}${port ? `:${port}` : ''}${path ?? ''}`,
  );

const CODE = 'ABCD0123EFGH4567JKMN';
const link = (query: string) => `accueil-enrol:?${query}`;
const good = `v=1&server=${encodeURIComponent('https://accueil.tumo.be:8787')}&code=${CODE}`;

describe('enrolment link', () => {
  it('reads back exactly what it was made from', () => {
    fc.assert(
      fc.property(serverUrl, code, (url, symbols) => {
        expect(parseEnrolLink(formatEnrolLink({ serverUrl: url, code: symbols }))).toEqual({
          serverUrl: url,
          code: symbols,
        });
      }),
    );
  });

  it('takes the code as people copy it, and the scheme in any case', () => {
    expect(parseEnrolLink(link(good))).toEqual({
      serverUrl: 'https://accueil.tumo.be:8787',
      code: CODE,
    });
    const grouped = link(good.replace(CODE, groupCode(CODE).toLowerCase()));
    expect(parseEnrolLink(grouped)?.code).toBe(CODE);
    expect(parseEnrolLink(`ACCUEIL-ENROL:?${good}`)?.code).toBe(CODE);
    expect(parseEnrolLink(link(good.replace('8787', '8787%2F%2F')))?.serverUrl).toBe(
      'https://accueil.tumo.be:8787',
    );
  });

  it('never throws, and reads no random text as a link', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(parseEnrolLink(text)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (tail) => {
        const parsed = parseEnrolLink(`accueil-enrol:?${tail}`);
        if (parsed) expect(normaliseCode(parsed.code)).toBe(parsed.code);
      }),
    );
  });

  it('is never a badge, and a badge is never a link', () => {
    fc.assert(
      fc.property(serverUrl, code, fc.uint8Array({ minLength: 32, maxLength: 32 }), (url, c, b) => {
        expect(parseToken(formatEnrolLink({ serverUrl: url, code: c })).ok).toBe(false);
        const token = generateToken((n) => b.slice(0, n));
        expect(parseEnrolLink(token)).toBeNull();
      }),
    );
  });

  it.each([
    ['another scheme', `accueil-enroll:?${good}`],
    ['a web address', `https://accueil.tumo.be/?${good}`],
    ['no query mark', `accueil-enrol:${good}`],
    ['another version', link(good.replace('v=1', 'v=2'))],
    ['no version', link(good.replace('v=1&', ''))],
    ['a second server', link(`${good}&server=${encodeURIComponent('https://evil.example')}`)],
    ['an extra field', link(`${good}&next=1`)],
    ['an empty field', link(`${good}&`)],
    ['a short code', link(good.replace(CODE, CODE.slice(1)))],
    ['a code with U', link(good.replace(CODE, `U${CODE.slice(1)}`))],
    ['a bad escape', link(good.replace('8787', '8787%E0%A4%A'))],
    ['no server', link(`v=1&code=${CODE}`)],
    ['a javascript: server', link(good.replace(/server=[^&]*/, 'server=javascript%3Aalert(1)'))],
    ['a file: server', link(good.replace(/server=[^&]*/, 'server=file%3A%2F%2F%2Fetc'))],
    ['credentials', link(good.replace('accueil.tumo.be', 'admin%3Apw%40accueil.tumo.be'))],
    ['a query', link(good.replace('8787', '8787%2F%3Fx%3D1'))],
    ['a fragment', link(good.replace('8787', '8787%23top'))],
    ['a space', link(good.replace('8787', '8787%2Fa%20b'))],
    ['a port past 65535', link(good.replace('8787', '65536'))],
    ['a host with a backslash', link(good.replace('8787', '8787%2F%5Cevil'))],
    ['no host', link(good.replace(/server=[^&]*/, 'server=https%3A%2F%2F'))],
    ['too long', link(`${good}`.replace('8787', `8787/${'a'.repeat(ENROL_LINK_MAX)}`))],
  ])('refuses %s', (_, text) => {
    expect(parseEnrolLink(text)).toBeNull();
  });
});
