// Hand-made attendance for the export tests: learners, events with readable Brussels times.
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
