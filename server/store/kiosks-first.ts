// Kiosks before admin work. An export's page reads and an import's chunks wait, before each
// statement, for the kiosk requests (push, pull) already received to be answered: on PGlite, one
// statement at a time, a kiosk then waits for one admin statement at most, never for a run of
// them; on PostgreSQL admin reads and writes take the cores and the insert lock from the kiosks
// less often. Requests received meanwhile do not hold the admin work up further, so it still
// advances while kiosks keep coming; a request that never ends (a client sending its body a
// byte a minute) holds it up for YIELD_MAX_MS at most.
//
// While kiosks are active, admin work also rests after each statement twice as long as the
// statement held the database: it takes a third of the database's time at most (PGlite's one
// thread, or a PostgreSQL backend's core), so a push seldom meets it. An export then takes longer
// while the kiosks push, never while they are quiet.
import type { Database } from '../db';

export const YIELD_MAX_MS = 1_000;
/** A kiosk request begun this recently: the kiosks are active, admin work rests. */
export const ACTIVE_MS = 2_000;
/** Rest after a statement, per millisecond it held the database, while kiosks are active. */
export const REST_PER_HELD = 2;
/** The longest rest after one statement (a statement that waited on a lock is not all work). */
export const REST_MAX_MS = 250;

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

interface Kiosks {
  open: Set<Promise<void>>;
  /** When the last kiosk request began (clock.now()), -Infinity before the first. */
  lastAt: number;
}

const gates = new WeakMap<Database, Kiosks>();

function kiosksOf(db: Database): Kiosks {
  let kiosks = gates.get(db);
  if (!kiosks) gates.set(db, (kiosks = { open: new Set(), lastAt: -Infinity }));
  return kiosks;
}

/** A kiosk request begins; call the function returned once it is answered (or abandoned). */
export function kioskRequest(db: Database, clock: Clock = realClock): () => void {
  const kiosks = kiosksOf(db);
  kiosks.lastAt = clock.now();
  let done!: () => void;
  const answered = new Promise<void>((resolve) => (done = resolve));
  kiosks.open.add(answered);
  return () => {
    kiosks.open.delete(answered);
    done();
  };
}

/**
 * Resolves when admin work may run its next statement: after resting `heldMs` (how long its last
 * statement held the database) times REST_PER_HELD if kiosks are active, once the kiosk requests begun so far are
 * answered, or after YIELD_MAX_MS.
 */
export async function kiosksFirst(
  db: Database,
  heldMs = 0,
  clock: Clock = realClock,
): Promise<void> {
  const kiosks = kiosksOf(db);
  if (heldMs > 0 && clock.now() - kiosks.lastAt < ACTIVE_MS) {
    await clock.sleep(Math.min(heldMs * REST_PER_HELD, REST_MAX_MS));
  }
  if (kiosks.open.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(kiosks.open),
    new Promise((resolve) => (timer = setTimeout(resolve, YIELD_MAX_MS))),
  ]);
  clearTimeout(timer);
}
