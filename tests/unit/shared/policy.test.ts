import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAttendance } from '../../../shared/attendance';
import type { LearnerDay } from '../../../shared/attendance';
import { decideScan } from '../../../shared/policy';
import type { ScanContext } from '../../../shared/policy';
import type { AttendanceEvent, CheckInEvent, CheckOutEvent, Learner } from '../../../shared/types';
import { DEFAULT_SETTINGS } from '../../../shared/types';
import { idFor } from './helpers';

const T = Date.UTC(2026, 2, 28, 14, 2);
const MIN = 60_000;
const COOLDOWN = DEFAULT_SETTINGS.cooldownMs;
const learner: Learner = {
  id: 'L1',
  firstName: 'Léa',
  lastName: 'Dubois',
  groups: [],
  language: 'fr',
  status: 'active',
};
const inOut = { mode: 'in-and-out', cooldownMs: COOLDOWN } as const;
const inOnly = { mode: 'check-in-only', cooldownMs: COOLDOWN } as const;

function ev(type: 'check-in' | 'check-out', at: number, n = 1): CheckInEvent | CheckOutEvent {
  return {
    id: idFor(n),
    kioskId: 'k1',
    seq: n,
    at,
    actor: { kind: 'learner', learnerId: 'L1' },
    type,
    learnerId: 'L1',
    method: 'camera',
  } as CheckInEvent | CheckOutEvent;
}
function dayWith(...events: (CheckInEvent | CheckOutEvent)[]): LearnerDay {
  return foldAttendance(events).get('L1') as LearnerDay;
}
function ctx(over: Partial<ScanContext>): ScanContext {
  return {
    badge: { status: 'active' },
    learner,
    day: null,
    lastUnknownAt: null,
    now: T,
    settings: inOut,
    ...over,
  };
}

describe('decideScan, branch by branch', () => {
  const cases: [string, Partial<ScanContext>, ReturnType<typeof decideScan>][] = [
    [
      'unknown token',
      { badge: null, learner: null },
      { outcome: 'unknown', write: 'unknown-badge' },
    ],
    [
      'unknown token, recorded 9 min ago',
      { badge: null, lastUnknownAt: T - 9 * MIN },
      { outcome: 'unknown', write: null },
    ],
    [
      'unknown token, recorded 10 min ago',
      { badge: null, lastUnknownAt: T - 10 * MIN },
      { outcome: 'unknown', write: 'unknown-badge' },
    ],
    [
      'unknown token, recorded "later" (clock went back)',
      { badge: null, lastUnknownAt: T + 60 * MIN },
      { outcome: 'unknown', write: null },
    ],
    ['revoked badge', { badge: { status: 'revoked' } }, { outcome: 'revoked', write: null }],
    [
      'revoked badge of an archived learner',
      { badge: { status: 'revoked' }, learner: { ...learner, status: 'archived' } },
      { outcome: 'revoked', write: null },
    ],
    ['badge without learner', { learner: null }, { outcome: 'archived', write: null }],
    [
      'archived learner',
      { learner: { ...learner, status: 'archived' } },
      { outcome: 'archived', write: null },
    ],
    // check-in-only
    ['first scan (check-in only)', { settings: inOnly }, { outcome: 'welcome', write: 'check-in' }],
    [
      'only a check-out today (check-in only)',
      { settings: inOnly, day: dayWith(ev('check-out', T - 60 * MIN)) },
      { outcome: 'welcome', write: 'check-in' },
    ],
    [
      'scan 1 min after arrival (check-in only)',
      { settings: inOnly, day: dayWith(ev('check-in', T - MIN)) },
      { outcome: 'already-in', since: T - MIN, write: null },
    ],
    [
      'scan 3 h after arrival (check-in only)',
      {
        settings: inOnly,
        day: dayWith(ev('check-in', T - 180 * MIN), ev('check-in', T - 60 * MIN, 2)),
      },
      { outcome: 'already-in', since: T - 180 * MIN, write: null },
    ],
    // in-and-out
    ['first scan (in and out)', {}, { outcome: 'welcome', write: 'check-in' }],
    [
      '9:59 after check-in',
      { day: dayWith(ev('check-in', T - COOLDOWN + 1)) },
      { outcome: 'already-in', since: T - COOLDOWN + 1, write: null },
    ],
    [
      '10:00 after check-in',
      { day: dayWith(ev('check-in', T - COOLDOWN)) },
      { outcome: 'goodbye', write: 'check-out' },
    ],
    [
      'check-in "in the future"',
      { day: dayWith(ev('check-in', T + 5 * 60 * MIN)) },
      { outcome: 'already-in', since: T + 5 * 60 * MIN, write: null },
    ],
    [
      '9:59 after check-out',
      { day: dayWith(ev('check-in', T - 60 * MIN), ev('check-out', T - COOLDOWN + 1, 2)) },
      { outcome: 'already-out', since: T - COOLDOWN + 1, write: null },
    ],
    [
      '10:00 after check-out',
      { day: dayWith(ev('check-in', T - 60 * MIN), ev('check-out', T - COOLDOWN, 2)) },
      { outcome: 'welcome', write: 'check-in' },
    ],
    [
      'check-out "in the future"',
      { day: dayWith(ev('check-out', T + MIN)) },
      { outcome: 'already-out', since: T + MIN, write: null },
    ],
    [
      'clock went back, even with no cool-down',
      { settings: { ...inOut, cooldownMs: Number.NaN }, day: dayWith(ev('check-in', T + MIN)) },
      { outcome: 'already-in', since: T + MIN, write: null },
    ],
  ];
  for (const [name, over, expected] of cases) {
    it(name, () => {
      expect(decideScan(ctx(over))).toEqual(expected);
    });
  }
});

const settingsArb = fc.record({
  mode: fc.constantFrom('check-in-only' as const, 'in-and-out' as const),
  cooldownMs: fc.integer({ min: 0, max: 60 * MIN }),
});
const offsetArb = fc.integer({ min: -120 * MIN, max: 240 * MIN });
const contextArb: fc.Arbitrary<ScanContext> = fc
  .record({
    badge: fc.constantFrom(null, { status: 'active' as const }, { status: 'revoked' as const }),
    learner: fc.constantFrom(null, learner, { ...learner, status: 'archived' as const }),
    history: fc.array(
      fc.tuple(fc.constantFrom('check-in' as const, 'check-out' as const), offsetArb),
      { maxLength: 5 },
    ),
    lastUnknown: fc.option(offsetArb, { nil: null }),
    settings: settingsArb,
  })
  .map(({ badge, learner: l, history, lastUnknown, settings }) => ({
    badge,
    learner: l,
    day:
      history.length === 0
        ? null
        : dayWith(...history.map(([type, off], i) => ev(type, T - off, i + 1))),
    lastUnknownAt: lastUnknown === null ? null : T - lastUnknown,
    now: T,
    settings,
  }));

describe('decideScan, properties', () => {
  it('never writes within the cool-down of the event it answers', () => {
    fc.assert(
      fc.property(contextArb, (c) => {
        const d = decideScan(c);
        const recent = (t: number | null | undefined) =>
          t != null && (c.now < t || c.now - t < c.settings.cooldownMs);
        if (c.badge === null && recent(c.lastUnknownAt)) expect(d.write).toBeNull();
        if (c.badge !== null && c.settings.mode === 'in-and-out' && recent(c.day?.last?.at))
          expect(d.write).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('never checks out in check-in-only mode, and writes at most once a day there', () => {
    fc.assert(
      fc.property(contextArb, (c) => {
        fc.pre(c.settings.mode === 'check-in-only');
        const d = decideScan(c);
        expect(d.write).not.toBe('check-out');
        if (c.day?.firstArrival != null) expect(d.write).not.toBe('check-in');
      }),
      { numRuns: 1000 },
    );
  });

  it('writes only for active badges of active learners, or unknown tokens', () => {
    fc.assert(
      fc.property(contextArb, (c) => {
        const d = decideScan(c);
        if (c.badge?.status === 'revoked' || (c.badge !== null && c.learner?.status !== 'active'))
          expect(d.write).toBeNull();
        if (d.write === 'unknown-badge') expect(c.badge).toBeNull();
        if (d.outcome === 'already-in' || d.outcome === 'already-out')
          expect(Number.isFinite(d.since)).toBe(true);
      }),
    );
  });

  it('alternates in and out, spaced by the cool-down, over a session of scans', () => {
    const scansArb = fc.array(fc.integer({ min: 0, max: 30 * MIN }), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(scansArb, settingsArb, (gaps, settings) => {
        const log: AttendanceEvent[] = [];
        let now = T;
        for (const [i, gap] of gaps.entries()) {
          now += gap;
          const day = foldAttendance(log).get('L1') ?? null;
          const d = decideScan({
            badge: { status: 'active' },
            learner,
            day,
            lastUnknownAt: null,
            now,
            settings,
          });
          if (d.write === 'check-in' || d.write === 'check-out') log.push(ev(d.write, now, i + 1));
        }
        expect(log[0]?.type).toBe('check-in');
        for (let i = 1; i < log.length; i++) {
          expect(log[i]!.type).not.toBe(log[i - 1]!.type);
          expect(log[i]!.at - log[i - 1]!.at).toBeGreaterThanOrEqual(settings.cooldownMs);
        }
        if (settings.mode === 'check-in-only') expect(log).toHaveLength(1);
      }),
    );
  });
});
