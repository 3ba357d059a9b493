// Demo data for the browser build only (the Electron shell says demoAllowed: false): a small
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
import { storeReceivedEvents } from '../db/events';
import type { KioskDatabase } from '../db/schema';

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
   * Store every event as a row of `events` with its indexes, as if each had arrived on its own
   * day (a kiosk's own history looks like this), instead of packed as a pull stores the past.
   */
  rows?: boolean;
}

/**
 * A large synthetic past (10,000 learners, 1,000,000 events) stored as if pulled from the
 * server, in chunks, to show that start-up and scans do not depend on the log's size.
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
    // "Now" before the oldest event of the batch: nothing in it is a past day, nothing packed.
    await storeReceivedEvents(
      db,
      batch,
      spec.rows ? startOfToday - (days + 1) * 86_400_000 : undefined,
    );
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
