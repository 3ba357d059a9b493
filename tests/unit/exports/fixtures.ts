// Attendance for the export tests: hand-made learners and events with readable Brussels times,
// and a month at scale.
import { seededBytes } from '../../../shared/demo-roster';
import type { ExportInput } from '../../../shared/export';
import { dayBounds } from '../../../shared/time';
import type { Actor, AttendanceEvent, Learner } from '../../../shared/types';

export const STAFF: Actor = { kind: 'staff', staffId: 'S1' };
export const KIOSK = 'K1';
let seq = 0;

/** An instant from a UTC wall clock (the tests say what Brussels shows next to each). */
export const utc = (iso: string) => Date.parse(`${iso}Z`);

export function ev(id: string, iso: string, body: Partial<AttendanceEvent>): AttendanceEvent {
  const learnerId = (body as { learnerId?: string }).learnerId ?? '';
  return {
    id,
    kioskId: KIOSK,
    seq: ++seq,
    at: utc(iso),
    actor: { kind: 'learner', learnerId },
    ...body,
  } as AttendanceEvent;
}

export const learner = (
  id: string,
  first: string,
  last: string,
  groups: string[],
  archived = false,
) =>
  ({
    id,
    firstName: first,
    lastName: last,
    groups,
    language: null,
    status: archived ? 'archived' : 'active',
  }) satisfies Learner;

/**
 * November 2026 at scale: `learnerCount` learners in and out, `eventCount` events, a manual
 * check-in and a void now and then (the export's incremental test and the functions benchmark).
 */
export function monthOfAttendance(eventCount: number, learnerCount: number): ExportInput {
  const random = seededBytes(7);
  const learners: Learner[] = Array.from({ length: learnerCount }, (_, i) => ({
    id: `L${String(i + 1).padStart(5, '0')}`,
    firstName: `Prénom ${i}`,
    lastName: `Nom ${i % 300}`,
    groups: [`groupe ${i % 6}`],
    language: null,
    status: 'active',
  }));
  // As the `day` index gives them: day by day, in id order, which for UUIDv7 ids is time order.
  const perDay = Math.ceil(eventCount / 30);
  const starts = Array.from(
    { length: 30 },
    (_, d) => dayBounds(`2026-11-${String(d + 1).padStart(2, '0')}`).start,
  );
  const events: AttendanceEvent[] = [];
  for (let i = 0; events.length < eventCount; i++) {
    const day = Math.floor(i / perDay);
    const k = i % perDay;
    const start = starts[day]!;
    // 14:00 to 20:00, a few seconds apart, jittered.
    const at = start + 14 * 3_600_000 + Math.floor((k * 6 * 3_600_000) / perDay) + random(1)[0]!;
    const learnerId = learners[(k >> 1) % learnerCount]!.id;
    const envelope = {
      id: `0190-${String(i).padStart(8, '0')}`,
      kioskId: 'K1',
      seq: i + 1,
      at,
      actor: { kind: 'learner' as const, learnerId },
    };
    const previous = events[events.length - 1];
    if (
      i % 50 === 49 &&
      previous &&
      previous.type !== 'void' &&
      previous.type !== 'unknown-badge'
    ) {
      events.push({
        ...envelope,
        type: 'void',
        targetId: previous.id,
        learnerId: previous.learnerId,
        staffId: 'S1',
        reason: 'Erreur',
        actor: { kind: 'staff', staffId: 'S1' },
      });
    } else if (i % 40 === 0) {
      const reason = { code: 'forgot-badge' as const };
      events.push({ ...envelope, type: 'check-in', learnerId, method: 'manual', reason });
    } else {
      const type = k % 2 === 0 ? 'check-in' : 'check-out';
      events.push({ ...envelope, type, learnerId, method: 'scanner' });
    }
  }
  return {
    // Through the structured clone, as IndexedDB hands events back (flat strings, fresh objects).
    events: structuredClone(events),
    learners,
    staffNames: new Map([['S1', 'Nadia Admin']]),
    range: { from: '2026-11-01', to: '2026-11-30' },
  };
}
