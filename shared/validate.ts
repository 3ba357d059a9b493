// Runtime validation of events from untrusted places (sync pulls, imports, an old database).
// Strict by design: an event log is forever, so anything odd is refused at the door rather than
// folded into projections. The accepted event is rebuilt from checked fields only, so getters,
// prototypes or shared references in the input cannot reach the database.
import { parseToken } from './badge';
import {
  PIN_ALGORITHM,
  PIN_HASH_BYTES,
  PIN_MAX_ITERATIONS,
  PIN_MIN_ITERATIONS,
  PIN_SALT_BYTES,
  decodeBase64,
} from './pin';
import { LANGUAGES } from './types';
import type {
  Actor,
  KioskEvent,
  Learner,
  ManualReason,
  Method,
  PinHash,
  StaffMember,
} from './types';
import { isUuid } from './uuid';

export type EventValidation = { ok: true; event: KioskEvent } | { ok: false; errors: string[] };

export const MIN_EVENT_AT = Date.UTC(2020, 0, 1);
export const MAX_EVENT_AT = Date.UTC(2100, 0, 1);
const MAX_ID_LENGTH = 64;
const MAX_NAME_LENGTH = 200;
const MAX_REASON_LENGTH = 500;
const MAX_GROUPS = 50;

const ENVELOPE_KEYS = ['id', 'kioskId', 'seq', 'at', 'actor', 'type'] as const;
const ALL_METHODS: readonly Method[] = ['camera', 'scanner', 'manual'];
const SCAN_METHODS: readonly Method[] = ['camera', 'scanner'];
const REASON_CODES: readonly ManualReason['code'][] = ['forgot-badge', 'badge-damaged', 'other'];
/** C0, DEL and C1 controls: nothing a name or a reason needs, and they garble exports and UIs. */
const CONTROL = /\p{Cc}/u;

type Record_ = Record<string, unknown>;

/** Collects errors for one input; every check returns a usable value or undefined. */
class Checker {
  readonly errors: string[] = [];

  fail(path: string, message: string): undefined {
    this.errors.push(`${path}: ${message}`);
    return undefined;
  }

  /** A plain object with exactly the allowed keys (optional ones may be missing). */
  object(value: unknown, path: string, keys: readonly string[]): Record_ | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.fail(path, 'expected an object');
    }
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== 'string' || !keys.includes(key)) {
        this.fail(path === '' ? String(key) : `${path}.${String(key)}`, 'unexpected property');
      }
    }
    return value as Record_;
  }

  string(value: unknown, path: string, max: number, nonEmpty: boolean): string | undefined {
    if (typeof value !== 'string' || value.length > max || (nonEmpty && value.trim() === '')) {
      const what = nonEmpty ? 'a non-empty string' : 'a string';
      return this.fail(path, `expected ${what} of at most ${max} characters`);
    }
    return value;
  }

  id(value: unknown, path: string): string | undefined {
    return this.string(value, path, MAX_ID_LENGTH, true);
  }

  uuid(value: unknown, path: string): string | undefined {
    if (typeof value !== 'string' || !isUuid(value)) return this.fail(path, 'expected a UUID');
    return value;
  }

  oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T | undefined {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      return this.fail(path, `expected one of ${allowed.join(', ')}`);
    }
    return value as T;
  }

  /** Tokens are stored in canonical form: the badge index looks them up by equality. */
  token(value: unknown, path: string): string | undefined {
    if (typeof value !== 'string') return this.fail(path, 'expected a badge token');
    const parsed = parseToken(value);
    if (!parsed.ok) return this.fail(path, `expected a badge token (${parsed.problem})`);
    if (parsed.token !== value) return this.fail(path, 'expected a token in canonical form');
    return value;
  }

  actor(value: unknown, path: string): Actor | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.fail(path, 'expected an object');
    }
    const o = value as Record_;
    const kind = own(o, 'kind');
    switch (kind) {
      case 'learner': {
        this.object(o, path, ['kind', 'learnerId']);
        const learnerId = this.id(own(o, 'learnerId'), `${path}.learnerId`);
        return learnerId === undefined ? undefined : { kind, learnerId };
      }
      case 'staff': {
        this.object(o, path, ['kind', 'staffId']);
        const staffId = this.id(own(o, 'staffId'), `${path}.staffId`);
        return staffId === undefined ? undefined : { kind, staffId };
      }
      case 'kiosk':
        this.object(o, path, ['kind']);
        return { kind };
      default:
        return this.fail(`${path}.kind`, 'expected one of learner, staff, kiosk');
    }
  }

  seq(value: unknown): number | undefined {
    if (!Number.isSafeInteger(value) || (value as number) < 1) {
      return this.fail('seq', 'expected a positive safe integer');
    }
    return value as number;
  }

  at(value: unknown): number | undefined {
    if (
      !Number.isSafeInteger(value) ||
      (value as number) < MIN_EVENT_AT ||
      (value as number) >= MAX_EVENT_AT
    ) {
      return this.fail('at', 'expected an integer epoch time in [2020-01-01, 2100-01-01)');
    }
    return value as number;
  }

  learner(value: unknown, path: string): Learner | undefined {
    const keys = ['id', 'firstName', 'lastName', 'groups', 'language', 'status'];
    const o = this.object(value, path, keys);
    if (o === undefined) return undefined;
    const id = this.id(own(o, 'id'), `${path}.id`);
    const firstName = this.string(own(o, 'firstName'), `${path}.firstName`, MAX_NAME_LENGTH, false);
    const lastName = this.string(own(o, 'lastName'), `${path}.lastName`, MAX_NAME_LENGTH, false);
    const groups = this.groups(own(o, 'groups'), `${path}.groups`);
    const rawLanguage = own(o, 'language');
    const language =
      rawLanguage === null ? null : this.oneOf(rawLanguage, `${path}.language`, LANGUAGES);
    const status = this.oneOf(own(o, 'status'), `${path}.status`, ['active', 'archived'] as const);
    if (
      id === undefined ||
      firstName === undefined ||
      lastName === undefined ||
      groups === undefined ||
      language === undefined ||
      status === undefined
    ) {
      return undefined;
    }
    return { id, firstName, lastName, groups, language, status };
  }

  groups(value: unknown, path: string): string[] | undefined {
    if (!Array.isArray(value) || value.length > MAX_GROUPS) {
      return this.fail(path, `expected an array of at most ${MAX_GROUPS} strings`);
    }
    const groups: string[] = [];
    // Index loop, not for-of: holes in sparse arrays must be seen (as undefined) and refused.
    for (let i = 0; i < value.length; i++) {
      const group = this.string(value[i], `${path}[${i}]`, MAX_NAME_LENGTH, true);
      if (group !== undefined) groups.push(group);
    }
    return groups.length === value.length ? groups : undefined;
  }

  /** Like string(), and also free of control characters. */
  text(value: unknown, path: string, max: number, nonEmpty: boolean): string | undefined {
    const text = this.string(value, path, max, nonEmpty);
    if (text !== undefined && CONTROL.test(text)) {
      return this.fail(path, 'expected no control characters');
    }
    return text;
  }

  /** Canonical base64 of exactly `bytes` bytes. */
  base64(value: unknown, path: string, bytes: number): string | undefined {
    if (typeof value !== 'string' || decodeBase64(value)?.length !== bytes) {
      return this.fail(path, `expected canonical base64 of ${bytes} bytes`);
    }
    return value;
  }

  pin(value: unknown, path: string): PinHash | undefined {
    const o = this.object(value, path, ['algorithm', 'iterations', 'salt', 'hash']);
    if (o === undefined) return undefined;
    const algorithm = this.oneOf(own(o, 'algorithm'), `${path}.algorithm`, [PIN_ALGORITHM]);
    const n = own(o, 'iterations');
    const inRange = typeof n === 'number' && n >= PIN_MIN_ITERATIONS && n <= PIN_MAX_ITERATIONS;
    const iterations = inRange && Number.isInteger(n) ? n : undefined;
    if (iterations === undefined) {
      const range = `[${PIN_MIN_ITERATIONS}, ${PIN_MAX_ITERATIONS}]`;
      this.fail(`${path}.iterations`, `expected an integer in ${range}`);
    }
    const salt = this.base64(own(o, 'salt'), `${path}.salt`, PIN_SALT_BYTES);
    const hash = this.base64(own(o, 'hash'), `${path}.hash`, PIN_HASH_BYTES);
    if (!algorithm || iterations === undefined || !salt || !hash) return undefined;
    return { algorithm, iterations, salt, hash };
  }

  staff(value: unknown, path: string): StaffMember | undefined {
    const o = this.object(value, path, ['id', 'name', 'role', 'active', 'pin']);
    if (o === undefined) return undefined;
    const id = this.id(own(o, 'id'), `${path}.id`);
    const name = this.text(own(o, 'name'), `${path}.name`, MAX_NAME_LENGTH, true);
    const role = this.oneOf(own(o, 'role'), `${path}.role`, ['reception', 'admin'] as const);
    const active = own(o, 'active');
    if (typeof active !== 'boolean') this.fail(`${path}.active`, 'expected a boolean');
    const pin = this.pin(own(o, 'pin'), `${path}.pin`);
    if (!id || !name || !role || typeof active !== 'boolean' || !pin) return undefined;
    return { id, name, role, active, pin };
  }

  reason(value: unknown, path: string): ManualReason | undefined {
    const o = this.object(value, path, ['code', 'text']);
    if (o === undefined) return undefined;
    const code = this.oneOf(own(o, 'code'), `${path}.code`, REASON_CODES);
    const raw = own(o, 'text');
    // Free text explains "other"; for the named reasons it is an optional note.
    if (raw === undefined && code !== 'other') return code && { code };
    const text = this.text(raw, `${path}.text`, MAX_REASON_LENGTH, true);
    return code && text !== undefined ? { code, text } : undefined;
  }
}

/** An own property only: inherited ones (a polluted prototype) must not count as fields. */
function own(o: Record_, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** Fields after the envelope, per event type, and how to check them. */
type BodyCheck = (c: Checker, o: Record_, actor: Actor | undefined) => Record_;
const BODIES: Record<string, BodyCheck> = {
  'check-in': presence,
  'check-out': presence,
  void: (c, o, actor) => {
    const body = {
      targetId: c.uuid(own(o, 'targetId'), 'targetId'),
      learnerId: c.id(own(o, 'learnerId'), 'learnerId'),
      staffId: c.id(own(o, 'staffId'), 'staffId'),
      reason: c.string(own(o, 'reason'), 'reason', MAX_REASON_LENGTH, true),
    };
    // "Always by staff": the staff member named in the void is the one who did it.
    const staffId = body.staffId;
    if (actor && staffId && (actor.kind !== 'staff' || actor.staffId !== staffId)) {
      c.fail('actor', 'expected the staff member named by staffId');
    }
    return body;
  },
  'unknown-badge': (c, o) => ({
    token: c.token(own(o, 'token'), 'token'),
    method: c.oneOf(own(o, 'method'), 'method', SCAN_METHODS),
  }),
  'learner-upserted': (c, o) => ({ learner: c.learner(own(o, 'learner'), 'learner') }),
  'learner-archived': (c, o) => ({ learnerId: c.id(own(o, 'learnerId'), 'learnerId') }),
  'badge-issued': badge,
  'badge-revoked': badge,
  'staff-upserted': (c, o, actor) => {
    // A staff change is made by staff, except the first admin of a fresh kiosk (actor: kiosk).
    if (actor && actor.kind === 'learner') c.fail('actor', 'expected staff or the kiosk');
    return { staff: c.staff(own(o, 'staff'), 'staff') };
  },
};

const BODY_KEYS: Record<string, readonly string[]> = {
  'check-in': ['learnerId', 'method', 'token', 'reason'],
  'check-out': ['learnerId', 'method', 'token', 'reason'],
  void: ['targetId', 'learnerId', 'staffId', 'reason'],
  'unknown-badge': ['token', 'method'],
  'learner-upserted': ['learner'],
  'learner-archived': ['learnerId'],
  'badge-issued': ['learnerId', 'token'],
  'badge-revoked': ['learnerId', 'token'],
  'staff-upserted': ['staff'],
};

function presence(c: Checker, o: Record_, actor: Actor | undefined): Record_ {
  const method = c.oneOf(own(o, 'method'), 'method', ALL_METHODS);
  const body: Record_ = { learnerId: c.id(own(o, 'learnerId'), 'learnerId'), method };
  // Optional: absent for manual check-ins. An explicit undefined counts as absent.
  const token = own(o, 'token');
  if (token !== undefined) body.token = c.token(token, 'token');
  // A hand-made check-in or check-out says why, and who: the reason is the audit trail.
  const reason = own(o, 'reason');
  if (method === 'manual') {
    if (reason === undefined) c.fail('reason', 'expected a reason for a manual event');
    else body.reason = c.reason(reason, 'reason');
    if (actor && actor.kind !== 'staff') c.fail('actor', 'expected staff for a manual event');
  } else if (method !== undefined && reason !== undefined) {
    c.fail('reason', `expected no reason for method ${method}`);
  }
  return body;
}

function badge(c: Checker, o: Record_): Record_ {
  return {
    learnerId: c.id(own(o, 'learnerId'), 'learnerId'),
    token: c.token(own(o, 'token'), 'token'),
  };
}

/** Checks an untrusted value against every KioskEvent shape. Never throws. */
export function validateEvent(input: unknown): EventValidation {
  const c = new Checker();
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { ok: false, errors: ['event: expected an object'] };
    }
    const o = input as Record_;
    const type = own(o, 'type');
    const known = typeof type === 'string' && Object.hasOwn(BODIES, type) ? type : null;
    // With an unknown type every body field would look unexpected: report the type alone.
    if (known !== null) c.object(o, '', [...ENVELOPE_KEYS, ...(BODY_KEYS[known] ?? [])]);
    const envelope = {
      id: c.uuid(own(o, 'id'), 'id'),
      kioskId: c.id(own(o, 'kioskId'), 'kioskId'),
      seq: c.seq(own(o, 'seq')),
      at: c.at(own(o, 'at')),
      actor: c.actor(own(o, 'actor'), 'actor'),
    };
    if (known === null) {
      c.fail('type', `expected one of ${Object.keys(BODIES).join(', ')}`);
      return { ok: false, errors: c.errors };
    }
    const body = (BODIES[known] as BodyCheck)(c, o, envelope.actor);
    if (c.errors.length > 0) return { ok: false, errors: c.errors };
    return { ok: true, event: { ...envelope, type: known, ...body } as unknown as KioskEvent };
  } catch {
    // Proxies and throwing getters: whatever they are, they are not events.
    return { ok: false, errors: [...c.errors, 'event: could not be read'] };
  }
}
