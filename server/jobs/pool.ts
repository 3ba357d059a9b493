// Admin jobs on the request thread's side: each job in a worker thread of its own (worker.ts),
// at most `limit` at once (429 with Retry-After beyond), each with a heap of its own, so a job
// that runs out of memory ends alone instead of taking every kiosk's server with it.
import { Worker } from 'node:worker_threads';
import { DatabaseUnavailableError, type Database } from '../db';
import { ApiError } from '../errors';
import { kiosksFirst } from '../store/kiosks-first';
import type { FromWorker, JobName, ToWorker } from './protocol';

// From the sources (tests, vitest) the worker is worker.ts; in the bundle, admin-worker.js
// next to main.js (server/vite.config.ts names it).
const WORKER_FILE = import.meta.url.endsWith('.ts') ? './worker.ts' : './admin-worker.js';
const WORKER_URL = new URL(WORKER_FILE, import.meta.url);

/** Seconds a refused admin job is told to wait. */
export const BUSY_RETRY_S = 30;
/** A job's heap: a 20 MiB roster or a matrix of years fits; past it the job fails alone. */
const JOB_HEAP_MB = 1_024;

/** The request thread's side of a job: what the worker may ask for. */
export type Host = Record<string, (...args: never[]) => Promise<unknown>>;

export interface Job<T> {
  /** The bytes the job sends, as it sends them (each taken one gives the worker a credit). */
  chunks(): AsyncGenerator<Uint8Array>;
  /** What the job returns; rejects with its error, or with the host's when a read failed. */
  result: Promise<T>;
  /** Ends the job now (the client went away, the server is closing). */
  stop(): void;
}

export class AdminJobs {
  private readonly running = new Map<Worker, JobName>();
  /** Workers whose last job ended well, kept for the next (starting one costs ~0.1–0.3 s). */
  private readonly idle: Worker[] = [];

  constructor(
    private readonly db: Database,
    private readonly limit: number,
  ) {}

  /** Starts `job`, or throws 429 when `limit` jobs already run. */
  start<T>(job: JobName, params: unknown, host: Host = {}): Job<T> {
    if (this.running.size >= this.limit) {
      throw new ApiError(
        429,
        'busy',
        `${this.limit} exports or roster imports are already running on this server: try again in ${BUSY_RETRY_S} s`,
        { 'retry-after': String(BUSY_RETRY_S) },
      );
    }
    const worker = this.idle.pop() ?? this.spawn();
    worker.ref();
    this.running.set(worker, job);
    const send = (message: ToWorker) => worker.postMessage(message);
    const chunks: Uint8Array[] = [];
    let wake: (() => void) | null = null;
    let finished = false;
    let hostError: unknown = null;
    let settle!: { resolve: (value: T) => void; reject: (error: unknown) => void };
    const result = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
    // Whoever awaits `result` sees the failure; an export that is only streamed must not crash
    // the process with an unhandled rejection.
    result.catch(() => {});
    const end = (error: unknown, value?: T) => {
      if (finished) return;
      finished = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      this.running.delete(worker);
      if (error === null) {
        worker.unref();
        this.idle.push(worker);
        settle.resolve(value as T);
      } else {
        void worker.terminate();
        settle.reject(hostError ?? error);
      }
      wake?.();
      wake = null;
    };
    const methods: Host = {
      kiosksFirst: (heldMs: number) => kiosksFirst(this.db, heldMs),
      ...host,
    };
    const onMessage = (message: FromWorker) => {
      if (message.t === 'call') {
        const method = methods[message.method] as
          ((...args: unknown[]) => Promise<unknown>) | undefined;
        const call = method
          ? method(...message.args)
          : Promise.reject(new Error(`no ${message.method}`));
        call.then(
          (value) => send({ t: 'reply', id: message.id, value }),
          (error: unknown) => {
            hostError ??= error;
            send({ t: 'reply', id: message.id, error: String(error) });
          },
        );
      } else if (message.t === 'chunk') {
        chunks.push(message.data);
        wake?.();
        wake = null;
      } else if (message.t === 'done') end(null, message.value as T);
      else {
        const failure = new Error(`admin job ${job} failed: ${message.message}`);
        end(message.unavailable ? new DatabaseUnavailableError(failure) : failure);
      }
    };
    const onError = (error: Error) => end(error);
    const onExit = (code: number) =>
      end(new Error(`admin job ${job}: its worker exited (${code})`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    send({ t: 'start', job, params });
    const stop = () => end(new Error(`admin job ${job} stopped`));
    return {
      result,
      stop,
      async *chunks() {
        try {
          for (;;) {
            const chunk = chunks.shift();
            if (chunk) {
              yield chunk;
              if (!finished) send({ t: 'credit' });
            } else if (finished) {
              await result; // throws the job's failure
              return;
            } else await new Promise<void>((resolve) => (wake = resolve));
          }
        } finally {
          stop();
        }
      },
    };
  }

  /**
   * The server is closing: ends the idle workers, and the exports (one can stream for minutes;
   * its client sees a cut download); imports, seconds long, finish. `all`: ends those too.
   */
  stop(all = false): void {
    for (const worker of this.idle.splice(0)) void worker.terminate();
    for (const [worker, job] of this.running) if (all || job === 'export') void worker.terminate();
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_URL, {
      resourceLimits: { maxOldGenerationSizeMb: JOB_HEAP_MB },
    });
    worker.on('exit', () => {
      const at = this.idle.indexOf(worker);
      if (at >= 0) this.idle.splice(at, 1);
    });
    const { link, transfer } = this.db.link();
    worker.postMessage({ t: 'link', link } satisfies ToWorker, transfer);
    return worker;
  }
}
