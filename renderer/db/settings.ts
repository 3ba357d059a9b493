// The one registry of the settings table: every row's key and the type of its value. Rows are
// read and written only through these functions (an ESLint rule refuses `db.settings.get/put`
// elsewhere), so a key cannot be misspelt and a value cannot change shape unnoticed.
import type { PinAttempts } from '../../shared/pin';
import type { SyncProblem } from '../../shared/sync-protocol';
import type { CheckInSettings, KioskSettings } from '../../shared/types';
import type { KioskDatabase } from './schema';

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
 * server shows it lost data (push.ts). `serverUrl`: the server the marks refer to.
 */
export interface SyncMarks {
  cursor: number;
  acked: number;
  serverUrl: string | null;
}

/** Why the last attempt failed, in words staff get (renderer/i18n/features/sync.ts). */
export type { SyncProblem };

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

/** An evacuation roll call in progress on this kiosk: kept until staff close it. */
export interface RollCallState {
  openedAt: number;
  /** Learners staff have found, ticked on screen. */
  ticked: string[];
}

interface SettingValues {
  /** The whole KioskSettings of the newest settings-changed event (projections.ts). */
  kiosk: KioskSettings;
  /** Its check-in part, which the learners' screen reads. */
  'check-in': CheckInSettings;
  /** Wrong PINs and the lock-out, per kiosk (staff/auth.ts): a reload does not reset them. */
  'pin-attempts': PinAttempts;
  'sync.server': SyncServer;
  /** Kiosk id → the name the admin gave it on the server, from the last pull (exports). */
  'sync.kiosk-names': Record<string, string>;
  'sync.marks': SyncMarks;
  'sync.status': SyncStatus;
  /**
   * The day up to which housekeeping packed received rows (housekeeping.ts). A new database
   * starts at its first day: it holds no received rows of earlier days. A database upgraded from
   * v2 has none and is walked once, whole.
   */
  'housekeeping.packed-below': string;
  /** The same for this kiosk's own rows (own-history.ts). */
  'housekeeping.own-packed-below': string;
  /** The roll call open on this kiosk, its ticks surviving a reload (staff/reception/RollCall). */
  rollcall: RollCallState;
}

export type SettingKey = keyof SettingValues;

/** Which event a projected row came from: the last writer by (at, id) wins. */
interface Revision {
  revAt: number;
  revId: string;
}

/** A stored row: its key, a value of the key's type and, for projected rows, their revision. */
export type SettingRow = {
  [K in SettingKey]: { key: K; value: SettingValues[K] } & Partial<Revision>;
}[SettingKey];

/**
 * The row's value, or undefined when there is none. Values written by an older version may lack
 * newer fields: readers that need every field merge with their defaults.
 *
 * Not `async`: the reads return Dexie's own promise, which keeps a live query's zone, so a
 * useLiveQuery that reads several rows through here sees changes to every one of them (an
 * `async` wrapper lost the zone after the first await and the sync status stopped updating).
 */
export function readSetting<K extends SettingKey>(
  db: KioskDatabase,
  key: K,
): Promise<SettingValues[K] | undefined> {
  return db.settings.get(key).then((row) => row?.value as SettingValues[K] | undefined);
}

/** The revision of a projected row, when it has one. */
export function readRevision(db: KioskDatabase, key: SettingKey): Promise<Revision | undefined> {
  return db.settings
    .get(key)
    .then((row) =>
      row?.revAt === undefined || row.revId === undefined
        ? undefined
        : { revAt: row.revAt, revId: row.revId },
    );
}

export async function writeSetting<K extends SettingKey>(
  db: KioskDatabase,
  key: K,
  value: SettingValues[K],
): Promise<void> {
  await db.settings.put({ key, value } as SettingRow);
}

/** Several rows in one request (projections, enrolment). */
export async function writeSettings(db: KioskDatabase, rows: readonly SettingRow[]): Promise<void> {
  await db.settings.bulkPut([...rows]);
}

export async function deleteSettings(
  db: KioskDatabase,
  keys: readonly SettingKey[],
): Promise<void> {
  await db.settings.bulkDelete([...keys]);
}
