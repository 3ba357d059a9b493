// The seeded Chromium profile the benchmarks share: 10,000 learners and 1,000,000 events, written
// once (about ten minutes) and found again by later runs. IndexedDB data belong to an origin, so
// the profile is named after the port too.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openKiosk } from '../e2e/support/kiosk';

export const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 10_000);
export const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);

export function profileDir(baseUrl: string): string {
  return join('bench-results', `profile-${LEARNERS}-${EVENTS}-port${new URL(baseUrl).port}`);
}

/** Seeds the profile if it is not seeded yet; returns the seeding time in seconds, or null. */
export async function ensureSeededProfile(baseUrl: string): Promise<number | null> {
  const profile = profileDir(baseUrl);
  const marker = join(profile, 'seeded.json');
  if (existsSync(marker)) return null;
  await mkdir(profile, { recursive: true });
  const kiosk = await openKiosk(baseUrl, { userDataDir: profile });
  const started = performance.now();
  await kiosk.page.evaluate((spec) => window.accueilDemo!.seedSyntheticHistory(spec), {
    learners: LEARNERS,
    events: EVENTS,
  });
  const seconds = Math.round(performance.now() - started) / 1000;
  await kiosk.close();
  await writeFile(marker, JSON.stringify({ learners: LEARNERS, events: EVENTS, seconds }));
  return seconds;
}
