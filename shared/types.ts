// The domain model shared by the renderer, the Electron shell and the future sync server.
// Every change is an immutable event; tables in the kiosk database are projections of them.

export type LanguageCode = 'fr' | 'nl' | 'de' | 'en';
export const LANGUAGES: readonly LanguageCode[] = ['fr', 'nl', 'de', 'en'];

/** How an attendance event was captured. */
export type Method = 'camera' | 'scanner' | 'manual';

/** Who caused an event: the learner at the kiosk, a member of staff, or the kiosk itself. */
export type Actor =
  { kind: 'learner'; learnerId: string } | { kind: 'staff'; staffId: string } | { kind: 'kiosk' };

export interface Learner {
  id: string;
  firstName: string;
  lastName: string;
  groups: string[];
  language: LanguageCode | null;
  status: 'active' | 'archived';
}

export interface EventEnvelope {
  /** UUIDv7 made on the kiosk. */
  id: string;
  kioskId: string;
  /** Gap-free per-kiosk sequence number, starting at 1. */
  seq: number;
  /** Kiosk clock, UTC epoch milliseconds. */
  at: number;
  actor: Actor;
}

/** Why staff checked a learner in or out by hand. */
export interface ManualReason {
  code: 'forgot-badge' | 'badge-damaged' | 'other';
  /** Free text, required for 'other'. */
  text?: string;
}

export type CheckInEvent = EventEnvelope & {
  type: 'check-in';
  learnerId: string;
  method: Method;
  /** The badge token that was scanned (absent for manual check-ins). */
  token?: string;
  /** Present exactly when method is 'manual'. */
  reason?: ManualReason;
};
export type CheckOutEvent = EventEnvelope & {
  type: 'check-out';
  learnerId: string;
  method: Method;
  token?: string;
  reason?: ManualReason;
};
/** Undo of an earlier check-in or check-out, always by staff, always with a reason. */
export type VoidEvent = EventEnvelope & {
  type: 'void';
  targetId: string;
  learnerId: string;
  staffId: string;
  reason: string;
};
/** A well-formed token that the local roster does not know (yet). */
export type UnknownBadgeEvent = EventEnvelope & {
  type: 'unknown-badge';
  token: string;
  method: Exclude<Method, 'manual'>;
};
export type LearnerUpsertedEvent = EventEnvelope & { type: 'learner-upserted'; learner: Learner };
export type LearnerArchivedEvent = EventEnvelope & { type: 'learner-archived'; learnerId: string };
export type BadgeIssuedEvent = EventEnvelope & {
  type: 'badge-issued';
  learnerId: string;
  token: string;
};
export type BadgeRevokedEvent = EventEnvelope & {
  type: 'badge-revoked';
  learnerId: string;
  token: string;
};

export type StaffRole = 'reception' | 'admin';

/** A PIN as stored: PBKDF2-SHA256 with a per-staff random salt. Never the PIN itself. */
export interface PinHash {
  algorithm: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 of 16 random bytes. */
  salt: string;
  /** base64 of the 32-byte derived key. */
  hash: string;
}

export interface StaffMember {
  id: string;
  name: string;
  role: StaffRole;
  active: boolean;
  pin: PinHash;
}

export type StaffUpsertedEvent = EventEnvelope & { type: 'staff-upserted'; staff: StaffMember };

export type AttendanceEvent = CheckInEvent | CheckOutEvent | VoidEvent | UnknownBadgeEvent;
export type RosterEvent =
  LearnerUpsertedEvent | LearnerArchivedEvent | BadgeIssuedEvent | BadgeRevokedEvent;
export type KioskEvent = AttendanceEvent | RosterEvent | StaffUpsertedEvent;
export type KioskEventType = KioskEvent['type'];

/** A kiosk event without its envelope: what a caller asks the database to append. */
export type EventBody<E extends KioskEvent = KioskEvent> = E extends KioskEvent
  ? Omit<E, keyof EventEnvelope> & { actor: Actor }
  : never;

export type KioskMode = 'check-in-only' | 'in-and-out';

export interface CheckInSettings {
  mode: KioskMode;
  /** A second scan within this window answers "already checked in" and writes nothing. */
  cooldownMs: number;
}

export const DEFAULT_SETTINGS: CheckInSettings = { mode: 'check-in-only', cooldownMs: 10 * 60_000 };

export function isAttendanceEvent(event: KioskEvent): event is AttendanceEvent {
  return (
    event.type === 'check-in' ||
    event.type === 'check-out' ||
    event.type === 'void' ||
    event.type === 'unknown-badge'
  );
}
