// A learner typed by hand (the kiosk's learner dialog, the console's edit form) checked with the
// roster import's limits, so the form and the import accept the same data, on the kiosk and on
// the server alike. Pure.
import { MAX_IMPORT_GROUPS, MAX_IMPORT_ID_LENGTH, MAX_IMPORT_NAME_LENGTH } from './roster-import';
import type { LanguageCode, Learner } from './types';

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
