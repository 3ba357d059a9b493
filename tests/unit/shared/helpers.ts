// Test helpers: deterministic byte sources and fast-check arbitraries for tokens and events.
import fc from 'fast-check';
import { BADGE_ALPHABET, computeCheck } from '../../../shared/badge';
import { seededBytes } from '../../../shared/demo-roster';
import { encodeBase64 } from '../../../shared/pin';
import { LANGUAGES } from '../../../shared/types';
import type {
  Actor,
  AttendanceEvent,
  KioskEvent,
  KioskSettings,
  Learner,
  LanguageCode,
  ManualReason,
  PinHash,
  StaffMember,
} from '../../../shared/types';

/** Serves `prefix` first, then a seeded stream: exact control over the first bytes drawn. */
export function scriptedBytes(prefix: readonly number[], seed = 1): (n: number) => Uint8Array {
  const queue = [...prefix];
  const rest = seededBytes(seed);
  return (n) => {
    const out = rest(n);
    for (let i = 0; i < n && queue.length > 0; i++) out[i] = queue.shift() as number;
    return out;
  };
}

export const symbolArb = fc.integer({ min: 0, max: BADGE_ALPHABET.length - 1 });

export function tokenOf(values: readonly number[]): string {
  const body = values.map((v) => BADGE_ALPHABET.charAt(v)).join('');
  return body + computeCheck(body);
}

export const tokenArb = fc.array(symbolArb, { minLength: 19, maxLength: 19 }).map(tokenOf);

const hex = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });
/** Any-version UUIDs in lower case, as the kiosk makes them. */
export const uuidArb = fc
  .tuple(hex(8), hex(4), hex(4), hex(4), hex(12))
  .map((parts) => parts.join('-'));

export const idArb = fc.string({ minLength: 1, maxLength: 64 }).filter((s) => s.trim() !== '');
export const atArb = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2100, 0, 1) - 1 });

export const actorArb: fc.Arbitrary<Actor> = fc.oneof(
  idArb.map((learnerId): Actor => ({ kind: 'learner', learnerId })),
  idArb.map((staffId): Actor => ({ kind: 'staff', staffId })),
  fc.constant<Actor>({ kind: 'kiosk' }),
);

const envelopeArb = fc.record({
  id: uuidArb,
  kioskId: idArb,
  seq: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
  at: atArb,
  actor: actorArb,
});

export const learnerArb: fc.Arbitrary<Learner> = fc.record({
  id: idArb,
  firstName: fc.string({ maxLength: 200 }),
  lastName: fc.string({ maxLength: 200 }),
  groups: fc.array(
    fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim() !== ''),
    { maxLength: 50 },
  ),
  language: fc.constantFrom<LanguageCode | null>(null, ...LANGUAGES),
  status: fc.constantFrom('active' as const, 'archived' as const),
});

const scanMethodArb = fc.constantFrom('camera' as const, 'scanner' as const);
const reasonArb = fc.string({ minLength: 1, maxLength: 500 }).filter((s) => s.trim() !== '');

/** Non-blank text without control characters, ASCII or any grapheme (accents, emoji, CJK). */
function textArb(max: number): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ minLength: 1, maxLength: max }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 60) }),
    )
    .filter((s) => s.length <= max && s.trim() !== '' && !/\p{Cc}/u.test(s));
}

export const manualReasonArb: fc.Arbitrary<ManualReason> = fc.oneof(
  fc.record(
    {
      code: fc.constantFrom(
        'forgot-badge' as const,
        'badge-damaged' as const,
        'forgot-scan-out' as const,
        'left-early' as const,
      ),
      text: textArb(500),
    },
    { requiredKeys: ['code'] },
  ),
  fc.record({ code: fc.constant('other' as const), text: textArb(500) }),
);

export const pinHashArb: fc.Arbitrary<PinHash> = fc.record({
  algorithm: fc.constant('PBKDF2-SHA256' as const),
  iterations: fc.integer({ min: 100_000, max: 10_000_000 }),
  salt: fc.uint8Array({ minLength: 16, maxLength: 16 }).map(encodeBase64),
  hash: fc.uint8Array({ minLength: 32, maxLength: 32 }).map(encodeBase64),
});

export const staffArb: fc.Arbitrary<StaffMember> = fc.record({
  id: idArb,
  name: textArb(200),
  role: fc.constantFrom('reception' as const, 'admin' as const),
  active: fc.boolean(),
  pin: pinHashArb,
});

const clockArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** Opening hours of one day: none, or two different clock times in order. */
export const dayHoursArb = fc.option(
  fc
    .tuple(clockArb, clockArb)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => (a < b ? { opens: a, closes: b } : { opens: b, closes: a })),
  { nil: null },
);

export const kioskSettingsArb: fc.Arbitrary<KioskSettings> = fc.record({
  kioskName: textArb(64),
  mode: fc.constantFrom('check-in-only' as const, 'in-and-out' as const),
  cooldownMs: fc.integer({ min: 0, max: 24 * 3_600_000 }),
  defaultLanguage: fc.constantFrom(...LANGUAGES),
  openingHours: fc.array(dayHoursArb, { minLength: 7, maxLength: 7 }),
  retentionDays: fc.integer({ min: 30, max: 3650 }),
});

/** Every KioskEvent shape, valid by construction. */
export const eventArb: fc.Arbitrary<KioskEvent> = fc.oneof(
  fc
    .tuple(
      envelopeArb,
      fc.constantFrom('check-in' as const, 'check-out' as const),
      idArb,
      scanMethodArb,
      fc.option(tokenArb, { nil: undefined }),
    )
    .map(([env, type, learnerId, method, token]): KioskEvent =>
      token === undefined
        ? { ...env, type, learnerId, method }
        : { ...env, type, learnerId, method, token },
    ),
  // By hand: always by staff, always with a reason; a token only if staff typed one in.
  fc
    .tuple(
      envelopeArb,
      fc.constantFrom('check-in' as const, 'check-out' as const),
      idArb,
      idArb,
      manualReasonArb,
      fc.option(tokenArb, { nil: undefined }),
    )
    .map(([env, type, learnerId, staffId, reason, token]): KioskEvent => {
      const event = { ...env, actor: { kind: 'staff' as const, staffId }, type, learnerId };
      return token === undefined
        ? { ...event, method: 'manual', reason }
        : { ...event, method: 'manual', token, reason };
    }),
  fc
    .tuple(envelopeArb, uuidArb, idArb, idArb, reasonArb)
    .map(([env, targetId, learnerId, staffId, reason]): KioskEvent => ({
      ...env,
      actor: { kind: 'staff', staffId },
      type: 'void',
      targetId,
      learnerId,
      staffId,
      reason,
    })),
  fc
    .tuple(envelopeArb, tokenArb, fc.constantFrom('camera' as const, 'scanner' as const))
    .map(([env, token, method]): KioskEvent => ({ ...env, type: 'unknown-badge', token, method })),
  fc
    .tuple(envelopeArb, learnerArb)
    .map(([env, learner]): KioskEvent => ({ ...env, type: 'learner-upserted', learner })),
  fc
    .tuple(envelopeArb, idArb)
    .map(([env, learnerId]): KioskEvent => ({ ...env, type: 'learner-archived', learnerId })),
  fc
    .tuple(
      envelopeArb,
      fc.constantFrom('badge-issued' as const, 'badge-revoked' as const),
      idArb,
      tokenArb,
    )
    .map(([env, type, learnerId, token]): KioskEvent => ({ ...env, type, learnerId, token })),
  fc
    .tuple(
      envelopeArb,
      fc.oneof(
        idArb.map((staffId): Actor => ({ kind: 'staff', staffId })),
        fc.constant<Actor>({ kind: 'kiosk' }),
      ),
      staffArb,
    )
    .map(([env, actor, staff]): KioskEvent => ({ ...env, actor, type: 'staff-upserted', staff })),
  fc.tuple(envelopeArb, idArb, kioskSettingsArb).map(([env, staffId, settings]): KioskEvent => ({
    ...env,
    actor: { kind: 'staff', staffId },
    type: 'settings-changed',
    settings,
  })),
);

/** A UUID-shaped id from a number: unique ids whose order is the number order. */
export function idFor(n: number): string {
  const h = n.toString(16).padStart(12, '0');
  return `00000000-0000-7000-8000-${h}`;
}

const BASE = Date.UTC(2026, 2, 28, 13, 0);

/**
 * Attendance events over a few learners and a few hours, with voids that hit real targets,
 * the wrong learner, other voids, unknown-badge events or nothing. Ids are unique.
 */
export const attendanceArb: fc.Arbitrary<AttendanceEvent[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom(
        'check-in',
        'check-out',
        'check-in',
        'check-out',
        'void',
        'unknown-badge',
      ),
      learner: fc.constantFrom('L1', 'L2', 'L3', 'L4'),
      // Coarse times make equal `at` values common, so the id tie-break is exercised.
      minute: fc.integer({ min: 0, max: 30 }).map((m) => m * 6),
      target: fc.nat(),
      wrongLearner: fc.boolean(),
    }),
    { maxLength: 40 },
  )
  .map((specs) => {
    const events: AttendanceEvent[] = [];
    specs.forEach((s, i) => {
      const env = { id: idFor(i + 1), kioskId: 'k1', seq: i + 1, at: BASE + s.minute * 60_000 };
      if (s.kind === 'check-in' || s.kind === 'check-out') {
        const actor: Actor = { kind: 'learner', learnerId: s.learner };
        events.push({ ...env, actor, type: s.kind, learnerId: s.learner, method: 'scanner' });
      } else if (s.kind === 'unknown-badge') {
        const token = tokenOf(Array.from({ length: 19 }, (_, k) => (k * i) % 19));
        events.push({
          ...env,
          actor: { kind: 'kiosk' },
          type: 'unknown-badge',
          token,
          method: 'camera',
        });
      } else {
        // Targets: any earlier event (presence, void, unknown-badge) or an id that does not exist.
        const target =
          events.length > 0 && s.target % 5 !== 0 ? events[s.target % events.length] : undefined;
        const targetLearner = target && 'learnerId' in target ? target.learnerId : s.learner;
        events.push({
          ...env,
          actor: { kind: 'staff', staffId: 'S1' },
          type: 'void',
          targetId: target?.id ?? idFor(1_000_000 + i),
          learnerId: s.wrongLearner ? `${targetLearner}x` : targetLearner,
          staffId: 'S1',
          reason: 'wrong badge',
        });
      }
    });
    return events;
  });

/** A copy of `event` with the value at `path` replaced (or removed, for undefined). */
export function mutate(event: object, path: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(event) as Record<string, unknown>;
  const keys = path.split('.');
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

export { seededBytes };
