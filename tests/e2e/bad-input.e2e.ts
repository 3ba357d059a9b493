// 1,000 hostile scanner strings: nothing crashes, only well-formed unknown tokens are written,
// and every scan gets its own clear answer on screen.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MIN_SHOW_MS } from '../../renderer/check-in/resultQueue';
import { computeCheck, generateToken, BADGE_ALPHABET } from '../../shared/badge';
import { demoLearners, seededBytes } from '../../shared/demo-roster';
import { readScan } from '../../shared/wedge';
import {
  currentSerial,
  kioskEvents,
  nextResult,
  openKiosk,
  scanKeys,
  setCheckInSettings,
  usKeys,
  waitReady,
  type Kiosk,
  type KeyStroke,
} from './support/kiosk';

const baseUrl = inject('baseUrl');
const random = seededBytes(4242);
const int = (max: number) => {
  const [a = 0, b = 0, c = 0] = random(3);
  return ((a << 16) | (b << 8) | c) % max;
};

const RANGES: [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0x00, 0x08], // control characters (no Tab, Enter or line feed: those are terminators)
  [0x0e, 0x1f],
  [0xa0, 0x17f], // Latin-1 and Latin Extended
  [0x0590, 0x05ff], // Hebrew, right to left
  [0x0300, 0x036f], // combining marks
  [0x4e00, 0x4fff], // CJK
  [0x1f600, 0x1f64f], // emoji (astral plane)
];

function randomText(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = RANGES[int(RANGES.length)]!;
    out += String.fromCodePoint(lo + int(hi - lo + 1));
  }
  return out;
}

/** C0 (but Tab, line feed and carriage return) and C1 control characters, and DEL. */
function controlText(length: number): string {
  const controls = [
    ...Array(32).keys(),
    127,
    ...Array.from({ length: 32 }, (_, i) => 128 + i),
  ].filter((c) => c !== 9 && c !== 10 && c !== 13);
  return Array.from({ length }, () => String.fromCharCode(controls[int(controls.length)]!)).join(
    '',
  );
}

function wrongCheck(token: string): string {
  const last = token.at(-1)!;
  const other = BADGE_ALPHABET[(BADGE_ALPHABET.indexOf(last) + 1 + int(18)) % 19]!;
  return token.slice(0, -1) + other;
}

type Case = { label: string; keys: KeyStroke[] };

function cases(): Case[] {
  const list: Case[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < 1000; i++) {
    const kind = i % 10;
    if (i === 0 || kind === 9) list.push({ label: 'empty', keys: [] });
    else if (i === 1 || i === 2) list.push({ label: '10 kB', keys: usKeys(randomText(10_000)) });
    else if (kind === 1) {
      const token = generateToken(random);
      unknown.push(token);
      list.push({ label: 'well-formed unknown token', keys: usKeys(token) });
    } else if (kind === 2 && unknown.length > 0) {
      list.push({ label: 'same unknown token again', keys: usKeys(unknown[int(unknown.length)]!) });
    } else if (kind === 3)
      list.push({
        label: 'wrong check character',
        keys: usKeys(wrongCheck(generateToken(random))),
      });
    else if (kind === 4) {
      const body = generateToken(random).slice(0, 19);
      list.push({
        label: 'check characters swapped',
        keys: usKeys(body + [...computeCheck(body)].reverse().join('')),
      });
    } else if (kind === 5)
      list.push({
        label: 'control characters',
        keys: usKeys(controlText(1 + int(20))),
      });
    else list.push({ label: 'random unicode', keys: usKeys(randomText(1 + int(60))) });
  }
  return list;
}

describe('hostile scanner input', () => {
  let kiosk: Kiosk;
  const errors: string[] = [];
  beforeAll(async () => {
    kiosk = await openKiosk(baseUrl, { prepare: (context) => context.clock.install() });
    kiosk.page.on('pageerror', (e) => errors.push(String(e)));
    // A card stays 1.5 s before the next replaces it: a still clock, moved by hand past that
    // minimum before each scan, keeps a thousand scans quick. The clock then moves 25 minutes:
    // a day's cool-down keeps "the same unknown token again" within it.
    await setCheckInSettings(kiosk.page, { mode: 'check-in-only', cooldownMs: 24 * 3_600_000 });
    await kiosk.page.reload();
    await waitReady(kiosk.page);
    await kiosk.page.clock.pauseAt(Date.now() + 1_000);
  });
  afterAll(() => kiosk.close());

  it('writes nothing but well-formed unknown tokens, crashes nothing, and answers each scan', async () => {
    const { page } = kiosk;
    const all = cases();
    expect(all).toHaveLength(1000);
    const expectedUnknown = new Set<string>();
    const tally: Record<string, number> = {};

    // Results are numbered: each scan's must be the one after the last, so a lone Enter that
    // showed anything would put every later one out of step.
    let serial = await currentSerial(page);
    for (const { label, keys } of all) {
      // A lone Enter is not a scan: nothing shown, nothing written.
      if (keys.length === 0) {
        await scanKeys(page, keys);
        continue;
      }
      // The paused clock moves past the last card's minimum time, so this one shows at once.
      await page.clock.runFor(MIN_SHOW_MS);
      // Watched from before the keys go: on a loaded machine sending 10 kB of keys (20,000 CDP
      // messages) takes a minute, and can outlast the result's time on screen.
      const result = nextResult(page, serial, 180_000);
      await scanKeys(page, keys);
      const read = readScan({
        text: keys.map((k) => k.key).join(''),
        codes: keys.map((k) => k.code),
        lastKeyAt: 0,
        overflow: keys.length > 64,
      });
      const expected = read.ok ? 'unknown' : 'unreadable';
      if (read.ok) expectedUnknown.add(read.token);
      const shown = await result;
      expect(shown?.serial, label).toBe(serial + 1);
      serial += 1;
      expect(
        shown?.outcome,
        `${label}: ${JSON.stringify(
          keys
            .slice(0, 30)
            .map((k) => k.key)
            .join(''),
        )}`,
      ).toBe(expected);
      expect(shown?.title.length).toBeGreaterThan(3);
      tally[expected] = (tally[expected] ?? 0) + 1;
    }

    const events = await kioskEvents(page);
    expect(events.every((e) => e.type === 'unknown-badge')).toBe(true);
    expect(new Set(events.map((e) => e.token))).toEqual(expectedUnknown);
    // A repeated unknown token within the cool-down is answered but not written twice.
    expect(events).toHaveLength(expectedUnknown.size);
    expect(errors).toEqual([]);
    console.info('hostile input outcomes', tally, 'unknown tokens stored', events.length);

    // The kiosk still works afterwards.
    await page.clock.runFor(MIN_SHOW_MS);
    await scanKeys(page, usKeys(demoLearners()[5]!.token));
    expect(await nextResult(page, serial)).toMatchObject({
      outcome: 'welcome',
      serial: serial + 1,
    });
    // A thousand scans, each awaited: about a minute alone, several on a busy two-core box.
  }, 900_000);
});
