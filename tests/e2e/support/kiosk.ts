// Driving the kiosk in Debian's Chromium: launch, type like a USB scanner (trusted key events
// through CDP, with any key and code), read what the screen shows and what IndexedDB holds.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { MIN_SHOW_MS } from '../../../renderer/check-in/resultQueue';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

export type Camera = { video: string } | 'none' | 'deny';

export function cameraArgs(camera: Camera): string[] {
  if (camera === 'none') return [];
  if (camera === 'deny') return ['--use-fake-device-for-media-stream', '--deny-permission-prompts'];
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${camera.video}`,
  ];
}

export interface Kiosk {
  context: BrowserContext;
  page: Page;
  userDataDir: string;
  close(): Promise<void>;
}

export interface KioskOptions {
  camera?: Camera;
  query?: string;
  userDataDir?: string;
  /** Default 1280x800. */
  viewport?: { width: number; height: number };
  /** A touch screen: taps (locator.tap, page.touchscreen) work, as on the kiosk's screen. */
  hasTouch?: boolean;
  /** Runs before the kiosk page loads: a clock to install, an init script to add. */
  prepare?: (context: BrowserContext) => Promise<void>;
  /** Scripts run in the page before its own (e.g. recordResults), in this order. */
  initScripts?: (() => void)[];
  /** The browser's locale (context and --lang), e.g. 'en-US'; default: Chromium's own. */
  locale?: string;
}

export async function openKiosk(baseUrl: string, options: KioskOptions = {}): Promise<Kiosk> {
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'accueil-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      ...cameraArgs(options.camera ?? 'none'),
      ...(options.locale ? [`--lang=${options.locale}`] : []),
    ],
    viewport: options.viewport ?? { width: 1280, height: 800 },
    ...(options.locale ? { locale: options.locale } : {}),
    hasTouch: options.hasTouch ?? false,
  });
  await options.prepare?.(context);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error('[page error]', error));
  for (const script of options.initScripts ?? []) await context.addInitScript(script);
  await page.goto(`${baseUrl}/index.html${options.query ?? ''}`);
  await waitReady(page);
  return {
    context,
    page,
    userDataDir,
    close: async () => {
      await context.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function waitReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-outcome="idle"]', { timeout: 30_000 });
}

export interface KeyStroke {
  key: string;
  code: string;
}

/** What a US-layout scanner sends for a text, on a US-layout host. */
export function usKeys(text: string): KeyStroke[] {
  return [...text].map((char) => ({
    key: char,
    code: /^[a-z]$/i.test(char)
      ? `Key${char.toUpperCase()}`
      : /^\d$/.test(char)
        ? `Digit${char}`
        : '',
  }));
}

const sessions = new WeakMap<Page, CDPSession>();

/** A USB scanner types a character every couple of milliseconds. */
export const SCANNER_KEY_INTERVAL_MS = 2;

/**
 * Types keys like a USB scanner: trusted key events through CDP, stamped `intervalMs` apart
 * (SCANNER_KEY_INTERVAL_MS unless a person is typing) and ending now, the way the OS stamps real
 * keys. The stamps, not the test machine's load, decide the timing the kiosk sees: a loaded CI box
 * cannot split a scan in two, nor make a person type fast.
 */
export async function scanKeys(
  page: Page,
  keys: KeyStroke[],
  terminator = 'Enter',
  intervalMs = SCANNER_KEY_INTERVAL_MS,
): Promise<void> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  const all = [...keys, { key: terminator, code: terminator }];
  const end = Date.now();
  const sent: Promise<unknown>[] = [];
  all.forEach(({ key, code }, i) => {
    const timestamp = (end - (all.length - 1 - i) * intervalMs) / 1000;
    const named = key.length > 2;
    const text = key === 'Enter' ? '\r' : named ? undefined : key;
    // Sent without waiting for each answer: CDP delivers them in order.
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, code, text, timestamp }));
    sent.push(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code, timestamp }));
  });
  await Promise.all(sent);
}

export interface ShownResult {
  outcome: string;
  serial: number;
  title: string;
}

/**
 * The result card shown after `afterSerial` (results are numbered from 1 on `main[data-results]`),
 * or null if none appears within `timeoutMs`.
 */
export async function nextResult(
  page: Page,
  afterSerial: number,
  timeoutMs = 5_000,
): Promise<ShownResult | null> {
  try {
    const handle = await page.waitForFunction(
      (after) => {
        const serial = Number(
          document.querySelector<HTMLElement>('main[data-results]')?.dataset.results ?? 0,
        );
        const card = document.querySelector<HTMLElement>('.result[data-serial]');
        return serial > after && card
          ? {
              outcome: card.dataset.outcome ?? '',
              serial,
              title: card.querySelector('h1')?.textContent ?? '',
            }
          : null;
      },
      afterSerial,
      { timeout: timeoutMs, polling: 'raf' },
    );
    return (await handle.jsonValue()) as ShownResult;
  } catch {
    return null;
  }
}

/**
 * Waits until the answer to a scan made after `afterSerial` exists: on screen, or queued behind
 * the card shown. With a paused clock, move it only after this: a queued card waits on a timer
 * that the clock must run, and a scan still being recorded has set none yet.
 */
export async function waitAnswered(page: Page, afterSerial: number): Promise<void> {
  await page.waitForFunction(
    (after) => {
      const main = document.querySelector<HTMLElement>('main[data-results]');
      return Number(main?.dataset.waiting ?? 0) > 0 || Number(main?.dataset.results ?? 0) > after;
    },
    afterSerial,
    { polling: 'raf', timeout: 30_000 },
  );
}

/**
 * Waits until a new scan's card would go on screen at once: none waiting, and the card shown (if
 * any) has had its minimum time. Scans made sooner queue behind it by design.
 */
export async function waitScreenFree(page: Page): Promise<void> {
  await page.waitForFunction(
    (minimum) => {
      const main = document.querySelector<HTMLElement>('main[data-results]');
      const card = document.querySelector<HTMLElement>('.result[data-shown-at]');
      return (
        main?.dataset.waiting === '0' &&
        (!card || performance.now() >= Number(card.dataset.shownAt) + minimum + 1)
      );
    },
    MIN_SHOW_MS,
    { polling: 50, timeout: 10_000 },
  );
}

declare global {
  interface Window {
    __shownResults?: ShownResult[];
  }
}

/**
 * Init script (openKiosk's initScripts): records every result card that reaches the page, however
 * briefly it stays, so a test sees each of several results that follow one another.
 */
export function recordResults(): void {
  const shown: ShownResult[] = [];
  window.__shownResults = shown;
  const seen = new Set<number>();
  new MutationObserver(() => {
    for (const card of document.querySelectorAll<HTMLElement>('.result[data-serial]')) {
      const serial = Number(card.dataset.serial);
      if (seen.has(serial)) continue;
      seen.add(serial);
      const title = card.querySelector('h1')?.textContent ?? '';
      shown.push({ outcome: card.dataset.outcome ?? '', serial, title });
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** The results recorded so far by recordResults, in the order they were shown. */
export async function shownResults(page: Page): Promise<ShownResult[]> {
  return page.evaluate(() => window.__shownResults ?? []);
}

/** Waits until the results recorded by recordResults satisfy `done`; returns them. */
export async function waitForResults(
  page: Page,
  done: (results: ShownResult[]) => boolean,
  timeoutMs = 20_000,
): Promise<ShownResult[]> {
  await expect
    .poll(() => shownResults(page), { timeout: timeoutMs, interval: 100 })
    .toSatisfy(done);
  return shownResults(page);
}

/** Camera frames the decoder has read so far (its accueil:decode measures). */
export async function decodedFrames(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('accueil:decode').length);
}

/**
 * Waits for the decoder to read `count` more frames: the way to let time pass when a test
 * checks that something does NOT happen while the camera keeps looking.
 */
export async function waitForDecodedFrames(
  page: Page,
  count: number,
  timeoutMs = 60_000,
): Promise<void> {
  const target = (await decodedFrames(page)) + count;
  await page.waitForFunction(
    (n) => performance.getEntriesByName('accueil:decode').length >= n,
    target,
    { timeout: timeoutMs, polling: 100 },
  );
}

export async function currentSerial(page: Page): Promise<number> {
  return page.evaluate(() =>
    Number(document.querySelector<HTMLElement>('main[data-results]')?.dataset.results ?? 0),
  );
}

/** Waits until the camera has decoded `count` more frames (renderer/ui/camera/camera.ts). */
export async function cameraFrames(page: Page, count: number): Promise<void> {
  const frames = () => performance.getEntriesByName('accueil:camera-frame').length;
  const start = await page.evaluate(frames);
  await page.waitForFunction(
    (n) => performance.getEntriesByName('accueil:camera-frame').length >= n,
    start + count,
    {
      timeout: 60_000,
    },
  );
}

export interface StoredEvent {
  id: string;
  type: string;
  learnerId?: string;
  token?: string;
  method?: string;
  kioskId: string;
  seq: number;
  at: number;
}

/** Every event this kiosk wrote (the demo roster's events come from another pseudo-kiosk). */
export async function kioskEvents(page: Page): Promise<StoredEvent[]> {
  return page.evaluate(
    () =>
      new Promise<StoredEvent[]>((resolve, reject) => {
        const open = indexedDB.open('accueil');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['events', 'kiosk'], 'readonly');
          const self = tx.objectStore('kiosk').get('self');
          const all = tx.objectStore('events').getAll();
          tx.oncomplete = () => {
            const kioskId = (self.result as { kioskId: string } | undefined)?.kioskId;
            db.close();
            resolve((all.result as StoredEvent[]).filter((e) => e.kioskId === kioskId));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(): Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const { violations } = await axe.run();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/** Replaces the check-in settings row (mode, cool-down); the screen reads it on the next load. */
export async function setCheckInSettings(
  page: Page,
  value: { mode: 'check-in-only' | 'in-and-out'; cooldownMs: number },
): Promise<void> {
  await page.evaluate(
    (v) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('accueil');
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'check-in', value: v });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

/** Fails, saying where, when axe-core finds a serious or critical violation. */
export async function noViolations(page: Page, where: string): Promise<void> {
  expect(await seriousViolations(page), where).toEqual([]);
}

/** Waits until the page's alerts, or its status messages, say `pattern`. */
export async function expectText(
  page: Page,
  role: 'alert' | 'status',
  pattern: RegExp,
): Promise<void> {
  await expect
    .poll(async () => (await page.getByRole(role).allTextContents()).join(' '), {
      timeout: 15_000,
    })
    .toMatch(pattern);
}

/** What the staff's sync status says. */
export async function syncStatus(page: Page): Promise<string> {
  return (await page.getByTestId('sync-status').textContent()) ?? '';
}

export async function announcement(page: Page): Promise<string> {
  return (await page.textContent('[data-testid="announcer"]')) ?? '';
}
