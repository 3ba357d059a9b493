// The messages between the request thread and an admin worker thread (worker.ts). A job runs in
// the worker; what it needs from the database it asks for (`call`: the request thread reads it),
// the bytes of an answer it sends as it makes them (`chunk`), at most CHUNK_CREDITS ahead of
// what the request thread has passed on, so a slow client holds back the whole pipeline.
export type JobName = 'export' | 'roster' | 'report';

export type ToWorker =
  | { t: 'start'; job: JobName; params: unknown }
  | { t: 'reply'; id: number; value?: unknown; error?: string }
  | { t: 'credit' };

export type FromWorker =
  | { t: 'call'; id: number; method: string; args: unknown[] }
  | { t: 'chunk'; data: Uint8Array }
  | { t: 'done'; value: unknown }
  | { t: 'failed'; message: string };

export const CHUNK_CREDITS = 4;

/** What a job gets: the request thread's reads, and a way to send bytes. */
export interface JobContext {
  /** Asks the request thread (sending first what was emitted so far). */
  call<T>(method: string, ...args: unknown[]): Promise<T>;
  /** Sends bytes, gathered into larger chunks; resolves when the request thread can take more. */
  emit(data: Uint8Array): Promise<void>;
}

/** The pages of one of the request thread's page streams, until an empty one. */
export async function* pages(ctx: JobContext, stream: string): AsyncGenerator<string[]> {
  for (;;) {
    const bodies = await ctx.call<string[]>('page', stream);
    if (bodies.length === 0) return;
    yield bodies;
  }
}
