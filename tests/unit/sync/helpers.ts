// Shared set-up for the sync client's tests: a kiosk database, a fake server, an engine with a
// manual clock and timers, and a way to make local events.
import { createSyncEngine, type SyncEngineOptions } from '../../../renderer/sync/engine';
import { appendEvents } from '../../../renderer/db/append';
import type { KioskDatabase } from '../../../renderer/db/schema';
import { silentSyncLog, type SyncLog } from '../../../renderer/sync/log';
import { FakeClock } from '../electron/fakes';
import { generateToken } from '../../../shared/badge';
import { seededBytes } from '../../../shared/demo-roster';
import { FakeServer, freshDb } from './fake-server';

export const T0 = 1_800_000_000_000;
export const UNKNOWN_TOKEN = generateToken(seededBytes(99));

export function recordingLog(): SyncLog & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
}

export async function setup(options: Partial<SyncEngineOptions> = {}) {
  const { db, kioskId } = await freshDb();
  const server = new FakeServer();
  const token = server.enrolled(kioskId);
  const clock = new FakeClock();
  clock.now = T0;
  server.now = () => clock.now;
  const engine = createSyncEngine({
    db,
    fetch: server.fetch,
    serverUrl: server.base,
    getToken: async () => token,
    now: () => clock.now,
    random: () => 0.5,
    setTimer: (run, ms) => clock.timerApi.setTimeout(run, ms),
    clearTimer: (handle) => clock.timerApi.clearTimeout(handle as number),
    log: silentSyncLog,
    ...options,
  });
  return { db, kioskId, server, token, clock, engine };
}

/** `n` scans of unknown tokens by this kiosk: cheap own events to push. */
export async function localEvents(db: KioskDatabase, n: number, at = T0): Promise<void> {
  await appendEvents(
    db,
    Array.from({ length: n }, () => ({
      type: 'unknown-badge' as const,
      token: UNKNOWN_TOKEN,
      method: 'scanner' as const,
      actor: { kind: 'kiosk' as const },
    })),
    at,
  );
}

export async function pendingSeqs(db: KioskDatabase): Promise<number[]> {
  const rows = await db.events.filter((row) => row.pending === 1).toArray();
  return rows.map((r) => r.seq).sort((a, b) => a - b);
}

/** Lets promise chains (Dexie transactions on fake-indexeddb) run to quiet. */
export async function settle(rounds = 20): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
