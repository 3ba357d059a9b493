// What reception staff write: manual check-ins and check-outs with a reason, and voids (undo)
// with a reason. Each is one event with the staff member as actor.
import type { LearnerDay } from '../../../shared/attendance';
import type { KioskEvent, ManualReason, StaffMember } from '../../../shared/types';
import { appendEvents } from '../../db/append';
import type { KioskDatabase } from '../../db/schema';

/** Records the check; resolves to its event, which the confirmation offers to undo. */
export async function manualAttendance(
  db: KioskDatabase,
  staff: StaffMember,
  learnerId: string,
  type: 'check-in' | 'check-out',
  reason: ManualReason,
  now = Date.now(),
): Promise<KioskEvent> {
  const [event] = await appendEvents(
    db,
    [{ type, learnerId, method: 'manual', reason, actor: { kind: 'staff', staffId: staff.id } }],
    now,
  );
  return event!;
}

/** Undoes one check-in or check-out of a learner. */
export async function voidEvent(
  db: KioskDatabase,
  staff: StaffMember,
  target: { id: string; learnerId: string },
  reason: string,
  now = Date.now(),
): Promise<void> {
  await appendEvents(
    db,
    [
      {
        type: 'void',
        targetId: target.id,
        learnerId: target.learnerId,
        staffId: staff.id,
        reason: reason.trim(),
        actor: { kind: 'staff', staffId: staff.id },
      },
    ],
    now,
  );
}

/** Undoes the learner's last effective check-in or check-out of the day. */
export async function undoLast(
  db: KioskDatabase,
  staff: StaffMember,
  day: LearnerDay,
  reason: string,
  now = Date.now(),
): Promise<void> {
  if (!day.last) throw new Error('Nothing to undo');
  await voidEvent(db, staff, { id: day.last.id, learnerId: day.learnerId }, reason, now);
}
