// Wire types of the console's roster routes (/v1/console/roster, server/console/roster.ts): the
// learners with their badges, a roster import from rows the browser read, edits and badges.
import type { BadgeAction, BadgeSummary } from './badge-actions';
import type { LearnerDraft } from './learner-draft';
import type { RosterInput } from './roster-import';
import type { RosterImportResponse } from './sync-protocol';
import type { Learner } from './types';

export const CONSOLE_ROSTER_PATH = '/v1/console/roster';

/** A learner and their badges (active ones: the one printed is the first). */
export type ConsoleLearner = Learner & BadgeSummary;

/** GET learners: every learner the server knows (archived ones too), with their badges. */
export interface ConsoleRosterResponse {
  learners: ConsoleLearner[];
  /** The roster as of this server_seq: an import previewed against it says so on commit. */
  rosterSeq: number;
}

/**
 * POST import: the rows of a CSV or XLSX file the browser read with the kiosk's reader. A dry
 * run answers the plan (the preview) and its rosterSeq; the commit sends that rosterSeq back and
 * is refused (409 roster-changed) when the roster moved since, so what is written is what the
 * admin saw.
 */
export interface ConsoleImportRequest {
  input: RosterInput;
  dryRun: boolean;
  rosterSeq?: number;
}
export type ConsoleImportResponse = RosterImportResponse & { rosterSeq: number };

/** POST learners/:id: the edit form, checked as the kiosk's (shared/learner-draft.ts). */
export type LearnerEditRequest = Omit<LearnerDraft, 'id'>;

/** POST learners/:id/badge. */
export interface BadgeActionRequest {
  action: BadgeAction;
}
export interface BadgeActionResponse {
  learner: ConsoleLearner;
  issued: string | null;
  revoked: string[];
}

/** POST badges: a badge for each of these learners who is active and has none (the bulk issue). */
export interface BulkIssueRequest {
  learnerIds: string[];
}
export interface BulkIssueResponse {
  issued: { learnerId: string; token: string }[];
}
