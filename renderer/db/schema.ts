// The one owner of the kiosk's IndexedDB schema and its migrations. Everything else goes
// through the functions in this folder; React reads through useLiveQuery.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import { brusselsDay } from '../../shared/time';
import type { AttendanceEvent, KioskEvent, Learner, StaffMember } from '../../shared/types';
import type { SettingRow } from './settings';

const DATABASE_NAME = 'accueil';

/** A stored event: the immutable event plus storage-only fields used by indexes. */
export type EventRow = KioskEvent & {
  /** Europe/Brussels calendar day of `at`, for the per-day index. */
  day: string;
  /**
   * Present (=1) while the event still has to reach the server. Not indexed (since v4): push
   * reads by sequence after the acked mark; housekeeping reads the flag on rows it walks.
   */
  pending?: 1;
};

/** The event as it was made: the storage-only fields (day, pending) stay in the row. */
export function eventOfRow(row: EventRow): KioskEvent {
  const { day: _day, pending: _pending, ...event } = row;
  return event as KioskEvent;
}

/**
 * The roster projection of a learner, with the (at, id) of the events that last changed its data
 * and its status: last writer wins per part, whatever order events arrive in.
 */
export type LearnerRow = Learner & {
  revAt: number;
  revId: string;
  statusAt: number;
  statusId: string;
};

export interface BadgeRow {
  token: string;
  learnerId: string;
  status: 'active' | 'revoked';
}

export interface KioskRow {
  key: 'self';
  kioskId: string;
  /** Next per-kiosk sequence number: read and bumped in the transaction that appends events. */
  nextSeq: number;
  createdAt: number;
}

/** The staff projection: last writer by (at, id) wins. */
export type StaffRow = StaffMember & { revAt: number; revId: string };

/**
 * Attendance history received from elsewhere, packed: one row holds the events of one day that
 * arrived together (a pull page, an archive). Nothing looks these events up one by one (the
 * check-in policy and the reception screen read today, which is never packed), so they need no
 * per-event index entries; days are read whole (exports, reports). Writing and reading a packed
 * row costs about a twentieth of one row an event in Chromium's IndexedDB (ARCHITECTURE.md).
 */
export interface ArchiveRow {
  /** Europe/Brussels day of every event in the row. */
  day: string;
  /** Tells apart the rows of a day; rows are only ever added. */
  block: string;
  events: AttendanceEvent[];
}

/**
 * A scan this kiosk refused (unknown, revoked or archived badge): the learner was sent to
 * reception, whose panel lists the day's rows until staff settle them. Local to the kiosk the
 * learner stood at; not an event, as it changes nothing in anyone's attendance.
 */
export interface HelpRow {
  /** Auto-incremented: the order scans were made in. */
  seq?: number;
  /** Europe/Brussels day of `at`, for the per-day index. */
  day: string;
  at: number;
  token: string;
  outcome: 'unknown' | 'revoked' | 'archived';
  /** The badge's learner, when the roster knows the badge. */
  learnerId: string | null;
  /** Set once staff settled it (acted on it or dismissed it). */
  settled?: 1;
}

export class KioskDatabase extends Dexie {
  learners!: Table<LearnerRow, string>;
  badges!: Table<BadgeRow, string>;
  events!: Table<EventRow, string>;
  kiosk!: Table<KioskRow, string>;
  settings!: Table<SettingRow, string>;
  staff!: Table<StaffRow, string>;
  archive!: Table<ArchiveRow, [string, string]>;
  help!: Table<HelpRow, number>;

  constructor(name = DATABASE_NAME, options: DexieOptions = {}) {
    // Chromium defaults to relaxed durability since 121: a completed transaction could still be
    // lost at a power cut. A check-in the learner saw greeted must survive one.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({
      learners: 'id, status',
      badges: 'token, learnerId',
      // Hot queries: a learner's events today ([learnerId+at]), a token's recent unknown scans
      // ([token+at]), the outbox (sparse `pending`, dropped in v4), a day's events (`day`),
      // sync order.
      events: 'id, &[kioskId+seq], [learnerId+at], [token+at], day, pending',
      kiosk: 'key',
      settings: 'key',
    });
    // v2: staff members (reception and admin), projected from staff-upserted events.
    this.version(2).stores({ staff: 'id' });
    // v3: received attendance of past days, packed by day (ArchiveRow). Nothing to migrate: rows
    // already stored stay where they are, and readers of days read both tables.
    this.version(3).stores({ archive: '[day+block]' });
    // v4: the `pending` index goes. Nothing queried it (push reads own events by sequence after
    // the acked mark), and every scan paid for one more index entry.
    this.version(4).stores({ events: 'id, &[kioskId+seq], [learnerId+at], [token+at], day' });
    // v5: refused scans for reception's panel (HelpRow). A new table: nothing to migrate.
    this.version(5).stores({ help: '++seq, day' });
    this.on('populate', (tx) => {
      // A new database holds no rows of earlier days: housekeeping starts at its first day.
      const today = brusselsDay(Date.now());
      const rows: SettingRow[] = [
        { key: 'housekeeping.packed-below', value: today },
        { key: 'housekeeping.own-packed-below', value: today },
      ];
      return tx.table('settings').bulkAdd(rows);
    });
  }
}
