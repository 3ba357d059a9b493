// The messages between the request thread and an admin worker thread (worker.ts). A job runs in
// the worker and reads the database itself, through a link of its own (db.ts); what only the
// request thread can do it asks for (`call`: wait for the kiosks, write an import's chunk); the
// bytes of an answer it sends as it makes them (`chunk`), at most CHUNK_CREDITS ahead of what the
// request thread has passed on, so a slow client holds back the whole pipeline.
import type { DatabaseLink, Queryable } from '../db';
import type { Page } from '../store/events';

export type JobName = 'export' | 'roster' | 'report';

export type ToWorker =
  /** The database this worker reads (once, before its first job). */
  | { t: 'link'; link: DatabaseLink }
  | { t: 'start'; job: JobName; params: unknown }
  | { t: 'reply'; id: number; value?: unknown; error?: string }
  | { t: 'credit' };

export type FromWorker =
  | { t: 'call'; id: number; method: string; args: unknown[] }
  | { t: 'chunk'; data: Uint8Array }
  | { t: 'done'; value: unknown }
  /** `unavailable`: the database could not be reached or timed out (503, not 500). */
  | { t: 'failed'; message: string; unavailable: boolean };

export const CHUNK_CREDITS = 4;

/** What a job gets: the database, the request thread's help, and a way to send bytes. */
export interface JobContext {
  /** The database, read from this thread: pages never cross the request thread. */
  db: Queryable;
  /**
   * Resolves when the next statement may run: once the kiosk requests received so far are
   * answered, after a rest as long as `heldMs` (the last statement's) while kiosks are active.
   */
  kiosksFirst(heldMs: number): Promise<void>;
  /** Asks the request thread (sending first what was emitted so far). */
  call<T>(method: string, ...args: unknown[]): Promise<T>;
  /** Sends bytes, gathered into larger chunks; resolves when the request thread can take more. */
  emit(data: Uint8Array): Promise<void>;
  /** Sends what was emitted so far, now: the job is about to wait. */
  flush(): Promise<void>;
}

/**
 * The pages of `read` until the last, each read when the kiosks let it (kiosks-first.ts: on
 * PGlite, one statement at a time, a push then waits for one page at most), the next one read
 * while this one is used.
 */
export async function* pages<C>(
  ctx: JobContext,
  read: (db: Queryable, after: C | null) => Promise<Page<C>>,
): AsyncGenerator<string[]> {
  let heldMs = 0;
  const next = async (after: C | null) => {
    await ctx.kiosksFirst(heldMs);
    const from = performance.now();
    const page = await read(ctx.db, after);
    heldMs = performance.now() - from;
    return page;
  };
  let ready = false;
  const readAhead = (after: C | null) => {
    ready = false;
    const page = next(after);
    // Awaited on the next turn; a job stopped before then must not leave it unhandled.
    page.then(() => (ready = true)).catch(() => {});
    return page;
  };
  let ahead = readAhead(null);
  for (;;) {
    // About to wait for the database: the client gets what is made so far meanwhile.
    if (!ready) await ctx.flush();
    const page = await ahead;
    if (page.next !== null) ahead = readAhead(page.next);
    if (page.bodies.length > 0) yield page.bodies;
    if (page.next === null) return;
  }
}
