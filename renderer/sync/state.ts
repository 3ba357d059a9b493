// Where the sync client keeps what it knows, all in the kiosk's settings table (local rows, never
// events): the server it is enrolled with, the marks (pull cursor, push acked) and the status
// staff see. React reads them with useLiveQuery; tests and the simulation with readSyncState.
import type { OwnPackable } from '../db/own-history';
import type { KioskDatabase } from '../db/schema';

export const SYNC_SERVER_KEY = 'sync.server';
export const SYNC_MARKS_KEY = 'sync.marks';
export const SYNC_STATUS_KEY = 'sync.status';

/** The server this kiosk is enrolled with. The device token itself goes through the bridge. */
export interface SyncServer {
  url: string;
  /** The kiosk's name on the server. */
  name: string;
  enrolledAt: number;
}

/**
 * The two marks. `cursor`: every server event up to it is stored here. `acked`: every own event
 * up to this sequence number is on the server. Neither goes backwards, except `acked` when the
 * server shows it lost data (lowerAcked). `serverUrl`: the server the marks refer to.
 */
export interface SyncMarks {
  cursor: number;
  acked: number;
  serverUrl: string | null;
}

/** Why the last attempt failed, in words staff get (renderer/i18n/features/sync.ts). */
export type SyncProblem =
  'not-enrolled' | 'offline' | 'timeout' | 'server' | 'unauthorized' | 'protocol' | 'storage';

export interface SyncStatus {
  phase: 'idle' | 'syncing';
  /** The end of the last attempt that pushed and pulled everything. */
  lastSyncAt: number | null;
  lastAttemptAt: number | null;
  problem: SyncProblem | null;
  /** For the developer (status code, message); never shown as the staff message. */
  detail: string | null;
  /** First failure to reach the server since the last success. */
  offlineSince: number | null;
  /** Server clock minus kiosk clock, measured at the midpoint of the last request. */
  skewMs: number | null;
  /** Events received since the current (or last) attempt began: catch-up progress. */
  received: number;
  /** When the next automatic attempt is due (backoff or poll), when one is scheduled. */
  nextAttemptAt: number | null;
}

export const INITIAL_MARKS: SyncMarks = { cursor: 0, acked: 0, serverUrl: null };
export const INITIAL_STATUS: SyncStatus = {
  phase: 'idle',
  lastSyncAt: null,
  lastAttemptAt: null,
  problem: null,
  detail: null,
  offlineSince: null,
  skewMs: null,
  received: 0,
  nextAttemptAt: null,
};

/** Clock skew above this is shown to staff as a warning. */
export const SKEW_WARNING_MS = 2 * 60_000;

export async function readServer(db: KioskDatabase): Promise<SyncServer | null> {
  const row = await db.settings.get(SYNC_SERVER_KEY);
  return (row?.value as SyncServer | undefined) ?? null;
}

export async function readMarks(db: KioskDatabase): Promise<SyncMarks> {
  const row = await db.settings.get(SYNC_MARKS_KEY);
  return { ...INITIAL_MARKS, ...(row?.value as Partial<SyncMarks> | undefined) };
}

/**
 * Which own events housekeeping may pack (renderer/db/own-history.ts): a kiosk never enrolled
 * packs all its past (enrolment unpacks it to send it); an enrolled one what the server has.
 */
export async function readOwnPackable(db: KioskDatabase): Promise<OwnPackable> {
  const marks = await readMarks(db);
  return marks.serverUrl === null ? { enrolled: false } : { enrolled: true, acked: marks.acked };
}

export async function readStatus(db: KioskDatabase): Promise<SyncStatus> {
  const row = await db.settings.get(SYNC_STATUS_KEY);
  return { ...INITIAL_STATUS, ...(row?.value as Partial<SyncStatus> | undefined) };
}

export async function writeStatus(db: KioskDatabase, status: SyncStatus): Promise<void> {
  await db.settings.put({ key: SYNC_STATUS_KEY, value: status });
}

/** Moves the marks forward only: a late or replayed answer can never move them back. */
export async function advanceMarks(
  db: KioskDatabase,
  change: { cursor?: number; acked?: number },
): Promise<SyncMarks> {
  return db.transaction('rw', db.settings, async () => {
    const marks = await readMarks(db);
    const next: SyncMarks = {
      ...marks,
      cursor: Math.max(marks.cursor, change.cursor ?? 0),
      acked: Math.max(marks.acked, change.acked ?? 0),
    };
    if (next.cursor !== marks.cursor || next.acked !== marks.acked) {
      await db.settings.put({ key: SYNC_MARKS_KEY, value: next });
    }
    return next;
  });
}

/** The one way `acked` goes down: the server lost what it had acknowledged (see push.ts). */
export async function lowerAcked(db: KioskDatabase, acked: number): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const marks = await readMarks(db);
    await db.settings.put({ key: SYNC_MARKS_KEY, value: { ...marks, acked } });
  });
}

/** Replaces the marks wholesale: enrolment with a different server starts from scratch. */
export async function resetMarks(db: KioskDatabase, serverUrl: string): Promise<void> {
  await db.settings.put({ key: SYNC_MARKS_KEY, value: { ...INITIAL_MARKS, serverUrl } });
}

/**
 * The outbox's size from two rows: own events after the acked mark. Counting the `pending` index
 * instead costs a walk of the outbox on every scan (the learners' screen re-reads this after each
 * one), and a kiosk never enrolled keeps every event it ever made in its outbox.
 */
export async function countPending(db: KioskDatabase, marks?: SyncMarks): Promise<number> {
  const [kiosk, { acked }] = await Promise.all([db.kiosk.get('self'), marks ?? readMarks(db)]);
  return Math.max(0, (kiosk?.nextSeq ?? 1) - 1 - acked);
}

export interface SyncState {
  server: SyncServer | null;
  marks: SyncMarks;
  status: SyncStatus;
  pending: number;
}

/** Everything a test or a screen needs, read by key: a handful of rows, whatever the log holds. */
export async function readSyncState(db: KioskDatabase): Promise<SyncState> {
  const marks = await readMarks(db);
  const [server, status, pending] = await Promise.all([
    readServer(db),
    readStatus(db),
    countPending(db, marks),
  ]);
  return { server, marks, status, pending };
}
