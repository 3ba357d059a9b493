import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareEvents,
  foldAttendance,
  inBuildingNow,
  presentCount,
} from '../../../shared/attendance';
import type { LearnerDay } from '../../../shared/attendance';
import type {
  AttendanceEvent,
  CheckInEvent,
  CheckOutEvent,
  VoidEvent,
} from '../../../shared/types';
import { attendanceArb, eventArb, idFor } from './helpers';

const T0 = Date.UTC(2026, 2, 28, 13, 0);
const min = (m: number) => T0 + m * 60_000;
let nextId = 1;
function presence(
  type: 'check-in' | 'check-out',
  learnerId: string,
  at: number,
  id = idFor(nextId++),
) {
  return {
    id,
    kioskId: 'k1',
    seq: 1,
    at,
    actor: { kind: 'learner', learnerId },
    type,
    learnerId,
    method: 'scanner',
  } as CheckInEvent | CheckOutEvent;
}
const cin = (learnerId: string, m: number) =>
  presence('check-in', learnerId, min(m)) as CheckInEvent;
const cout = (learnerId: string, m: number) =>
  presence('check-out', learnerId, min(m)) as CheckOutEvent;
function voidOf(
  target: { id: string; learnerId?: string },
  m = 100,
  learnerId = target.learnerId ?? 'L1',
): VoidEvent {
  return {
    id: idFor(nextId++),
    kioskId: 'k1',
    seq: 1,
    at: min(m),
    actor: { kind: 'staff', staffId: 'S1' },
    type: 'void',
    targetId: target.id,
    learnerId,
    staffId: 'S1',
    reason: 'mistake',
  };
}

/** The fold written the obvious way (sort, then replay), as an oracle for the real one. */
function oracle(events: readonly AttendanceEvent[], closed = false): Map<string, LearnerDay> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const voided = new Set(
    events
      .filter((e): e is VoidEvent => e.type === 'void')
      .filter((v) => {
        const t = byId.get(v.targetId);
        return (t?.type === 'check-in' || t?.type === 'check-out') && t.learnerId === v.learnerId;
      })
      .map((v) => v.targetId),
  );
  const effective = [...events]
    .filter(
      (e): e is CheckInEvent | CheckOutEvent =>
        (e.type === 'check-in' || e.type === 'check-out') && !voided.has(e.id),
    )
    .sort(compareEvents);
  const days = new Map<string, LearnerDay>();
  for (const e of effective) {
    const d = days.get(e.learnerId) ?? {
      learnerId: e.learnerId,
      firstArrival: null,
      lastDeparture: null,
      inBuilding: false,
      last: null,
    };
    if (e.type === 'check-in') d.firstArrival ??= e.at;
    if (e.type === 'check-out') d.lastDeparture = e.at;
    d.last = e;
    d.inBuilding = e.type === 'check-in' && !closed;
    days.set(e.learnerId, d);
  }
  return new Map([...days].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const withPermutation = attendanceArb.chain((events) =>
  fc.tuple(
    fc.constant(events),
    fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
  ),
);

describe('compareEvents', () => {
  it('is a total order consistent with (at, id)', () => {
    fc.assert(
      fc.property(eventArb, eventArb, eventArb, (a, b, c) => {
        expect(Math.sign(compareEvents(a, b))).toBe(-Math.sign(compareEvents(b, a)));
        expect(compareEvents(a, a)).toBe(0);
        if (compareEvents(a, b) <= 0 && compareEvents(b, c) <= 0)
          expect(compareEvents(a, c)).toBeLessThanOrEqual(0);
        if (a.at !== b.at) expect(compareEvents(a, b) < 0).toBe(a.at < b.at);
      }),
    );
    const [a, b] = [cin('L1', 0), cin('L2', 0)];
    expect(compareEvents(a, b)).toBe(a.id < b.id ? -1 : 1);
  });
});

describe('foldAttendance', () => {
  it('matches the sort-and-replay oracle', () => {
    fc.assert(
      fc.property(attendanceArb, (events) => {
        expect(foldAttendance(events)).toEqual(oracle(events));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same result, in the same key order, for any permutation', () => {
    fc.assert(
      fc.property(withPermutation, ([events, shuffled]) => {
        const a = foldAttendance(events);
        const b = foldAttendance(shuffled);
        expect(b).toEqual(a);
        expect([...b.keys()]).toEqual([...a.keys()]);
        for (const [k, day] of a) expect(b.get(k)?.last).toBe(day.last);
      }),
      { numRuns: 500 },
    );
  });

  it('treats a void as removing exactly its target', () => {
    const arb = attendanceArb.chain((events) => {
      const presences = events.filter((e) => e.type === 'check-in' || e.type === 'check-out');
      return fc.tuple(
        fc.constant(events),
        presences.length > 0 ? fc.constantFrom(...presences) : fc.constant(null),
      );
    });
    fc.assert(
      fc.property(arb, ([events, target]) => {
        fc.pre(target !== null);
        const t = target as CheckInEvent | CheckOutEvent;
        const v = voidOf(t);
        expect(foldAttendance([...events, v])).toEqual(
          foldAttendance(events.filter((e) => e.id !== t.id)),
        );
        // Twice voided is voided once.
        expect(foldAttendance([...events, v, voidOf(t, 5)])).toEqual(
          foldAttendance([...events, v]),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('ignores voids of the wrong learner, of unknown ids, of voids and of unknown-badge scans', () => {
    const a = cin('L1', 0);
    const unknownBadge: AttendanceEvent = {
      id: idFor(nextId++),
      kioskId: 'k1',
      seq: 2,
      at: min(1),
      actor: { kind: 'kiosk' },
      type: 'unknown-badge',
      token: 'B'.repeat(21),
      method: 'camera',
    };
    const base = foldAttendance([a, unknownBadge]);
    expect(foldAttendance([a, unknownBadge, voidOf(a, 2, 'L2')])).toEqual(base);
    expect(foldAttendance([a, unknownBadge, voidOf({ id: idFor(999_999) })])).toEqual(base);
    expect(foldAttendance([a, unknownBadge, voidOf(unknownBadge)])).toEqual(base);
    // A void of a void does not bring the check-in back.
    const v = voidOf(a);
    expect(foldAttendance([a, v, voidOf(v)])).toEqual(new Map());
  });

  it('leaves out unknown-badge scans and learners whose every event was voided', () => {
    const [a, b, c] = [cin('L1', 0), cout('L1', 30), cin('L2', 5)];
    const days = foldAttendance([a, b, c, voidOf(a), voidOf(b)]);
    expect([...days.keys()]).toEqual(['L2']);
    expect(
      foldAttendance([
        {
          id: idFor(nextId++),
          kioskId: 'k1',
          seq: 1,
          at: T0,
          actor: { kind: 'kiosk' },
          type: 'unknown-badge',
          token: 'C'.repeat(21),
          method: 'scanner',
        },
      ]).size,
    ).toBe(0);
  });

  it('tracks first arrival, last departure and the last event', () => {
    const events = [cin('L1', 10), cout('L1', 50), cin('L1', 60), cout('L1', 90), cin('L1', 5)];
    const day = foldAttendance(events).get('L1');
    expect(day).toEqual({
      learnerId: 'L1',
      firstArrival: min(5),
      lastDeparture: min(90),
      inBuilding: false,
      last: events[3],
    });
    const back = [...events, cin('L1', 120)];
    expect(foldAttendance(back).get('L1')).toMatchObject({ inBuilding: true, last: back[5] });
  });

  it('breaks ties at the same millisecond by id', () => {
    const a = presence('check-in', 'L1', T0, idFor(10));
    const b = presence('check-out', 'L1', T0, idFor(11));
    expect(foldAttendance([b, a]).get('L1')?.last).toBe(b);
    expect(foldAttendance([a, b]).get('L1')?.inBuilding).toBe(false);
  });

  it('counts a redelivered event once', () => {
    const a = cin('L1', 0);
    expect(foldAttendance([a, structuredClone(a), a])).toEqual(foldAttendance([a]));
  });

  it('applies closing time as a projection, only once it has passed', () => {
    const inside = [cin('L1', 0)];
    const at = (now: number) => foldAttendance(inside, { closingAt: min(60), now }).get('L1');
    expect(at(min(60) - 1)?.inBuilding).toBe(true);
    expect(at(min(60))?.inBuilding).toBe(false);
    expect(at(min(60))?.last).toBe(inside[0]);
    fc.assert(
      fc.property(
        attendanceArb,
        fc.integer({ min: -60, max: 240 }),
        fc.integer({ min: -60, max: 240 }),
        (events, closing, now) => {
          const open = foldAttendance(events);
          const closingAt = min(closing);
          const folded = foldAttendance(events, { closingAt, now: min(now) });
          if (now >= closing) expect(folded).toEqual(oracle(events, true));
          else expect(folded).toEqual(open);
          // Without `now`, closing time counts as past; null means no closing time.
          expect(foldAttendance(events, { closingAt })).toEqual(oracle(events, true));
          expect(foldAttendance(events, { closingAt: null, now: min(now) })).toEqual(open);
        },
      ),
    );
  });
});

describe('presentCount and inBuildingNow', () => {
  it('count learners with any effective in/out, and list those inside by arrival', () => {
    const events = [
      cin('L3', 20),
      cin('L1', 30),
      cout('L2', 40),
      cin('L4', 20),
      cin('L5', 5),
      cout('L5', 50),
    ];
    const days = foldAttendance(events);
    expect(presentCount(days)).toBe(5);
    expect(inBuildingNow(days).map((d) => d.learnerId)).toEqual(['L3', 'L4', 'L1']);
    expect(inBuildingNow(foldAttendance(events, { closingAt: min(60) }))).toEqual([]);
    expect(presentCount(new Map())).toBe(0);
  });

  it('agree with the fold on random days', () => {
    fc.assert(
      fc.property(attendanceArb, (events) => {
        const days = foldAttendance(events);
        expect(presentCount(days)).toBe(days.size);
        const inside = inBuildingNow(days);
        expect(inside.length).toBe(
          [...days.values()].filter((d) => d.last?.type === 'check-in').length,
        );
        for (let i = 1; i < inside.length; i++) {
          expect(inside[i - 1]!.firstArrival!).toBeLessThanOrEqual(inside[i]!.firstArrival!);
        }
      }),
    );
  });
});
