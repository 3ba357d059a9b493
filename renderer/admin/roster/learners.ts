// Adding, editing, archiving and re-activating one learner by hand. Each is one event with the
// admin as actor; the form is checked with the import's limits, so both paths accept the same data.
import {
  MAX_IMPORT_GROUPS,
  MAX_IMPORT_ID_LENGTH,
  MAX_IMPORT_NAME_LENGTH,
} from '../../../shared/roster-import';
import type {
  EventBody,
  LanguageCode,
  Learner,
  LearnerUpsertedEvent,
  StaffMember,
} from '../../../shared/types';
import { appendEvents, appendTables } from '../../db/append';
import type { KioskDatabase } from '../../db/schema';

export interface LearnerDraft {
  id: string;
  firstName: string;
  lastName: string;
  /** As typed: names separated by , ; | or / (the import's separators). */
  groups: string;
  language: LanguageCode | '';
}

export type DraftField = 'id' | 'firstName' | 'lastName' | 'groups';
type DraftProblemCode = 'empty' | 'taken' | 'too-long' | 'too-many' | 'control';
export interface DraftProblem {
  field: DraftField;
  code: DraftProblemCode;
}

/** An id that is already someone's: the add form names who. */
export class IdTakenError extends Error {
  constructor(readonly learner: Learner) {
    super(`Learner id ${learner.id} is taken`);
    this.name = 'IdTakenError';
  }
}

const CONTROL = /\p{Cc}/u;

export function draftOf(learner: Learner): LearnerDraft {
  const { id, firstName, lastName, groups, language } = learner;
  return { id, firstName, lastName, groups: groups.join(', '), language: language ?? '' };
}

function parseGroups(text: string): string[] {
  return [...new Set(text.split(/[,;|/]/).map((group) => group.trim()))].filter((g) => g !== '');
}

/**
 * The learner a draft describes, or the problems to show beside each field. `status` is kept
 * from the learner being edited: editing an archived learner does not bring them back.
 */
export function checkDraft(
  draft: LearnerDraft,
  status: Learner['status'],
): { learner: Learner; problems: [] } | { learner: null; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const text = (field: Exclude<DraftField, 'groups'>, max: number) => {
    const value = draft[field].trim();
    if (value === '') problems.push({ field, code: 'empty' });
    else if (CONTROL.test(value)) problems.push({ field, code: 'control' });
    else if (value.length > max) problems.push({ field, code: 'too-long' });
    return value;
  };
  const id = text('id', MAX_IMPORT_ID_LENGTH);
  const firstName = text('firstName', MAX_IMPORT_NAME_LENGTH);
  const lastName = text('lastName', MAX_IMPORT_NAME_LENGTH);
  const groups = parseGroups(draft.groups);
  if (CONTROL.test(draft.groups)) problems.push({ field: 'groups', code: 'control' });
  else if (groups.length > MAX_IMPORT_GROUPS) problems.push({ field: 'groups', code: 'too-many' });
  else if (groups.some((g) => g.length > MAX_IMPORT_NAME_LENGTH)) {
    problems.push({ field: 'groups', code: 'too-long' });
  }
  if (problems.length > 0) return { learner: null, problems };
  const language = draft.language === '' ? null : draft.language;
  return { learner: { id, firstName, lastName, groups, language, status }, problems: [] };
}

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
