import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAttendance, presentCount } from '../../../shared/attendance';
import {
  addDays,
  buildReport,
  daysBetween,
  DEFAULT_DROP_RULE,
  reportRange,
  weekdayOf,
  type AttendanceReport,
} from '../../../shared/reports';
import { brusselsDay, dayBounds } from '../../../shared/time';
import type {
  AttendanceEvent,
  CheckInEvent,
  CheckOutEvent,
  VoidEvent,
} from '../../../shared/types';
import { idFor } from './helpers';

let nextId = 1;
function presence(type: 'check-in' | 'check-out', learnerId: string, at: number) {
  return {
    id: idFor(nextId++),
    kioskId: 'k1',
    seq: 1,
    at,
    actor: { kind: 'learner', learnerId },
    type,
    learnerId,
    method: 'scanner',
  } as CheckInEvent | CheckOutEvent;
}
const cin = (learnerId: string, at: number) => presence('check-in', learnerId, at);
const cout = (learnerId: string, at: number) => presence('check-out', learnerId, at);
function voidOf(target: CheckInEvent | CheckOutEvent, at: number, learnerId = target.learnerId) {
  const event: VoidEvent = {
    id: idFor(nextId++),
    kioskId: 'k1',
    seq: 1,
    at,
    actor: { kind: 'staff', staffId: 'S1' },
    type: 'void',
    targetId: target.id,
    learnerId,
    staffId: 'S1',
    reason: 'wrong badge',
  };
  return event;
}
/** `minutes` after Brussels midnight of `day` (real elapsed time, so DST days are honest). */
const local = (day: string, hours: number, minutes = 0) =>
  dayBounds(day).start + (hours * 60 + minutes) * 60_000;

const TODAY = '2026-04-02'; // a Thursday, four days after the spring DST switch

describe('calendar helpers', () => {
  it('counts calendar days, not 24-hour steps, across DST', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-10-26')).toBe(212);
    expect(weekdayOf('2026-03-30')).toBe(0); // Monday
    expect(weekdayOf('2026-03-29')).toBe(6); // Sunday
  });

  it('reads eight rolling weeks ending today, or the drop rule’s weeks when longer', () => {
    expect(reportRange({ today: TODAY })).toEqual({ first: '2026-02-06', last: TODAY });
    const longRule = { ...DEFAULT_DROP_RULE, earlierWeeks: 8 };
    expect(reportRange({ today: TODAY, dropRule: longRule }).first).toBe(addDays(TODAY, -83));
    expect(buildReport([], { today: TODAY, dropRule: longRule }).first).toBe('2026-02-06');
  });

  it('refuses a drop rule that cannot mean anything', () => {
    const bad = [
      { minEarlier: 0 },
      { minEarlier: 5 },
      { maxRecent: 5 },
      { recentWeeks: 0, maxRecent: 0 },
      { earlierWeeks: 2.5 },
    ];
    for (const change of bad) {
      expect(() =>
        buildReport([], { today: TODAY, dropRule: { ...DEFAULT_DROP_RULE, ...change } }),
      ).toThrow(RangeError);
    }
    expect(() => reportRange({ today: TODAY, weeks: 0 })).toThrow(RangeError);
  });
});

describe('present per open day', () => {
  it('counts each learner once a day, a lone check-out too, with voids applied', () => {
    const lateVoided = cin('L3', local('2026-03-31', 15, 10));
    const sameDayVoided = cin('L4', local('2026-04-01', 14));
    const report = buildReport(
      [
        cin('L1', local('2026-03-31', 15)),
        cout('L1', local('2026-03-31', 18)),
        cin('L1', local('2026-03-31', 18, 30)),
        cout('L2', local('2026-03-31', 17)),
        lateVoided,
        voidOf(lateVoided, local('2026-04-01', 9)), // undone the next morning
        sameDayVoided,
        voidOf(sameDayVoided, local('2026-04-01', 14, 1)),
        cin('L1', local(TODAY, 14)),
      ],
      { today: TODAY },
    );
    // 1 April had only a voided check-in: not an open day.
    expect(report.days).toEqual([
      { day: '2026-03-31', present: 2 },
      { day: TODAY, present: 1 },
    ]);
  });

  it('keeps exactly the 56 Brussels days ending today', () => {
    const report = buildReport(
      [
        cin('L1', Date.UTC(2026, 1, 5, 22, 59)), // 23:59 on 5 February in Brussels: too old
        cin('L2', Date.UTC(2026, 1, 5, 23, 0)), // midnight, 6 February: the first day
        cin('L3', Date.UTC(2026, 3, 2, 21, 59)), // 23:59 today (summer time)
        cin('L4', Date.UTC(2026, 3, 2, 22, 0)), // tomorrow
      ],
      { today: TODAY },
    );
    expect(report).toMatchObject({ first: '2026-02-06', last: TODAY });
    expect(report.days).toEqual([
      { day: '2026-02-06', present: 1 },
      { day: TODAY, present: 1 },
    ]);
  });
});

describe('arrivals by weekday and hour', () => {
  const cell = (report: AttendanceReport, weekday: number, hour: number) =>
    report.arrivals[weekday]?.[hour];

  it('uses each learner’s first effective arrival, in Brussels time, across spring DST', () => {
    const voidedFirst = cin('L5', Date.UTC(2026, 3, 1, 11, 0));
    const events = [
      cin('L1', Date.UTC(2026, 2, 25, 13, 5)), // Wed 14:05 winter time
      cin('L1', Date.UTC(2026, 3, 1, 12, 5)), // Wed 14:05 summer time
      cin('L1', Date.UTC(2026, 3, 1, 15, 0)), // the same day again: not an arrival
      voidedFirst, // Wed 13:00, undone
      voidOf(voidedFirst, Date.UTC(2026, 3, 1, 11, 1)),
      cin('L5', Date.UTC(2026, 3, 1, 14, 0)), // Wed 16:00: L5's real arrival
      cout('L6', Date.UTC(2026, 3, 1, 16, 0)), // present, but no arrival
      cin('L2', Date.UTC(2026, 2, 28, 22, 30)), // Sat 23:30 winter time
      cin('L3', Date.UTC(2026, 2, 29, 0, 30)), // Sun 01:30, before the switch
      cin('L4', Date.UTC(2026, 2, 29, 1, 30)), // Sun 03:30, after it (02:xx does not exist)
    ];
    const report = buildReport(events, { today: TODAY });
    expect(cell(report, 2, 14)).toBe(2);
    expect(cell(report, 2, 13)).toBe(0);
    expect(cell(report, 2, 16)).toBe(1);
    expect(cell(report, 5, 23)).toBe(1);
    expect(cell(report, 6, 1)).toBe(1);
    expect(cell(report, 6, 2)).toBe(0);
    expect(cell(report, 6, 3)).toBe(1);
    expect(report.arrivals.flat().reduce((a, b) => a + b, 0)).toBe(6);
    expect(report.days.find((d) => d.day === '2026-04-01')?.present).toBe(3);
  });

  it('puts both 02:30s of the autumn switch in hour 2, and 00:30 on the next Monday', () => {
    const report = buildReport(
      [
        cin('L1', Date.UTC(2026, 9, 25, 0, 30)), // 02:30 summer time
        cin('L2', Date.UTC(2026, 9, 25, 1, 30)), // 02:30 winter time
        cin('L3', Date.UTC(2026, 9, 25, 23, 30)), // Mon 26 October 00:30
      ],
      { today: '2026-10-29' },
    );
    expect(report.arrivals[6]?.[2]).toBe(2);
    expect(report.arrivals[0]?.[0]).toBe(1);
    expect(report.days.map((d) => d.day)).toEqual(['2026-10-25', '2026-10-26']);
  });
});

describe('learners whose attendance dropped', () => {
  /** A visit in rolling week `week` (0 = the seven days ending today), `back` days into it. */
  const inWeek = (learnerId: string, week: number, back = 0, hour = 15) =>
    cin(learnerId, local(addDays(TODAY, -7 * week - back), hour));
  const history = [
    ...[7, 6, 5].map((w) => inWeek('A', w)),
    cin('A', local('2026-03-30', 15)),
    ...[7, 6, 5, 4].map((w) => inWeek('B', w, 2)),
    ...[7, 6, 5, 4, 1, 0].map((w) => inWeek('C', w)),
    ...[7, 6].map((w) => inWeek('D', w)),
    // E: 23:30 on 26 March is week 1 by the calendar, although less than 7×24 h before the end
    // of today (the spring switch lies in between).
    ...[7, 6, 5].map((w) => inWeek('E', w)),
    cin('E', local('2026-03-26', 23, 30)),
    // F: the same, plus ten past midnight on 27 March: week 0, so two recent weeks.
    ...[7, 6, 5].map((w) => inWeek('F', w)),
    cin('F', local('2026-03-26', 23, 50)),
    cin('F', local('2026-03-27', 0, 10)),
    // G: three days in one week is still one week.
    ...[7, 6, 5].map((w) => inWeek('G', w)),
    ...['2026-03-28', '2026-03-31', '2026-04-01'].map((d) => cin('G', local(d, 10))),
    ...[3, 2].map((w) => inWeek('H', w)),
  ];

  it('applies the default rule: ≥ 3 of the 4 earlier weeks, ≤ 1 of the last 4', () => {
    const { dropped } = buildReport(history, { today: TODAY });
    expect(dropped.map((d) => d.learnerId)).toEqual(['B', 'E', 'A', 'G']);
    expect(dropped[0]).toMatchObject({ earlier: 4, recent: 0, lastSeen: addDays(TODAY, -30) });
    expect(dropped[1]).toMatchObject({ earlier: 3, recent: 1, lastSeen: '2026-03-26' });
    expect(dropped[2]).toEqual({
      learnerId: 'A',
      earlier: 3,
      recent: 1,
      weeks: [true, true, true, false, false, false, false, true],
      lastSeen: '2026-03-30',
    });
    expect(dropped[3]).toMatchObject({ earlier: 3, recent: 1, lastSeen: '2026-04-01' });
  });

  it('takes the rule as a parameter', () => {
    const rule = { earlierWeeks: 2, recentWeeks: 2, minEarlier: 2, maxRecent: 0 };
    const { dropped } = buildReport(history, { today: TODAY, dropRule: rule });
    expect(dropped).toEqual([
      {
        learnerId: 'H',
        earlier: 2,
        recent: 0,
        weeks: [true, true, false, false],
        lastSeen: '2026-03-19',
      },
    ]);
  });

  it('does not count a voided visit', () => {
    const visit = inWeek('C', 0);
    const { dropped } = buildReport(
      [...[7, 6, 5].map((w) => inWeek('C', w)), inWeek('C', 1), visit, voidOf(visit, visit.at + 1)],
      { today: TODAY },
    );
    expect(dropped).toMatchObject([{ learnerId: 'C', earlier: 3, recent: 1 }]);
  });
});

// Histories over three weeks around the spring switch, with voids made on any later day, voids
// of the wrong learner or of nothing, and unknown-badge scans.
const BASE_DAY = '2026-03-20';
const historyArb: fc.Arbitrary<AttendanceEvent[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom('check-in', 'check-in', 'check-out', 'void', 'unknown-badge'),
      learner: fc.constantFrom('L1', 'L2', 'L3', 'L4', 'L5'),
      at: fc
        .integer({ min: 0, max: 21 * 96 - 1 })
        .map((q) => dayBounds(BASE_DAY).start + q * 900_000),
      target: fc.nat(),
      wrongLearner: fc.boolean(),
    }),
    { maxLength: 60 },
  )
  .map((specs) => {
    const events: AttendanceEvent[] = [];
    specs.forEach((s, i) => {
      const env = { id: idFor(i + 1), kioskId: 'k1', seq: i + 1, at: s.at };
      if (s.kind === 'check-in' || s.kind === 'check-out') {
        const actor = { kind: 'learner' as const, learnerId: s.learner };
        events.push({ ...env, actor, type: s.kind, learnerId: s.learner, method: 'camera' });
      } else if (s.kind === 'unknown-badge') {
        events.push({
          ...env,
          actor: { kind: 'kiosk' },
          type: 'unknown-badge',
          token: 'X',
          method: 'camera',
        });
      } else {
        const target =
          events.length > 0 && s.target % 4 !== 0 ? events[s.target % events.length] : undefined;
        const owner = target && 'learnerId' in target ? target.learnerId : s.learner;
        events.push({
          ...env,
          actor: { kind: 'staff', staffId: 'S1' },
          type: 'void',
          targetId: target?.id ?? idFor(999_000 + i),
          learnerId: s.wrongLearner ? `${owner}x` : owner,
          staffId: 'S1',
          reason: 'mistake',
        });
      }
    });
    return events;
  });
const PROPERTY_TODAY = '2026-04-05';
const RULE = { earlierWeeks: 1, recentWeeks: 1, minEarlier: 1, maxRecent: 0 };

describe('properties', () => {
  it('does not depend on the order events arrive in, nor on duplicates', () => {
    fc.assert(
      fc.property(
        historyArb.chain((events) =>
          fc.tuple(
            fc.constant(events),
            fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
            fc.subarray(events),
          ),
        ),
        ([events, shuffled, again]) => {
          const options = { today: PROPERTY_TODAY, dropRule: RULE };
          const expected = buildReport(events, options);
          expect(buildReport(shuffled, options)).toEqual(expected);
          expect(buildReport([...again, ...shuffled], options)).toEqual(expected);
        },
      ),
    );
  });

  it('agrees with the day fold, and every figure stays within its bounds', () => {
    fc.assert(
      fc.property(historyArb, (events) => {
        const report = buildReport(events, { today: PROPERTY_TODAY, dropRule: RULE });
        const voids = events.filter((e) => e.type === 'void');
        for (const { day, present } of report.days) {
          const ofDay = events.filter(
            (e) => (e.type === 'check-in' || e.type === 'check-out') && brusselsDay(e.at) === day,
          );
          // Voids are given whole: the fold ignores those whose target is not in its input.
          expect(present).toBe(presentCount(foldAttendance([...ofDay, ...voids])));
          expect(present).toBeGreaterThan(0);
          expect(day <= PROPERTY_TODAY).toBe(true);
        }
        const days = report.days.map((d) => d.day);
        expect(days).toEqual([...new Set(days)].sort());
        const arrivals = report.arrivals.flat().reduce((a, b) => a + b, 0);
        expect(arrivals).toBeLessThanOrEqual(report.days.reduce((a, d) => a + d.present, 0));
        for (const d of report.dropped) {
          expect(d.earlier).toBeGreaterThanOrEqual(RULE.minEarlier);
          expect(d.recent).toBeLessThanOrEqual(RULE.maxRecent);
        }
      }),
    );
  });
});
