// The admin worker thread: CSV parsing, import planning, export and report building run here, off the
// request thread, with the database pages they read, so kiosks' pushes and /health never wait
// behind them (they share the cores, not an event loop). Bundled as dist-server/admin-worker.js (server/vite.config.ts); started by
// pool.ts, one job at a time, kept for the next while its jobs end well.
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { isUnavailable, openLink, type Database, type Queryable } from '../db';
import { exportJob } from './export-job';
import { reportJob } from './report-job';
import { rosterJob } from './roster-job';
import { CHUNK_CREDITS, type FromWorker, type JobContext, type ToWorker } from './protocol';

const JOBS = {
  export: exportJob,
  roster: rosterJob,
  report: reportJob,
} as const;

// On Linux a thread has a nice value of its own: this one yields the cores to the request thread
// and the database whenever they want them, so an export slows down under load, the kiosks do
// not. The lowest priority: at 10 a push woken while the worker held a core still waited for it
// (push p50 ×1.3–1.5 during an export on two cores; ×1.1 at 19). (Elsewhere the call would lower
// the whole server: it is not made.)
const ADMIN_NICE = 19;
if (process.platform === 'linux') os.setPriority(ADMIN_NICE);

const port = parentPort!;
const post = (message: FromWorker, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

let nextId = 0;
const waiting = new Map<
  number,
  { resolve: (value: unknown) => void; reject: (e: Error) => void }
>();
let credits = CHUNK_CREDITS;
let creditArrived: (() => void) | null = null;

/** Bytes gathered before a chunk goes to the request thread: fewer, larger messages. */
const CHUNK_BYTES = 256 * 1024;
let held: Uint8Array[] = [];
let heldBytes = 0;

/** Sends what the job has made so far, as one chunk, when the request thread can take it. */
async function flush(): Promise<void> {
  if (heldBytes === 0) return;
  const chunk = new Uint8Array(heldBytes);
  let at = 0;
  for (const part of held) {
    chunk.set(part, at);
    at += part.length;
  }
  held = [];
  heldBytes = 0;
  while (credits === 0) await new Promise<void>((resolve) => (creditArrived = resolve));
  credits--;
  post({ t: 'chunk', data: chunk }, [chunk.buffer]);
}

/** Asks the request thread to run one of its host's methods. */
function ask<T>(method: string, args: unknown[] = []): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
    post({ t: 'call', id, method, args });
  });
}

/** The database, from the link the pool sends before the first job. */
let linked: Promise<Database> | null = null;
const database = () => linked ?? Promise.reject(new Error('no database link'));
const db: Queryable = {
  query: async (sql, params) => (await database()).query(sql, params),
  exec: async (sql) => (await database()).exec(sql),
};

const ctx: JobContext = {
  db,
  kiosksFirst: (heldMs) => ask('kiosksFirst', [heldMs]),
  flush,
  // What is made goes out before the job waits on the request thread.
  call: async <T>(method: string, ...args: unknown[]) => {
    await flush();
    return ask<T>(method, args);
  },
  async emit(data) {
    held.push(data);
    heldBytes += data.length;
    if (heldBytes >= CHUNK_BYTES) await flush();
  },
};

const run = async (job: keyof typeof JOBS, params: unknown) => {
  const value = await JOBS[job](params as never, ctx);
  await flush();
  return value;
};

port.on('message', (message: ToWorker) => {
  if (message.t === 'link') {
    linked = openLink(message.link);
    // Failing to connect fails the first job's first read, which reports it.
    linked.catch(() => {});
  } else if (message.t === 'start') {
    credits = CHUNK_CREDITS;
    held = [];
    heldBytes = 0;
    run(message.job, message.params).then(
      (value) => post({ t: 'done', value }),
      (error: unknown) =>
        post({
          t: 'failed',
          message: error instanceof Error ? error.message : String(error),
          unavailable: isUnavailable(error),
        }),
    );
  } else if (message.t === 'reply') {
    const call = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error !== undefined) call?.reject(new Error(message.error));
    else call?.resolve(message.value);
  } else {
    credits++;
    creditArrived?.();
    creditArrived = null;
  }
});
