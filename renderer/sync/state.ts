// Where the sync client keeps what it knows, all in the kiosk's settings table (local rows, never
// events): the server it is enrolled with, the marks (pull cursor, push acked) and the status
// staff see. React reads them with useLiveQuery; tests and the simulation with readSyncState.
import type { OwnPackable } from '../db/own-history';
import type { KioskDatabase } from '../db/schema';
import {
  readSetting,
  writeSetting,
  type SyncMarks,
  type SyncServer,
  type SyncStatus,
} from '../db/settings';

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
  return (await readSetting(db, 'sync.server')) ?? null;
}

export async function readMarks(db: KioskDatabase): Promise<SyncMarks> {
  return { ...INITIAL_MARKS, ...(await readSetting(db, 'sync.marks')) };
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
  return { ...INITIAL_STATUS, ...(await readSetting(db, 'sync.status')) };
}

export async function writeStatus(db: KioskDatabase, status: SyncStatus): Promise<void> {
  await writeSetting(db, 'sync.status', status);
}

/** Replaces the marks wholesale: enrolment with a different server starts from scratch. */
export async function resetMarks(db: KioskDatabase, serverUrl: string): Promise<void> {
  await writeSetting(db, 'sync.marks', { ...INITIAL_MARKS, serverUrl });
}

/**
 * The outbox's size from two rows: own events after the acked mark. Counting the `pending` index
 * instead costs a walk of the outbox on every scan (the learners' screen re-reads this after each
 * one), and a kiosk never enrolled keeps every event it ever made in its outbox.
 */
async function countPending(db: KioskDatabase, marks?: SyncMarks): Promise<number> {
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
