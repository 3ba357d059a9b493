// Kiosks before admin work. An export's page reads and an import's chunks wait, before each
// statement, for the kiosk requests (push, pull) already received to be answered: on PGlite, one
// statement at a time, a kiosk then waits for one admin statement at most, never for a run of
// them; on PostgreSQL admin reads and writes take the cores and the insert lock from the kiosks
// less often. Requests received meanwhile do not hold the admin work up further, so it still
// advances while kiosks keep coming; a request that never ends (a client sending its body a
// byte a minute) holds it up for YIELD_MAX_MS at most.
import type { Database } from '../db';

export const YIELD_MAX_MS = 1_000;

const open = new WeakMap<Database, Set<Promise<void>>>();

/** A kiosk request begins; call the function returned once it is answered (or abandoned). */
export function kioskRequest(db: Database): () => void {
  let requests = open.get(db);
  if (!requests) open.set(db, (requests = new Set()));
  let done!: () => void;
  const answered = new Promise<void>((resolve) => (done = resolve));
  requests.add(answered);
  const set = requests;
  return () => {
    set.delete(answered);
    done();
  };
}

/** Resolves once the kiosk requests begun so far are answered, or after YIELD_MAX_MS. */
export async function kiosksFirst(db: Database): Promise<void> {
  const requests = open.get(db);
  if (!requests || requests.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(requests),
    new Promise((resolve) => (timer = setTimeout(resolve, YIELD_MAX_MS))),
  ]);
  clearTimeout(timer);
}
