// Attendance by day, wherever it is stored. Recent and unsent events and every roster, staff or
// settings event are rows of `events`; past attendance is packed into `archive`, one row for the
// events of a day that arrived (or were packed) together: received from elsewhere (a pull, a
// seeded history, housekeeping) or this kiosk's own (own-history.ts). Readers of days go through
// this module and see both, deduplicated.
import Dexie from 'dexie';
import { brusselsDay } from '../../shared/time';
import { isAttendanceEvent, type AttendanceEvent, type KioskEvent } from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';
import { eventOfRow, type ArchiveRow, type EventRow, type KioskDatabase } from './schema';

/**
 * Whether a received event is packed: attendance of a day before the receiving kiosk's today.
 * Today is never packed, so the check-in policy and the reception screen, which read today
 * through the per-event indexes, see every event they need.
 */
export function isPacked(event: KioskEvent, today: string): event is AttendanceEvent {
  return isAttendanceEvent(event) && brusselsDay(event.at) < today;
}

/**
 * A row's key carries its number of events, so a range's total (the export's progress) is read
 * from the keys alone, and whose events they are: this kiosk's own (own-history.ts), which the
 * retention period keeps and sync may need to send again, or received. The random part keeps
 * rows apart: rows are only ever added, never merged.
 */
function blockKey(size: number, origin: PackedOrigin): string {
  const random = uuidv7(Date.now(), (n) => crypto.getRandomValues(new Uint8Array(n)));
  return `${size}:${origin}:${random}`;
}

type PackedOrigin = 'in' | 'own';

function blockSize(block: string): number {
  return Number.parseInt(block, 10) || 0;
}

export function isOwnBlock(block: string): boolean {
  return block.split(':')[1] === 'own';
}

/** Packs attendance by day. Joins the caller's transaction, which must include `archive`.
 * Events are stored as they are, so a page pulled twice is deduplicated when read. */
export async function packAttendance(
  db: KioskDatabase,
  events: readonly AttendanceEvent[],
  origin: PackedOrigin = 'in',
): Promise<void> {
  const byDay = new Map<string, AttendanceEvent[]>();
  for (const event of events) {
    const day = brusselsDay(event.at);
    const list = byDay.get(day);
    if (list) list.push(event);
    else byDay.set(day, [event]);
  }
  const rows: ArchiveRow[] = [...byDay].map(([day, list]) => ({
    day,
    block: blockKey(list.length, origin),
    events: list,
  }));
  await db.archive.bulkAdd(rows);
}

const dayRange = (from: string, to: string) =>
  [
    [from, Dexie.minKey],
    [to, Dexie.maxKey],
  ] as const;

/** How many attendance events a range of days holds (duplicates included), without reading them. */
export async function countAttendance(
  db: KioskDatabase,
  from: string,
  to: string,
): Promise<number> {
  const [rows, keys] = await Promise.all([
    db.events.where('day').between(from, to, true, true).count(),
    db.archive
      .where('[day+block]')
      .between(...dayRange(from, to), true, true)
      .primaryKeys(),
  ]);
  return keys.reduce((total, [, block]) => total + blockSize(block), rows);
}

/** Rows looked at a transaction: a scan waits behind a write over `events`, a few ms at most. */
const PAGE = 400;

/** What a walk does with a row: pack it, keep it for now (the walk stops at its day), or pass. */
type RowChoice = 'pack' | 'hold' | 'pass';

/**
 * Packs rows of `events` of the days in [from, to) as `origin`, a day at a time, a page of rows
 * a transaction (offsets stay within a day, so a page costs the same on a kiosk holding years of
 * rows). `choose` decides for each row. After each day, `dayDone` (the walk can resume from
 * there if it is cut short). A day with a held row ends the walk before its `dayDone`, so the
 * next walk looks at it again. Returns how many events were packed.
 */
export async function packRowsByDay(
  db: KioskDatabase,
  range: { from: string; to: string },
  origin: PackedOrigin,
  choose: (row: EventRow) => RowChoice,
  dayDone: (day: string) => Promise<void>,
): Promise<number> {
  let packed = 0;
  // Day after day, each found with one cursor step: listing the distinct days of the index at
  // once walks every entry in one long read that a scan would wait behind.
  for (let next = await nextDay(db, range.from, true, range.to); next !== null;) {
    const day = next;
    let offset = 0;
    let held = false;
    for (;;) {
      const step = await db.transaction('rw', db.events, db.archive, async () => {
        const page = await db.events.where('day').equals(day).offset(offset).limit(PAGE).toArray();
        const choices = page.map(choose);
        const moving = page.filter((_, i) => choices[i] === 'pack');
        if (moving.length > 0) {
          await packAttendance(db, moving.map(eventOfRow) as AttendanceEvent[], origin);
          await db.events.bulkDelete(moving.map((row) => row.id));
        }
        return { visited: page.length, moved: moving.length, held: choices.includes('hold') };
      });
      packed += step.moved;
      offset += step.visited - step.moved;
      held ||= step.held;
      if (step.visited < PAGE) break;
    }
    if (held) return packed;
    await dayDone(day);
    next = await nextDay(db, day, false, range.to);
  }
  return packed;
}

/** The first day of the `events` rows from `from` (included or not) up to `to` (excluded). */
async function nextDay(
  db: KioskDatabase,
  from: string,
  included: boolean,
  to: string,
): Promise<string | null> {
  if (from > to || (from === to && !included)) return null;
  const row = await db.events.where('day').between(from, to, included, false).first();
  return row?.day ?? null;
}

/**
 * Deletes the received packed rows of the days before `day` (housekeeping.ts); returns how many
 * events they held. Keys only are read: no event is decoded. This kiosk's own packed events stay.
 */
export async function deletePackedBefore(db: KioskDatabase, day: string): Promise<number> {
  return db.transaction('rw', db.archive, async () => {
    const keys = await db.archive.where('[day+block]').below([day, Dexie.minKey]).primaryKeys();
    const expired = keys.filter(([, block]) => !isOwnBlock(block));
    await db.archive.bulkDelete(expired);
    return expired.reduce((total, [, block]) => total + blockSize(block), 0);
  });
}

/**
 * One day's attendance events, each once, in no particular order (the folds order them).
 * Rows of `events` that are not attendance (roster, staff, settings) are left out.
 */
export async function attendanceOfDay(db: KioskDatabase, day: string): Promise<AttendanceEvent[]> {
  const [rows, blocks] = await Promise.all([
    db.events.where('day').equals(day).toArray(),
    db.archive
      .where('[day+block]')
      .between(...dayRange(day, day), true, true)
      .toArray(),
  ]);
  return merge(rows, blocks);
}

/** The attendance events of a range of days, each once: for the reports (eight weeks). */
export async function attendanceBetween(
  db: KioskDatabase,
  from: string,
  to: string,
): Promise<AttendanceEvent[]> {
  const [rows, blocks] = await Promise.all([
    db.events.where('day').between(from, to, true, true).toArray(),
    db.archive
      .where('[day+block]')
      .between(...dayRange(from, to), true, true)
      .toArray(),
  ]);
  return merge(rows, blocks);
}

function merge(rows: readonly KioskEvent[], blocks: readonly ArchiveRow[]): AttendanceEvent[] {
  const events = rows.filter(isAttendanceEvent);
  if (blocks.length === 0) return events;
  // An event is in one place only unless a page was stored twice (a restored kiosk pulling
  // again): the set is the cheap guarantee that it still counts once.
  const seen = new Set(events.map((e) => e.id));
  for (const block of blocks) {
    for (const event of block.events) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      events.push(event);
    }
  }
  return events;
}
