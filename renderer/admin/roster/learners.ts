// Adding, editing, archiving and re-activating one learner by hand. Each is one event with the
// admin as actor; the form is checked by shared/learner-draft.ts, as the console's is.
import type { EventBody, Learner, LearnerUpsertedEvent, StaffMember } from '../../../shared/types';
import { appendEvents, appendTables } from '../../db/append';
import type { KioskDatabase } from '../../db/schema';
import { IdTakenError } from '../../../shared/learner-draft';

const upsert = (staff: StaffMember, learner: Learner): EventBody<LearnerUpsertedEvent> => ({
  type: 'learner-upserted',
  learner,
  actor: { kind: 'staff', staffId: staff.id },
});

/**
 * Stores a new or edited learner, checked in the same transaction as the write: a new one is
 * refused if its id exists (two quick saves, or a sync in between, must not merge two people);
 * an edit keeps the status stored now, so it cannot undo an archive that arrived meanwhile.
 */
export async function saveLearner(
  db: KioskDatabase,
  staff: StaffMember,
  learner: Learner,
  kind: 'new' | 'edit',
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', appendTables(db), async () => {
    const existing = await db.learners.get(learner.id);
    if (kind === 'new' && existing) throw new IdTakenError(existing);
    const status = kind === 'edit' && existing ? existing.status : learner.status;
    await appendEvents(db, [upsert(staff, { ...learner, status })], now);
  });
}

/** Archived learners' badges are refused at the scanner; their history stays. */
export async function archiveLearner(
  db: KioskDatabase,
  staff: StaffMember,
  learnerId: string,
  now = Date.now(),
): Promise<void> {
  const actor = { kind: 'staff', staffId: staff.id } as const;
  await appendEvents(db, [{ type: 'learner-archived', learnerId, actor }], now);
}

/** There is no "unarchive" event: an upsert with status active brings the learner back. */
export async function reactivateLearner(
  db: KioskDatabase,
  staff: StaffMember,
  learner: Learner,
  now = Date.now(),
): Promise<void> {
  await appendEvents(db, [upsert(staff, { ...learner, status: 'active' })], now);
}
