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
  /** Check-in reasons first, then the check-out ones; 'other' serves both. */
  code: 'forgot-badge' | 'badge-damaged' | 'forgot-scan-out' | 'left-early' | 'other';
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
  /**
   * The unknown-badge event this check-in resolves: the scan was of a token this kiosk's roster
   * learnt later (by sync). It keeps the scan's `at`, method and token.
   */
  resolves?: string;
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

export type KioskMode = 'check-in-only' | 'in-and-out';

/** One day's opening hours, Brussels wall-clock 'HH:MM' (24 h), `opens` before `closes`. */
export interface OpeningHours {
  opens: string;
  closes: string;
}

/** Seven entries, 0 = Monday … 6 = Sunday; null: no hours that day (no automatic check-out). */
export type WeekHours = (OpeningHours | null)[];

/** Everything an admin sets up on the kiosk. Each change is one event carrying all of it. */
export interface KioskSettings {
  /** 1–64 characters, shown to staff. */
  kioskName: string;
  mode: KioskMode;
  /** A second scan within this window answers "already checked in" and writes nothing. */
  cooldownMs: number;
  /** The learners' screen returns to it after a while, and when staff mode closes. */
  defaultLanguage: LanguageCode;
  /** Closing time ends everyone's presence for the day (a rule of the fold, not an event). */
  openingHours: WeekHours;
  /** Attendance older than this is purged from the kiosk once the server has it. */
  retentionDays: number;
}

export const KIOSK_NAME_MAX = 64;
export const COOLDOWN_MAX_MS = 24 * 3_600_000;
export const RETENTION_MIN_DAYS = 30;
export const RETENTION_MAX_DAYS = 3650;

export const DEFAULT_KIOSK_SETTINGS: KioskSettings = {
  kioskName: 'Accueil',
  mode: 'check-in-only',
  cooldownMs: 10 * 60_000,
  defaultLanguage: 'fr',
  // No hours until an admin sets them: an unconfigured kiosk never checks anyone out by itself.
  openingHours: [null, null, null, null, null, null, null],
  retentionDays: 365,
};

/** The full settings object, so the newest event by (at, id) is simply the current settings. */
export type SettingsChangedEvent = EventEnvelope & {
  type: 'settings-changed';
  settings: KioskSettings;
};

export type AttendanceEvent = CheckInEvent | CheckOutEvent | VoidEvent | UnknownBadgeEvent;
export type RosterEvent =
  LearnerUpsertedEvent | LearnerArchivedEvent | BadgeIssuedEvent | BadgeRevokedEvent;
export type KioskEvent = AttendanceEvent | RosterEvent | StaffUpsertedEvent | SettingsChangedEvent;
export type KioskEventType = KioskEvent['type'];

/** A kiosk event without its envelope: what a caller asks the database to append. */
export type EventBody<E extends KioskEvent = KioskEvent> = E extends KioskEvent
  ? Omit<E, keyof EventEnvelope> & { actor: Actor }
  : never;

/** The part of the settings that the scan policy needs. */
export type CheckInSettings = Pick<KioskSettings, 'mode' | 'cooldownMs'>;

export const DEFAULT_SETTINGS: CheckInSettings = {
  mode: DEFAULT_KIOSK_SETTINGS.mode,
  cooldownMs: DEFAULT_KIOSK_SETTINGS.cooldownMs,
};

export function isAttendanceEvent(event: KioskEvent): event is AttendanceEvent {
  return (
    event.type === 'check-in' ||
    event.type === 'check-out' ||
    event.type === 'void' ||
    event.type === 'unknown-badge'
  );
}
