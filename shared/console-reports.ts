// What the console's reports and audit list carry (server/console/reports.ts and audit.ts, and
// renderer/console/reports/ and audit/).
import type { AttendanceReport, DropRule, DroppedLearner } from './reports';
import type { Learner } from './types';

/** A person of the list: `staff:<id>` (kiosks), `console:<accountId>` or `admin:<tokenId>`. */
export interface AuditPerson {
  key: string;
  name: string;
}

export interface AuditEntry {
  /** Unique in the list, and the order's tie-break: `k:<eventId>` or `c:<auditId>`. */
  key: string;
  at: number;
  source: 'kiosk' | 'console';
  person: AuditPerson;
  /** A kiosk event's type, or a console action ('session.sign-in', 'account.create'...). */
  action: string;
  /** The kiosk's name (kiosk actions; none for the server's own, e.g. a roster import). */
  kiosk?: string;
  /** Who or what the action was about, never a secret (no PIN hash, no badge token). */
  details: Record<string, string | number | boolean>;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` for the next page; null after the last. */
  next: string | null;
}

/** GET /v1/console/reports: the kiosk's report over every kiosk, with the dropped learners' names. */
export interface ConsoleReport {
  report: AttendanceReport;
  /** Dropped learners minus archived ones; `learner` is absent when the roster lacks them. */
  dropped: {
    entry: DroppedLearner;
    learner: Pick<Learner, 'firstName' | 'lastName' | 'groups'> | undefined;
  }[];
  rule: DropRule;
  weeks: number;
  computedAt: number;
}
