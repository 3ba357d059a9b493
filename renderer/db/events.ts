// Appending to the event log and keeping the roster projections (learners, badges) in step,
// always inside the same read-write transaction as the events themselves.
import Dexie from 'dexie';
import { brusselsDay } from '../../shared/time';
import { compareEvents } from '../../shared/attendance';
import type {
  CheckInSettings,
  EventBody,
  KioskEvent,
  KioskSettings,
  RosterEvent,
} from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';
import { isPacked, packAttendance } from './attendance';
import type {
  BadgeRow,
  EventRow,
  KioskDatabase,
  KioskRow,
  LearnerRow,
  SettingRow,
  StaffRow,
} from './schema';

const randomBytes = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** Rows are written in chunks so one huge import never holds one giant request list. */
const CHUNK = 5_000;

export async function ensureKiosk(db: KioskDatabase, now = Date.now()): Promise<KioskRow> {
  return db.transaction('rw', db.kiosk, async () => {
    const existing = await db.kiosk.get('self');
    if (existing) return existing;
    const row: KioskRow = {
      key: 'self',
      kioskId: uuidv7(now, randomBytes),
      nextSeq: 1,
      createdAt: now,
    };
    await db.kiosk.add(row);
    return row;
  });
}

/** The tables an append touches: a caller's transaction that appends must include them all. */
export function appendTables(db: KioskDatabase) {
  return [db.kiosk, db.events, db.learners, db.badges, db.staff, db.settings];
}

/**
 * A body to append. `at` is for the rare event that records something that happened earlier
 * (sync resolving an unknown-badge scan keeps the scan's own time); otherwise it is `now`.
 */
export type AppendBody = EventBody & { at?: number };

export interface AppendOptions {
  /**
   * Learner rows the caller already read in this same transaction (undefined: known to be
   * absent), so the projection does not read them again; it keeps the map up to date with what
   * it writes. A 10,000-learner import saves 10,000 reads this way.
   */
  knownLearners?: Map<string, LearnerRow | undefined>;
}

/**
 * Gives each body its envelope (UUIDv7, this kiosk's next gap-free sequence numbers, `at`) and
 * stores it with its outbox mark. Joins the caller's transaction when there is one, so a scan's
 * read, decision and append commit together or not at all.
 */
export async function appendEvents(
  db: KioskDatabase,
  bodies: readonly AppendBody[],
  now = Date.now(),
  options: AppendOptions = {},
): Promise<KioskEvent[]> {
  return db.transaction('rw', appendTables(db), async () => {
    const kiosk = await db.kiosk.get('self');
    if (!kiosk) throw new Error('Kiosk identity missing: ensureKiosk() must run at start-up');
    const events = bodies.map(
      (body, i) =>
        ({
          ...body,
          id: uuidv7(now, randomBytes),
          kioskId: kiosk.kioskId,
          seq: kiosk.nextSeq + i,
          at: body.at ?? now,
        }) as KioskEvent,
    );
    await db.kiosk.put({ ...kiosk, nextSeq: kiosk.nextSeq + events.length });
    for (let i = 0; i < events.length; i += CHUNK) {
      const chunk = events.slice(i, i + CHUNK);
      // Issued together: the database stores the events while this thread prepares the
      // projection rows. Same transaction: they commit or fail together.
      await Promise.all([
        db.events.bulkAdd(chunk.map((e) => toRow(e, true))),
        applyProjections(db, chunk, options.knownLearners),
      ]);
    }
    return events;
  });
}

/**
 * Stores events made elsewhere (another kiosk, the server, an archive): not pending, duplicates
 * ignored by id. The sync client's pull uses the same path. Attendance of days before `now`'s
 * day is packed by day into `archive` (attendance.ts); the rest become rows of `events`.
 *
 * No read before the write: each IndexedDB request costs a round trip to the browser's database
 * process, and reading every id first made a pull page half reads. Duplicates are rare (an
 * archive stored twice), so the adds go straight in and their constraint failures are checked
 * afterwards; projections then see only the events that were new. Returns how many events were
 * stored (packed ones all count: their duplicates are dropped when read).
 */
export async function storeReceivedEvents(
  db: KioskDatabase,
  events: readonly KioskEvent[],
  now = Date.now(),
): Promise<number> {
  const today = brusselsDay(now);
  let stored = 0;
  for (let i = 0; i < events.length; i += CHUNK) {
    const chunk = events.slice(i, i + CHUNK);
    const packed = chunk.filter((e) => isPacked(e, today));
    const rows = packed.length === 0 ? chunk : chunk.filter((e) => !isPacked(e, today));
    stored += await db.transaction('rw', receiveTables(db), async () => {
      const [fresh] = await Promise.all([
        addNew(db, rows),
        packed.length > 0 ? packAttendance(db, packed) : undefined,
      ]);
      await applyProjections(db, fresh);
      return fresh.length + packed.length;
    });
  }
  return stored;
}

/** The tables a transaction that stores received events must include. */
export function receiveTables(db: KioskDatabase) {
  return [...appendTables(db), db.archive];
}

/** Adds the events; those whose id is already stored are skipped, any other failure throws. */
async function addNew(db: KioskDatabase, events: readonly KioskEvent[]): Promise<KioskEvent[]> {
  if (events.length === 0) return [];
  try {
    await db.events.bulkAdd(events.map((e) => toRow(e, false)));
    return [...events];
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    // A failed add inside bulkAdd does not abort the transaction: Dexie reports it here.
    const failed = Object.entries(error.failuresByPos).map(([pos, cause]) => ({
      event: events[Number(pos)]!,
      cause,
    }));
    const there = await db.events.bulkGet(failed.map((f) => f.event.id));
    // Same id already stored: a duplicate. Anything else (a [kioskId+seq] clash under another
    // id, a quota) is a real failure and aborts the transaction, as before.
    const other = failed.find((f, j) => f.cause.name !== 'ConstraintError' || !there[j]);
    if (other) throw other.cause;
    const duplicate = new Set(failed.map((f) => f.event));
    return events.filter((e) => !duplicate.has(e));
  }
}

function toRow(event: KioskEvent, pending: boolean): EventRow {
  const row: EventRow = { ...event, day: brusselsDay(event.at) };
  if (pending) row.pending = 1;
  return row;
}

/**
 * Roster projections. A learner row remembers the (at, id) of the event that last changed its
 * data and, separately, its status, so an older event arriving late never overwrites a newer one
 * (an archive is not undone by an earlier upsert that syncs after it); a revoked token stays
 * revoked.
 */
async function applyProjections(
  db: KioskDatabase,
  events: readonly KioskEvent[],
  knownLearners?: Map<string, LearnerRow | undefined>,
): Promise<void> {
  await applyStaff(db, events);
  await applyRoster(db, events, knownLearners);
  await applySettings(db, events);
}

/** Settings rows: the whole KioskSettings, and the check-in part the scan screen reads. */
export const KIOSK_SETTINGS_KEY = 'kiosk';
export const CHECK_IN_SETTINGS_KEY = 'check-in';

/** The 'kiosk' settings row remembers which event it came from: last writer by (at, id) wins. */
export type KioskSettingsRow = SettingRow & { value: KioskSettings; revAt: number; revId: string };

async function applySettings(db: KioskDatabase, events: readonly KioskEvent[]): Promise<void> {
  let newest = null;
  for (const e of events) {
    if (e.type === 'settings-changed' && (!newest || compareEvents(e, newest) > 0)) newest = e;
  }
  if (!newest) return;
  const current = (await db.settings.get(KIOSK_SETTINGS_KEY)) as KioskSettingsRow | undefined;
  if (current && !isNewer(newest, current.revAt, current.revId)) return;
  const { settings } = newest;
  const row: KioskSettingsRow = {
    key: KIOSK_SETTINGS_KEY,
    value: settings,
    revAt: newest.at,
    revId: newest.id,
  };
  const checkIn: CheckInSettings = { mode: settings.mode, cooldownMs: settings.cooldownMs };
  await db.settings.bulkPut([row, { key: CHECK_IN_SETTINGS_KEY, value: checkIn }]);
}

async function applyStaff(db: KioskDatabase, events: readonly KioskEvent[]): Promise<void> {
  const changes = events
    .flatMap((e) => (e.type === 'staff-upserted' ? [e] : []))
    .sort(compareEvents);
  if (changes.length === 0) return;
  const rows = new Map<string, StaffRow>();
  const ids = [...new Set(changes.map((e) => e.staff.id))];
  (await db.staff.bulkGet(ids)).forEach((row) => row && rows.set(row.id, row));
  for (const event of changes) {
    const current = rows.get(event.staff.id);
    if (!current || isNewer(event, current.revAt, current.revId)) {
      rows.set(event.staff.id, { ...event.staff, revAt: event.at, revId: event.id });
    }
  }
  await db.staff.bulkPut([...rows.values()]);
}

async function applyRoster(
  db: KioskDatabase,
  events: readonly KioskEvent[],
  known?: Map<string, LearnerRow | undefined>,
): Promise<void> {
  const roster = events.filter(isRosterEvent).sort(compareEvents);
  if (roster.length === 0) return;

  // Only learner events change learner rows: a page of badge events reads and rewrites none.
  const learnerIds = [
    ...new Set(
      roster.flatMap((e) =>
        e.type === 'learner-upserted'
          ? [e.learner.id]
          : e.type === 'learner-archived'
            ? [e.learnerId]
            : [],
      ),
    ),
  ];
  const learners = new Map<string, LearnerRow>();
  const unread: string[] = [];
  for (const id of learnerIds) {
    if (!known?.has(id)) unread.push(id);
    else if (known.get(id)) learners.set(id, known.get(id)!);
  }
  if (unread.length > 0) {
    (await db.learners.bulkGet(unread)).forEach((row) => row && learners.set(row.id, row));
  }
  const tokens = [...new Set(roster.flatMap((e) => ('token' in e ? [e.token] : [])))];
  const badges = new Map<string, BadgeRow>();
  (await db.badges.bulkGet(tokens)).forEach((row) => row && badges.set(row.token, row));

  for (const event of roster) {
    switch (event.type) {
      case 'learner-upserted': {
        const { id, status, ...data } = event.learner;
        const current = learners.get(id) ?? placeholder(id);
        const next = { ...current };
        if (isNewer(event, current.revAt, current.revId))
          Object.assign(next, data, { revAt: event.at, revId: event.id });
        if (isNewer(event, current.statusAt, current.statusId))
          Object.assign(next, { status, statusAt: event.at, statusId: event.id });
        learners.set(id, next);
        break;
      }
      case 'learner-archived': {
        // An archive may arrive before the learner it archives: it is kept on a placeholder row.
        const current = learners.get(event.learnerId) ?? placeholder(event.learnerId);
        if (isNewer(event, current.statusAt, current.statusId)) {
          learners.set(event.learnerId, {
            ...current,
            status: 'archived',
            statusAt: event.at,
            statusId: event.id,
          });
        }
        break;
      }
      case 'badge-issued':
        if (badges.get(event.token)?.status !== 'revoked') {
          badges.set(event.token, {
            token: event.token,
            learnerId: event.learnerId,
            status: 'active',
          });
        }
        break;
      case 'badge-revoked':
        badges.set(event.token, {
          token: event.token,
          learnerId: event.learnerId,
          status: 'revoked',
        });
        break;
    }
  }
  const written = [...learners.values()];
  for (const row of written) known?.set(row.id, row);
  await Promise.all([db.learners.bulkPut(written), db.badges.bulkPut([...badges.values()])]);
}

function isRosterEvent(event: KioskEvent): event is RosterEvent {
  return (
    event.type === 'learner-upserted' ||
    event.type === 'learner-archived' ||
    event.type === 'badge-issued' ||
    event.type === 'badge-revoked'
  );
}

function isNewer(event: KioskEvent, at: number, id: string): boolean {
  return event.at > at || (event.at === at && event.id > id);
}

/** A learner known only from an archive so far; its upsert fills the names in. */
function placeholder(id: string): LearnerRow {
  return {
    id,
    firstName: '',
    lastName: '',
    groups: [],
    language: null,
    status: 'archived',
    revAt: -Infinity,
    revId: '',
    statusAt: -Infinity,
    statusId: '',
  };
}

/** A learner's attendance events between two instants, from the [learnerId+at] index. */
export function learnerEventsBetween(
  db: KioskDatabase,
  learnerId: string,
  start: number,
  end: number,
): Promise<EventRow[]> {
  return db.events
    .where('[learnerId+at]')
    .between([learnerId, start], [learnerId, end], true, false)
    .toArray();
}

/** The latest unknown-badge scan of a token since `since`, from the [token+at] index. */
export async function lastUnknownScan(
  db: KioskDatabase,
  token: string,
  since: number,
): Promise<number | null> {
  const rows = await db.events
    .where('[token+at]')
    .between([token, since], [token, Dexie.maxKey])
    .filter((row) => row.type === 'unknown-badge')
    .toArray();
  return rows.reduce<number | null>((latest, row) => Math.max(latest ?? row.at, row.at), null);
}
