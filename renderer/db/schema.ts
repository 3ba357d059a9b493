// The one owner of the kiosk's IndexedDB schema and its migrations. Everything else goes
// through the functions in this folder; React reads through useLiveQuery.
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { KioskEvent, Learner, StaffMember } from '../../shared/types';

export const DATABASE_NAME = 'accueil';

/** A stored event: the immutable event plus storage-only fields used by indexes. */
export type EventRow = KioskEvent & {
  /** Europe/Brussels calendar day of `at`, for the per-day index. */
  day: string;
  /** Present (=1) while the event still has to reach the server: a sparse outbox index. */
  pending?: 1;
};

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

export interface SettingRow {
  key: string;
  value: unknown;
}

export class KioskDatabase extends Dexie {
  learners!: Table<LearnerRow, string>;
  badges!: Table<BadgeRow, string>;
  events!: Table<EventRow, string>;
  kiosk!: Table<KioskRow, string>;
  settings!: Table<SettingRow, string>;
  staff!: Table<StaffRow, string>;

  constructor(name = DATABASE_NAME, options: DexieOptions = {}) {
    // Chromium defaults to relaxed durability since 121: a completed transaction could still be
    // lost at a power cut. A check-in the learner saw greeted must survive one.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({
      learners: 'id, status',
      badges: 'token, learnerId',
      // Hot queries: a learner's events today ([learnerId+at]), a token's recent unknown scans
      // ([token+at]), the outbox (sparse `pending`), a day's events (`day`), sync order.
      events: 'id, &[kioskId+seq], [learnerId+at], [token+at], day, pending',
      kiosk: 'key',
      settings: 'key',
    });
    // v2: staff members (reception and admin), projected from staff-upserted events.
    this.version(2).stores({ staff: 'id' });
  }
}
