// This kiosk's own past attendance, packed by day like the received past (attendance.ts), so
// that a kiosk whose history is its own (a standalone kiosk, the embedded default) reads a long
// export as fast as one that received it. Its events stay rows while sync may need them one by
// one: while they wait for the server, and for OWN_ROWS_DAYS (an unknown badge scanned in the
// last week is resolved from rows when its badge arrives). When sync must send packed events again (enrolment on a server
// that does not have them, a server that lost data), unpackOwnFrom() makes them pending rows.
import { brusselsDay, dayBounds } from '../../shared/time';
import { isAttendanceEvent, type AttendanceEvent } from '../../shared/types';
import { isOwnBlock, packAttendance, packRowsByDay } from './attendance';
import type { EventRow, KioskDatabase } from './schema';
import { readSetting, writeSetting } from './settings';

/** Own attendance stays rows this long after its day. */
export const OWN_ROWS_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Which own events may be packed: all of them on a kiosk that was never enrolled (enrolment
 * unpacks them first), else those the server acknowledged (sequence up to `acked`).
 */
export type OwnPackable = { enrolled: false } | { enrolled: true; acked: number };

/**
 * Packs this kiosk's attendance rows of the days from the saved mark to OWN_ROWS_DAYS before
 * `now`. A day holding an own event that may not be packed yet (waiting for the server) stops
 * the walk there, so that the next run looks at it again. Returns how many events were packed.
 */
export async function packOwnHistory(
  db: KioskDatabase,
  kioskId: string,
  packable: OwnPackable,
  now: number,
): Promise<number> {
  const before = brusselsDay(dayBounds(brusselsDay(now)).start - OWN_ROWS_DAYS * DAY_MS);
  const saved = await readSetting(db, 'housekeeping.own-packed-below');
  const from = saved !== undefined && saved <= before ? saved : '';
  const mayPack = (row: EventRow) =>
    !packable.enrolled || (row.pending !== 1 && row.seq <= packable.acked);
  const mark = async (day: string) => {
    await writeSetting(db, 'housekeeping.own-packed-below', day);
  };
  let stopped = false;
  const packed = await packRowsByDay(
    db,
    { from, to: before },
    'own',
    (row) => {
      if (row.kioskId !== kioskId || !isAttendanceEvent(row)) return 'pass';
      if (mayPack(row)) return 'pack';
      stopped = true;
      return 'hold';
    },
    mark,
  );
  if (!stopped) await mark(before);
  return packed;
}

/**
 * Makes this kiosk's packed events of sequence `fromSeq` and after rows again, pending: sync
 * sends them (again). Joins the caller's transaction, which must include `events`, `archive`
 * and `settings`. Reads every own packed row: a rare step (enrolment, a server restored from a
 * backup). Returns how many events came back.
 */
export async function unpackOwnFrom(
  db: KioskDatabase,
  kioskId: string,
  fromSeq: number,
): Promise<number> {
  const keys = (await db.archive.toCollection().primaryKeys()).filter(([, block]) =>
    isOwnBlock(block),
  );
  if (keys.length === 0) return 0;
  const blocks = (await db.archive.bulkGet(keys)).flatMap((block) => (block ? [block] : []));
  const back: EventRow[] = [];
  const stay: AttendanceEvent[] = [];
  const emptied: [string, string][] = [];
  for (const block of blocks) {
    const leaves = (e: AttendanceEvent) => e.kioskId === kioskId && e.seq >= fromSeq;
    if (!block.events.some(leaves)) continue;
    emptied.push([block.day, block.block]);
    for (const event of block.events) {
      if (leaves(event)) back.push({ ...event, day: block.day, pending: 1 });
      else stay.push(event);
    }
  }
  if (back.length === 0) return 0;
  await db.archive.bulkDelete(emptied);
  if (stay.length > 0) await packAttendance(db, stay, 'own');
  await db.events.bulkPut(back);
  // They are rows again: the walk must see their days when they are acknowledged anew.
  const first = back.reduce((min, row) => (row.day < min ? row.day : min), back[0]!.day);
  const saved = await readSetting(db, 'housekeeping.own-packed-below');
  if (saved === undefined || saved > first) {
    await writeSetting(db, 'housekeeping.own-packed-below', first);
  }
  return back.length;
}
