// The sync client: push everything pending, then pull until caught up; on a schedule (start,
// `online`, soon after a local event, a poll when idle, backoff after a failure) or at once on
// request. No React, no DOM: the simulation runs it in Node with fake-indexeddb, giving it the
// fetch (its only way out), the clock, the randomness and the timers.
import { liveQuery, type Subscription } from 'dexie';
import { MAX_PULL_LIMIT, MAX_PUSH_EVENTS, type KioskHeartbeat } from '../../shared/sync-protocol';
import type { CrashReport } from '../../shared/bridge';
import type { KioskDatabase } from '../db/schema';
import { backoffDelay } from './backoff';
import { SyncError, type HttpContext } from './request';
import { consoleSyncLog, type SyncLog } from './log';
import { pullAll } from './pull';
import { heartbeatOf } from './heartbeat';
import { pushAll } from './push';
import type { SyncProblem, SyncStatus } from '../db/settings';
import { readStatus, writeStatus } from './state';

export interface SyncEngineOptions {
  db: KioskDatabase;
  fetch: typeof fetch;
  serverUrl: string;
  getToken: () => Promise<string | null>;
  now?: () => number;
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Where `online`/`offline` are heard: `window` in the kiosk; none by default. */
  connectivity?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | null;
  hooks?: {
    /** Inside each pull page's transaction, after its events, before its cursor. */
    afterPageStored?(): void | Promise<void>;
  };
  /**
   * The app's version and crash count, sent with each sync as the kiosk's heartbeat (the bridge
   * knows them). Without it no heartbeat is sent.
   */
  about?: () => Promise<{ appVersion: string; crashes: CrashReport }>;
  log?: SyncLog;
  requestTimeoutMs?: number;
  pushBatchSize?: number;
  pullLimit?: number;
  /** After a local event, the push waits this long for more (a burst goes in one batch). */
  pushDelayMs?: number;
  /** Between pulls while all is well. */
  pollMs?: number;
}

export type SyncOutcome =
  | { ok: true; pushed: number; rejected: number; received: number }
  | {
      ok: false;
      problem: SyncProblem;
      detail: string;
      pushed: number;
      rejected: number;
      received: number;
    };

export interface SyncEngine {
  /** Push everything pending, then pull until caught up. Never throws. One at a time. */
  syncOnce(): Promise<SyncOutcome>;
  /** Syncs now, then keeps syncing on schedule. */
  start(): void;
  stop(): void;
  /** "Sync now": at once (or right after the attempt in flight), whatever the backoff. */
  requestSync(): void;
  /** Failed attempts in a row (drives the backoff). */
  readonly failures: number;
}

const DEFAULTS = {
  requestTimeoutMs: 30_000,
  pushDelayMs: 2_000,
  pollMs: 30_000,
};

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db } = options;
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer =
    options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  const log = options.log ?? consoleSyncLog;
  const pushDelayMs = options.pushDelayMs ?? DEFAULTS.pushDelayMs;
  const pollMs = options.pollMs ?? DEFAULTS.pollMs;

  let status: SyncStatus | null = null;
  let tail: Promise<unknown> = Promise.resolve();
  let inFlight = false;
  let again = false;
  let started = false;
  let failures = 0;
  let stopped = false; // 401: no automatic retry until re-enrolment (a new engine)
  let timer: unknown = null;
  let timerDue = Infinity;
  let lastSeq: number | null = null;
  let subscription: Subscription | null = null;

  async function updateStatus(change: Partial<SyncStatus>): Promise<void> {
    status = { ...(status ?? (await readStatus(db))), ...change };
    try {
      await writeStatus(db, status);
    } catch (error) {
      log.warn('status could not be saved', error);
    }
  }

  /** Read before the attempt's status is written: it tells the previous attempt's failure. */
  async function readHeartbeat(): Promise<KioskHeartbeat | undefined> {
    if (!options.about) return undefined;
    try {
      const previous = status ?? (await readStatus(db));
      return heartbeatOf(await options.about(), previous, await db.kiosk.get('self'));
    } catch (error) {
      // The heartbeat is for the console; events must go whatever it lacks.
      log.warn('heartbeat unavailable', error);
      return undefined;
    }
  }

  async function attempt(): Promise<SyncOutcome> {
    const counts = { pushed: 0, rejected: 0, received: 0 };
    try {
      const token = await options.getToken();
      if (!token) throw new SyncError('not-enrolled', 'no device token');
      const http: HttpContext = {
        fetch: options.fetch,
        serverUrl: options.serverUrl,
        token,
        timeoutMs: options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
        now,
        setTimer,
        clearTimer,
        onServerTime: (skewMs) => {
          if (status) status.skewMs = Math.round(skewMs);
        },
      };
      const heartbeat = await readHeartbeat();
      await updateStatus({ phase: 'syncing', lastAttemptAt: now(), received: 0 });
      await pushAll(db, http, {
        heartbeat,
        batchSize: options.pushBatchSize ?? MAX_PUSH_EVENTS,
        log,
        result: counts,
      });
      counts.received = await pullAll(db, http, {
        // The largest page: each costs a transaction commit and a request.
        limit: options.pullLimit ?? MAX_PULL_LIMIT,
        now,
        log,
        afterPageStored: options.hooks?.afterPageStored,
        onPage: (received) => updateStatus({ received }),
      });
      await updateStatus({
        phase: 'idle',
        lastSyncAt: now(),
        problem: null,
        detail: null,
        offlineSince: null,
        received: counts.received,
      });
      return { ok: true, ...counts };
    } catch (error) {
      const problem = classify(error);
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      if (problem === 'storage' || problem === 'protocol')
        log.error(`sync failed: ${detail}`, error);
      else log.warn(`sync failed (${problem}): ${detail}`);
      const unreachable = problem === 'offline' || problem === 'timeout' || problem === 'server';
      await updateStatus({
        phase: 'idle',
        problem,
        detail,
        offlineSince: unreachable ? (status?.offlineSince ?? now()) : null,
      });
      return { ok: false, problem, detail, ...counts };
    }
  }

  function syncOnce(): Promise<SyncOutcome> {
    const run = tail.then(attempt);
    tail = run.catch(() => undefined);
    return run;
  }

  function clear(): void {
    if (timer !== null) clearTimer(timer);
    timer = null;
    timerDue = Infinity;
  }

  /** Arms the timer for `ms` unless an earlier run is already due (or `force`). */
  function schedule(ms: number, force = false): void {
    if (!started) return;
    const due = now() + ms;
    if (!force && timer !== null && timerDue <= due) return;
    clear();
    timerDue = due;
    timer = setTimer(() => {
      timer = null;
      timerDue = Infinity;
      void run();
    }, ms);
    void updateStatus({ nextAttemptAt: due });
  }

  async function run(): Promise<void> {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    clear();
    const outcome = await syncOnce();
    inFlight = false;
    if (!started) return;
    if (outcome.ok) {
      failures = 0;
      if (again) {
        again = false;
        schedule(0, true);
      } else schedule(pollMs);
    } else if (outcome.problem === 'unauthorized' || outcome.problem === 'not-enrolled') {
      // Retrying cannot help: staff must enrol the kiosk again. Events stay in the outbox.
      stopped = true;
      again = false;
      clear();
      await updateStatus({ nextAttemptAt: null });
    } else {
      failures += 1;
      // Asked for during a failing attempt (`online`, "sync now"): one more try at once.
      schedule(again ? 0 : backoffDelay(failures, random), true);
      again = false;
    }
  }

  const onOnline = () => {
    // Back online: retry at once, unless the server withdrew our access (nothing to retry).
    if (stopped) return;
    failures = 0;
    void run();
  };
  const onOffline = () => {
    void updateStatus({ offlineSince: status?.offlineSince ?? now() });
  };

  return {
    syncOnce,
    get failures() {
      return failures;
    },
    start() {
      if (started) return;
      started = true;
      options.connectivity?.addEventListener('online', onOnline);
      options.connectivity?.addEventListener('offline', onOffline);
      // A local event bumps the kiosk row's nextSeq: push it soon, unless backing off.
      subscription = liveQuery(() => db.kiosk.get('self')).subscribe({
        next: (row) => {
          const seq = row?.nextSeq ?? null;
          if (lastSeq !== null && seq !== lastSeq && failures === 0 && !stopped) {
            schedule(pushDelayMs);
          }
          lastSeq = seq;
        },
        error: (error: unknown) => log.warn('outbox watch failed', error),
      });
      void (async () => {
        // A kiosk whose access was withdrawn stays stopped across restarts until re-enrolment.
        const saved = await readStatus(db).catch(() => null);
        if (saved?.problem === 'unauthorized') {
          stopped = true;
          status = saved;
          return;
        }
        if (started) void run();
      })();
    },
    stop() {
      started = false;
      clear();
      subscription?.unsubscribe();
      subscription = null;
      options.connectivity?.removeEventListener('online', onOnline);
      options.connectivity?.removeEventListener('offline', onOffline);
    },
    requestSync() {
      stopped = false;
      void run();
    },
  };
}

function classify(error: unknown): SyncProblem {
  if (error instanceof SyncError) return error.problem;
  // Anything else came from the database (a quota, a closed backing store) or is a bug; both
  // need a person, and the log says which.
  return 'storage';
}
