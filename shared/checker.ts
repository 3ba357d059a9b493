// The field checks behind shared/validate.ts: each returns a usable value or undefined and
// records why, with the path of the field, so one pass reports every problem of an input.
import { parseToken } from './badge';
import { CLOCK_PATTERN } from './opening-hours';
import {
  PIN_ALGORITHM,
  PIN_HASH_BYTES,
  PIN_MAX_ITERATIONS,
  PIN_MIN_ITERATIONS,
  PIN_SALT_BYTES,
  decodeBase64,
} from './pin';
import {
  COOLDOWN_MAX_MS,
  KIOSK_NAME_MAX,
  LANGUAGES,
  RETENTION_MAX_DAYS,
  RETENTION_MIN_DAYS,
} from './types';
import type {
  Actor,
  KioskSettings,
  Learner,
  ManualReason,
  OpeningHours,
  PinHash,
  StaffMember,
} from './types';
import { isUuid } from './uuid';

export const MIN_EVENT_AT = Date.UTC(2020, 0, 1);
export const MAX_EVENT_AT = Date.UTC(2100, 0, 1);
const MAX_ID_LENGTH = 64;
const MAX_NAME_LENGTH = 200;
export const MAX_REASON_LENGTH = 500;
const MAX_GROUPS = 50;
const REASON_CODES: readonly ManualReason['code'][] = [
  'forgot-badge',
  'badge-damaged',
  'forgot-scan-out',
  'left-early',
  'other',
];
/** C0, DEL and C1 controls: nothing a name or a reason needs, and they garble exports and UIs. */
const CONTROL = /\p{Cc}/u;

export type Record_ = Record<string, unknown>;

/** Collects errors for one input; every check returns a usable value or undefined. */
export class Checker {
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

  integer(value: unknown, path: string, min: number, max: number): number | undefined {
    if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) {
      return this.fail(path, `expected an integer in [${min}, ${max}]`);
    }
    return value as number;
  }

  settings(value: unknown, path: string): KioskSettings | undefined {
    const keys = [
      'kioskName',
      'mode',
      'cooldownMs',
      'defaultLanguage',
      'openingHours',
      'retentionDays',
    ];
    const o = this.object(value, path, keys);
    if (o === undefined) return undefined;
    const p = (key: string) => `${path}.${key}`;
    const settings = {
      kioskName: this.text(own(o, 'kioskName'), p('kioskName'), KIOSK_NAME_MAX, true),
      mode: this.oneOf(own(o, 'mode'), p('mode'), ['check-in-only', 'in-and-out'] as const),
      cooldownMs: this.integer(own(o, 'cooldownMs'), p('cooldownMs'), 0, COOLDOWN_MAX_MS),
      defaultLanguage: this.oneOf(own(o, 'defaultLanguage'), p('defaultLanguage'), LANGUAGES),
      openingHours: this.week(own(o, 'openingHours'), p('openingHours')),
      retentionDays: this.integer(
        own(o, 'retentionDays'),
        p('retentionDays'),
        RETENTION_MIN_DAYS,
        RETENTION_MAX_DAYS,
      ),
    };
    return Object.values(settings).includes(undefined) ? undefined : (settings as KioskSettings);
  }

  /** Exactly seven days, Monday first: each null or a well-ordered pair of clock times. */
  week(value: unknown, path: string): (OpeningHours | null)[] | undefined {
    if (!Array.isArray(value) || value.length !== 7) {
      return this.fail(path, 'expected an array of 7 days, Monday first');
    }
    const week: (OpeningHours | null)[] = [];
    for (let i = 0; i < 7; i++) {
      const day = value[i] === null ? null : this.hours(value[i], `${path}[${i}]`);
      if (day !== undefined) week.push(day);
    }
    return week.length === 7 ? week : undefined;
  }

  hours(value: unknown, path: string): OpeningHours | undefined {
    const o = this.object(value, path, ['opens', 'closes']);
    if (o === undefined) return undefined;
    const clock = (key: string) => {
      const v = own(o, key);
      return typeof v === 'string' && CLOCK_PATTERN.test(v)
        ? v
        : this.fail(`${path}.${key}`, 'expected a time HH:MM');
    };
    const opens = clock('opens');
    const closes = clock('closes');
    if (opens === undefined || closes === undefined) return undefined;
    // Zero-padded HH:MM strings compare as the times they name.
    if (opens >= closes) return this.fail(`${path}.closes`, 'expected a time after opens');
    return { opens, closes };
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
export function own(o: Record_, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}
