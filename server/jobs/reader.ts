// The request thread's side of a page stream: the next page is read from the database while the
// worker works on the one just handed over, so neither waits on the other more than once.
import type { Page } from '../store/events';

/** `read(null)` gives the first page, `read(page.next)` the one after; [] once past the last. */
export function pageReader<C>(
  read: (after: C | null) => Promise<Page<C>>,
): () => Promise<string[]> {
  let ahead: Promise<Page<C>> | null = null;
  let done = false;
  return async () => {
    if (done) return [];
    const page = await (ahead ?? read(null));
    done = page.next === null;
    ahead = done ? null : read(page.next);
    // Awaited by the next call; a job stopped before then must not leave it unhandled.
    ahead?.catch(() => {});
    return page.bodies;
  };
}
