// Demo data for the web build only (renderer/platform/web.tsx; the kiosk build leaves it out): a
// roster so a new user can try the kiosk at once, and a synthetic history for the benchmarks.
import {
  DEMO_KIOSK_ID,
  demoLearners,
  demoRosterEvents,
  seededBytes,
  type DemoLearner,
} from '../../shared/demo-roster';
import { brusselsDay, dayBounds } from '../../shared/time';
import type { KioskEvent } from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';
import { appendEvents, ensureKiosk, type AppendBody } from '../db/append';
import { storeReceivedEvents } from '../db/receive';
import { silentSyncLog } from '../sync/log';
import { applyServerAck } from '../sync/push';
import { readMarks, readOwnPackable } from '../sync/state';
import { runHousekeeping } from '../db/housekeeping';
import type { KioskDatabase } from '../db/schema';
import { deleteSettings } from '../db/settings';

export interface DemoState {
  /** A few learners to show as badges: ordinary ones, the archived one and the revoked badge. */
  showcase: DemoLearner[];
}

const DEMO_SIZE = 40;

export async function prepareDemo(db: KioskDatabase): Promise<DemoState> {
  const learners = demoLearners(DEMO_SIZE);
  if ((await db.learners.count()) === 0) {
    await storeReceivedEvents(db, demoRosterEvents(learners, Date.UTC(2026, 0, 5, 8)));
  }
  installBenchHook(db);
  return { showcase: [...learners.slice(0, 4), ...learners.slice(-2)] };
}

/** The learners of the synthetic history: ids S00001…, tokens known to the benchmark. */
export function syntheticLearners(count: number): DemoLearner[] {
  return demoLearners(count, 7, 'S');
}

export interface SyntheticHistory {
  learners: number;
  events: number;
  /** Spread the history over this many days before today. */
  days?: number;
  /**
   * Make the history this kiosk's own, acknowledged by a server: one row an event with all its
   * indexes, as a kiosk that has scanned for a year holds it (the worst case for the indexes a
   * scan reads), instead of received from elsewhere and packed by day as a pull stores the past.
   */
  own?: boolean;
}

/**
 * A large synthetic past (10,000 learners, 1,000,000 events), stored in chunks as if pulled from
 * the server or (`own`) made here, to show that start-up and scans do not depend on its size.
 */
export async function seedSyntheticHistory(
  db: KioskDatabase,
  spec: SyntheticHistory,
): Promise<void> {
  const learners = syntheticLearners(spec.learners);
  await storeReceivedEvents(
    db,
    demoRosterEvents(learners, Date.UTC(2025, 8, 1, 8), `${DEMO_KIOSK_ID}-synthetic`),
  );
  const random = seededBytes(99);
  const days = spec.days ?? 365;
  // The kiosk's day is Brussels' (reports count from it), not the browser's time zone: at 23:30
  // UTC it is already tomorrow in Liège.
  const startOfToday = dayBounds(brusselsDay(Date.now())).start;
  const chunk = 20_000;
  const kiosk = spec.own ? await ensureKiosk(db) : null;
  let seq = 1;
  for (let done = 0; done < spec.events; done += chunk) {
    const batch: KioskEvent[] = [];
    for (let i = 0; i < Math.min(chunk, spec.events - done); i++) {
      const [a = 0, b = 0, c = 0, d = 0] = random(4);
      const learner = learners[((a << 8) | b) % learners.length]!.learner;
      const day = 1 + (c % days);
      const at = startOfToday - day * 86_400_000 + 14 * 3_600_000 + d * 60_000;
      batch.push({
        id: uuidv7(at, random),
        kioskId: `${DEMO_KIOSK_ID}-history`,
        seq: seq++,
        at,
        actor: { kind: 'learner', learnerId: learner.id },
        type: i % 2 === 0 ? 'check-in' : 'check-out',
        learnerId: learner.id,
        method: 'scanner',
      });
    }
    if (!kiosk) {
      await storeReceivedEvents(db, batch);
      continue;
    }
    // Appended as this kiosk's events, then acknowledged the way a push's answer is.
    const { acked } = await readMarks(db);
    const made = await appendEvents(
      db,
      batch.map(({ id: _id, kioskId: _kiosk, seq: _seq, ...body }) => body as AppendBody),
      batch[0]!.at,
    );
    await applyServerAck(db, kiosk.kioskId, acked, made.at(-1)!.seq, silentSyncLog);
  }
  if (kiosk) {
    // Made "over the past year" on a database created today: housekeeping must walk it, as it
    // walks a real kiosk's days, and packs what is older than a week (own-history.ts).
    await deleteSettings(db, ['housekeeping.own-packed-below']);
    await runHousekeeping(db, { own: await readOwnPackable(db) });
  }
}

declare global {
  interface Window {
    /** Present only in the browser build with demo data allowed; used by `npm run bench`. */
    accueilDemo?: {
      seedSyntheticHistory(spec: SyntheticHistory): Promise<void>;
      demoLearners: typeof demoLearners;
    };
  }
}

function installBenchHook(db: KioskDatabase): void {
  window.accueilDemo = {
    seedSyntheticHistory: (spec) => seedSyntheticHistory(db, spec),
    demoLearners,
  };
}
