// Runtime validation of events from untrusted places (sync pulls, imports, an old database).
// Strict by design: an event log is forever, so anything odd is refused at the door rather than
// folded into projections. The accepted event is rebuilt from checked fields only, so getters,
// prototypes or shared references in the input cannot reach the database.
import { Checker, MAX_REASON_LENGTH, own, type Record_ } from './checker';
import type { Actor, KioskEvent, KioskSettings, Method } from './types';

export { MAX_EVENT_AT, MIN_EVENT_AT } from './checker';

type EventValidation = { ok: true; event: KioskEvent } | { ok: false; errors: string[] };

const ENVELOPE_KEYS = ['id', 'kioskId', 'seq', 'at', 'actor', 'type'] as const;
const ALL_METHODS: readonly Method[] = ['camera', 'scanner', 'manual'];
const SCAN_METHODS: readonly Method[] = ['camera', 'scanner'];

/** Fields after the envelope, per event type, and how to check them. */
type BodyCheck = (c: Checker, o: Record_, actor: Actor | undefined) => Record_;
const BODIES: Record<string, BodyCheck> = {
  'check-in': (c, o, actor) => {
    const body = presence(c, o, actor);
    // Optional: only a check-in that resolves an earlier unknown-badge scan carries it.
    const resolves = own(o, 'resolves');
    if (resolves !== undefined) body.resolves = c.uuid(resolves, 'resolves');
    return body;
  },
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
  'settings-changed': (c, o, actor) => {
    // Settings are an admin's decision: never a learner's, never the kiosk's own.
    if (actor && actor.kind !== 'staff') c.fail('actor', 'expected staff');
    return { settings: c.settings(own(o, 'settings'), 'settings') };
  },
};

const BODY_KEYS: Record<string, readonly string[]> = {
  'check-in': ['learnerId', 'method', 'token', 'reason', 'resolves'],
  'check-out': ['learnerId', 'method', 'token', 'reason'],
  void: ['targetId', 'learnerId', 'staffId', 'reason'],
  'unknown-badge': ['token', 'method'],
  'learner-upserted': ['learner'],
  'learner-archived': ['learnerId'],
  'badge-issued': ['learnerId', 'token'],
  'badge-revoked': ['learnerId', 'token'],
  'staff-upserted': ['staff'],
  'settings-changed': ['settings'],
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

/**
 * Bounds on the shape of any event, checked before its fields: a real event is a few levels deep
 * and well under a kilobyte, while an input nested thousands of levels deep, or of megabytes,
 * would make every later step (serialising it, storing it as rejected) fail or cost.
 */
export const MAX_EVENT_DEPTH = 16;
/** Characters, counted as in its JSON (roughly: keys, strings, and 8 for any other value). */
export const MAX_EVENT_SIZE = 64 * 1024;

/** Why `input` is out of bounds (too deep, too large), or null. Stops at the first bound hit. */
export function eventBoundsProblem(input: unknown): string | null {
  let left = MAX_EVENT_SIZE;
  const walk = (value: unknown, depth: number): string | null => {
    if (typeof value === 'string') left -= value.length + 2;
    else if (typeof value !== 'object' || value === null) left -= 8;
    else if (depth >= MAX_EVENT_DEPTH) return `event: nested deeper than ${MAX_EVENT_DEPTH} levels`;
    else {
      for (const key of Object.keys(value)) {
        left -= key.length + 4;
        if (left < 0) break;
        const problem = walk((value as Record_)[key], depth + 1);
        if (problem !== null) return problem;
      }
    }
    return left < 0 ? `event: larger than ${MAX_EVENT_SIZE} characters` : null;
  };
  return walk(input, 0);
}

/** Checks an untrusted value against every KioskEvent shape. Never throws. */
export function validateEvent(input: unknown): EventValidation {
  const c = new Checker();
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return { ok: false, errors: ['event: expected an object'] };
    }
    const bounds = eventBoundsProblem(input);
    if (bounds !== null) return { ok: false, errors: [bounds] };
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

/** Checks untrusted kiosk settings (a stored row, a form) with the event's own rules. */
export function validateKioskSettings(
  input: unknown,
): { ok: true; settings: KioskSettings } | { ok: false; errors: string[] } {
  const c = new Checker();
  try {
    const settings = c.settings(input, 'settings');
    return settings && c.errors.length === 0
      ? { ok: true, settings }
      : { ok: false, errors: c.errors };
  } catch {
    return { ok: false, errors: [...c.errors, 'settings: could not be read'] };
  }
}
