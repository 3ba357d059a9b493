import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_EVENT_AT, MIN_EVENT_AT, validateEvent } from '../../../shared/validate';
import type { KioskEvent } from '../../../shared/types';
import { eventArb, idFor, mutate, tokenOf } from './helpers';

const TOKEN = tokenOf(Array.from({ length: 19 }, (_, i) => i));
const envelope = {
  id: idFor(1),
  kioskId: 'kiosk-1',
  seq: 1,
  at: Date.UTC(2026, 2, 29, 14, 2),
  actor: { kind: 'learner', learnerId: 'L1' },
} as const;
const checkIn = { ...envelope, type: 'check-in', learnerId: 'L1', method: 'scanner', token: TOKEN };
const voidEvent = {
  ...envelope,
  actor: { kind: 'staff', staffId: 'S1' },
  type: 'void',
  targetId: idFor(2),
  learnerId: 'L1',
  staffId: 'S1',
  reason: 'Scanned by a friend',
};
const upsert = {
  ...envelope,
  actor: { kind: 'staff', staffId: 'S1' },
  type: 'learner-upserted',
  learner: {
    id: 'L1',
    firstName: 'Léa',
    lastName: 'Dubois',
    groups: ['animation'],
    language: 'fr',
    status: 'active',
  },
};

function errorsOf(input: unknown): string[] {
  const result = validateEvent(input);
  return result.ok ? [] : result.errors;
}

/** Bad values that every field of its kind must refuse. */
const BAD = {
  id: [undefined, '', 'not-a-uuid', 42, null, idFor(1).replaceAll('-', '')],
  text: [undefined, '', '   ', 'x'.repeat(65), 7, null, ['L1']],
  uuid: [undefined, '', 'x', 1, idFor(1) + 'a'],
  token: [
    undefined,
    '',
    TOKEN.toLowerCase(),
    TOKEN.slice(1),
    TOKEN.slice(0, 20) + (TOKEN.endsWith('B') ? 'C' : 'B'),
    12,
  ],
};

/** Per event type: each mutable field path and the bad values it must refuse. */
const FIELDS: Record<string, [string, unknown[]][]> = {
  common: [
    ['id', BAD.id],
    ['kioskId', BAD.text],
    ['seq', [undefined, 0, -1, 1.5, 2 ** 53, '1', NaN, Infinity]],
    ['at', [undefined, MIN_EVENT_AT - 1, MAX_EVENT_AT, 1.5e12 + 0.5, '2026', NaN]],
    ['actor', [undefined, null, 'kiosk', {}, { kind: 'robot' }, { kind: 'kiosk', staffId: 'S1' }]],
    ['type', [undefined, 'checkin', 'CHECK-IN', 'toString', '__proto__', 3]],
  ],
  'check-in': [
    ['learnerId', BAD.text],
    ['method', [undefined, 'keyboard', 'Camera', null]],
    ['token', BAD.token.filter((t) => t !== undefined)],
  ],
  void: [
    ['targetId', BAD.uuid],
    ['learnerId', BAD.text],
    ['staffId', BAD.text],
    ['reason', [undefined, '', '  ', 'x'.repeat(501), 5]],
    [
      'actor',
      [{ kind: 'kiosk' }, { kind: 'staff', staffId: 'S2' }, { kind: 'learner', learnerId: 'S1' }],
    ],
  ],
  'learner-upserted': [
    ['learner', [undefined, null, [], 'L1']],
    ['learner.id', BAD.text],
    ['learner.firstName', [undefined, 'x'.repeat(201), 3, null]],
    ['learner.lastName', [undefined, 'x'.repeat(201), 3, null]],
    [
      'learner.groups',
      [undefined, null, 'animation', [''], [3], new Array(51).fill('g'), ['x'.repeat(201)]],
    ],
    ['learner.language', [undefined, 'es', 'FR', 1]],
    ['learner.status', [undefined, 'deleted', true]],
  ],
};
const SAMPLES: [string, object][] = [
  ['check-in', checkIn],
  ['void', voidEvent],
  ['learner-upserted', upsert],
];

describe('validateEvent', () => {
  it('accepts every well-formed event, and returns an equal but separate object', () => {
    fc.assert(
      fc.property(eventArb, (event) => {
        const result = validateEvent(event);
        expect(result).toEqual({ ok: true, event });
        if (result.ok) expect(result.event).not.toBe(event);
      }),
      { numRuns: 1000 },
    );
  });

  it('accepts events that crossed JSON (sync) unchanged', () => {
    fc.assert(
      fc.property(eventArb, (event) => {
        expect(validateEvent(JSON.parse(JSON.stringify(event)))).toEqual({ ok: true, event });
      }),
    );
  });

  for (const [type, sample] of SAMPLES) {
    it(`refuses each bad field of a ${type}, naming its path`, () => {
      expect(validateEvent(sample).ok).toBe(true);
      for (const [path, values] of [...FIELDS.common!, ...FIELDS[type]!]) {
        for (const value of values) {
          const errors = errorsOf(mutate(sample, path, value));
          const name = `${path} = ${JSON.stringify(value)}`;
          expect(errors.length, name).toBeGreaterThan(0);
          expect(
            errors.some((e) => e.startsWith(path.split('.')[0]!)),
            name,
          ).toBe(true);
        }
      }
    });
  }

  it('refuses random mutations of any field of any event', () => {
    const junk = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.constant(''),
      fc.string({ minLength: 501, maxLength: 600 }),
      fc.double({ noInteger: true }),
      fc.constant(-1),
      fc.constant([]),
      fc.constant({}),
      fc.boolean(),
    );
    fc.assert(
      fc.property(eventArb, fc.nat(), junk, (event, pick, value) => {
        const keys = Object.keys(event);
        const key = keys[pick % keys.length]!;
        // A few fields have a legitimate value in the junk set.
        fc.pre(
          !(
            key === 'token' &&
            value === undefined &&
            (event.type === 'check-in' || event.type === 'check-out')
          ),
        );
        const errors = errorsOf(mutate(event, key, value));
        expect(
          errors.some((e) => e.startsWith(key)),
          `${key} = ${String(value)}`,
        ).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('names the field and the rule in its messages', () => {
    expect(errorsOf(mutate(upsert, 'learner.firstName', 'x'.repeat(201)))).toEqual([
      'learner.firstName: expected a string of at most 200 characters',
    ]);
    expect(errorsOf(mutate(upsert, 'learner.groups', ['a', '']))).toEqual([
      'learner.groups[1]: expected a non-empty string of at most 200 characters',
    ]);
    expect(errorsOf(mutate(checkIn, 'seq', 0))).toEqual(['seq: expected a positive safe integer']);
  });

  it('refuses unknown properties at every level', () => {
    expect(errorsOf({ ...checkIn, extra: 1 })).toEqual(['extra: unexpected property']);
    expect(errorsOf({ ...checkIn, targetId: idFor(3) })).toEqual(['targetId: unexpected property']);
    expect(errorsOf(mutate(checkIn, 'actor.staffId', 'S1'))).toEqual([
      'actor.staffId: unexpected property',
    ]);
    expect(errorsOf(mutate(upsert, 'learner.photo', 'x.jpg'))).toEqual([
      'learner.photo: unexpected property',
    ]);
    expect(errorsOf({ ...checkIn, [Symbol('s')]: 1 })).toEqual(['Symbol(s): unexpected property']);
  });

  it('checks type-specific rules', () => {
    const unknown = {
      ...envelope,
      actor: { kind: 'kiosk' },
      type: 'unknown-badge',
      token: TOKEN,
      method: 'camera',
    };
    expect(validateEvent(unknown).ok).toBe(true);
    expect(errorsOf({ ...unknown, method: 'manual' })).toEqual([
      'method: expected one of camera, scanner',
    ]);
    // Manual events are by staff and carry a reason (validate-staff.test.ts has the rest).
    const manual = {
      ...checkIn,
      actor: { kind: 'staff', staffId: 'S1' },
      method: 'manual',
      token: undefined,
      reason: { code: 'forgot-badge' },
    };
    expect(validateEvent(manual)).toEqual({ ok: true, event: manual });
    expect(validateEvent(mutate(checkIn, 'token', undefined)).ok).toBe(true);
    expect(errorsOf(mutate(checkIn, 'token', ` ${TOKEN} `))).toEqual([
      'token: expected a token in canonical form',
    ]);
    expect(validateEvent(mutate(upsert, 'learner.language', null)).ok).toBe(true);
    expect(validateEvent(mutate(upsert, 'learner.groups', [])).ok).toBe(true);
    expect(validateEvent(mutate(checkIn, 'at', MIN_EVENT_AT)).ok).toBe(true);
    expect(validateEvent(mutate(checkIn, 'at', MAX_EVENT_AT - 1)).ok).toBe(true);
    expect(validateEvent(mutate(checkIn, 'seq', Number.MAX_SAFE_INTEGER)).ok).toBe(true);
    expect(validateEvent(mutate(checkIn, 'kioskId', 'k'.repeat(64))).ok).toBe(true);
  });

  it('ignores inherited properties and refuses sparse groups', () => {
    const inherited = Object.assign(Object.create({ method: 'scanner' }) as object, {
      ...checkIn,
      method: undefined,
    });
    delete (inherited as { method?: string }).method;
    expect(errorsOf(inherited)).toContain('method: expected one of camera, scanner, manual');
    const groups = ['a', 'b'];
    delete groups[0];
    expect(errorsOf(mutate(upsert, 'learner.groups', groups))).toEqual([
      'learner.groups[0]: expected a non-empty string of at most 200 characters',
    ]);
    const bare = Object.assign(Object.create(null) as object, checkIn);
    expect(validateEvent(bare).ok).toBe(true);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withNullPrototype: true,
          withMap: true,
          withSet: true,
          withBigInt: true,
          withTypedArray: true,
          withSparseArray: true,
          withBoxedValues: true,
        }),
        (input) => {
          const result = validateEvent(input);
          if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 2000 },
    );
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
        get: () => {
          throw new Error('boom');
        },
      },
    );
    expect(validateEvent(hostile).ok).toBe(false);
    const getter = {
      ...checkIn,
      get learnerId(): string {
        throw new Error('boom');
      },
    };
    expect(validateEvent(getter).ok).toBe(false);
    const actorProxy = {
      ...checkIn,
      actor: new Proxy(
        {},
        {
          getOwnPropertyDescriptor: () => {
            throw new Error('boom');
          },
        },
      ),
    };
    expect(validateEvent(actorProxy).ok).toBe(false);
    for (const odd of [undefined, null, 0, 'check-in', [], [checkIn], () => checkIn, new Date()]) {
      expect(validateEvent(odd).ok).toBe(false);
    }
  });

  it('reports an unknown type without listing every body field', () => {
    const errors = errorsOf({ ...checkIn, type: 'check-inn' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^type: expected one of check-in, check-out, void/);
  });

  it('keeps the type of the validated event', () => {
    const result = validateEvent(checkIn);
    const event: KioskEvent | null = result.ok ? result.event : null;
    expect(event?.type).toBe('check-in');
  });
});
