// The seeded Chromium profiles the benchmarks share: 10,000 learners and 1,000,000 events, written
// once and found again by later runs. IndexedDB data belong to an origin, so a profile is named
// after the port too. Two kinds: 'pulled' stores the history as a pull does (past attendance
// packed by day, renderer/db/attendance.ts); 'own' makes it the kiosk's own history,
// acknowledged by a server, as a kiosk that scanned it for a year holds it: the last week one
// row an event, the rest packed by housekeeping (renderer/db/own-history.ts).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openKiosk } from '../e2e/support/kiosk';

export type ProfileKind = 'pulled' | 'own';

export const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 10_000);
export const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);

export function profileDir(baseUrl: string, kind: ProfileKind = 'pulled'): string {
  const name = `profile-${LEARNERS}-${EVENTS}${kind === 'own' ? '-own' : ''}`;
  return join('bench-results', `${name}-port${new URL(baseUrl).port}`);
}

/** Seeds the profile if it is not seeded yet; returns the seeding time in seconds, or null. */
export async function ensureSeededProfile(
  baseUrl: string,
  kind: ProfileKind = 'pulled',
): Promise<number | null> {
  const profile = profileDir(baseUrl, kind);
  const marker = join(profile, 'seeded.json');
  if (existsSync(marker)) return null;
  await mkdir(profile, { recursive: true });
  const kiosk = await openKiosk(baseUrl, { userDataDir: profile });
  const started = performance.now();
  await kiosk.page.evaluate((spec) => window.accueilDemo!.seedSyntheticHistory(spec), {
    learners: LEARNERS,
    events: EVENTS,
    own: kind === 'own',
  });
  const seconds = Math.round(performance.now() - started) / 1000;
  await kiosk.close();
  await writeFile(marker, JSON.stringify({ learners: LEARNERS, events: EVENTS, kind, seconds }));
  return seconds;
}

/** Events stored in the page's kiosk: rows of `events` and packed events of `archive`. */
export function storedEvents(page: Page): Promise<{ rows: number; packed: number }> {
  return page.evaluate(
    () =>
      new Promise<{ rows: number; packed: number }>((resolve, reject) => {
        const open = indexedDB.open('accueil');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['events', 'archive']);
          const rows = tx.objectStore('events').count();
          const blocks = tx.objectStore('archive').getAll();
          tx.oncomplete = () => {
            open.result.close();
            const packed = (blocks.result as { events: unknown[] }[]).reduce(
              (n, b) => n + b.events.length,
              0,
            );
            resolve({ rows: rows.result, packed });
          };
        };
      }),
  );
}
