// What the console's audit list carries (server/console/audit.ts, renderer/console/audit/).

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
