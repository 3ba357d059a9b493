// The request thread's side of a page stream: the next page is read from the database while the
// worker works on the one just handed over, so neither waits on the other more than once.
//
// On PGlite the database runs on the request thread itself, one statement at a time: reads back
// to back would keep it busy, and each statement of a push or /health would wait behind a page.
// There a read is not issued ahead, and the stream rests after each read as long as the read
// took, so at most half of the request thread goes to an export and a kiosk's statement waits
// for one page at most.
import type { Database } from '../db';
import type { Page } from '../store/events';

/** `read(null)` gives the first page, `read(page.next)` the one after; [] once past the last. */
export function pageReader<C>(
  db: Pick<Database, 'kind'>,
  read: (after: C | null) => Promise<Page<C>>,
): () => Promise<string[]> {
  const inThread = db.kind === 'pglite';
  let ahead: Promise<Page<C>> | null = null;
  let next: C | null = null;
  let done = false;
  // PGlite: when the next read may start (the worker builds from the page meanwhile).
  let restUntil = 0;
  const rested = async (after: C | null) => {
    const wait = restUntil - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const started = performance.now();
    const page = await read(after);
    const now = performance.now();
    restUntil = now + (now - started);
    return page;
  };
  return async () => {
    if (done) return [];
    if (inThread) {
      const page = await rested(next);
      done = page.next === null;
      next = page.next;
      return page.bodies;
    }
    const page = await (ahead ?? read(null));
    done = page.next === null;
    ahead = done ? null : read(page.next);
    // Awaited by the next call; a job stopped before then must not leave it unhandled.
    ahead?.catch(() => {});
    return page.bodies;
  };
}
