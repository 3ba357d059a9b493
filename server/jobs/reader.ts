// The request thread's side of a page stream: the next page is read from the database while the
// worker works on the one just handed over, so neither waits on the other more than once.
//
// Each read waits first for the pushes already received (kiosksFirst): on PGlite, one statement
// at a time, a push then waits for one page at most, never for a run of them; on PostgreSQL the
// reads do not take the cores from a push's statements as often.
import type { Database } from '../db';
import { kiosksFirst } from '../store/kiosks-first';
import type { Page } from '../store/events';

/** `read(null)` gives the first page, `read(page.next)` the one after; [] once past the last. */
export function pageReader<C>(
  db: Database,
  read: (after: C | null) => Promise<Page<C>>,
): () => Promise<string[]> {
  let ahead: Promise<Page<C>> | null = null;
  let done = false;
  const next = async (after: C | null) => {
    await kiosksFirst(db);
    return read(after);
  };
  return async () => {
    if (done) return [];
    const page = await (ahead ?? next(null));
    done = page.next === null;
    ahead = done ? null : next(page.next);
    // Awaited by the next call; a job stopped before then must not leave it unhandled.
    ahead?.catch(() => {});
    return page.bodies;
  };
}
