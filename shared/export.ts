// Attendance exports as tables (a header row, then data rows; every cell a string), ready to be
// written as CSV (shared/csv.ts) or XLSX. Pure: the caller reads the events and the roster.
//
// Definitions, the same for every file:
// - A "day" is a Europe/Brussels calendar day (shared/time.ts), DST days included (23 or 25 h).
// - A range is inclusive of both ends: `from` 00:00 to the end of `to`, Brussels time.
// - Presence on a day is the attendance fold (shared/attendance.ts) of that day's events: a learner
//   with an effective check-in or check-out is present. A void counts on the day of the event it
//   cancels, so a void made later within the range still applies; a void made after the range end
//   is not read and does not apply.
// - An "open day" is a day of the range on which at least one learner of the whole centre (not
//   only of the chosen group) was present: the settings had no opening hours when this was
//   written. Once they do, open days should come from them.
// - Attendance rate = days present / open days of the range, as a percentage with one decimal.
// - The group filter keeps learners who have that group in the roster at export time (not at the
//   time of the event); unknown-badge scans belong to no learner and are left out when filtering.
//   Groups are the same group whatever their capitals, spaces or Unicode form (groupKey): roster
//   files typed by hand, or saved on a Mac (decomposed accents), spell one group several ways.
// - The kiosk column holds the kiosk's name (kioskNames), or its id when no name is known.
// - Privacy: only the columns below. No badge tokens, no languages, nothing else of the roster.
import { compareEvents, foldAttendance } from './attendance';
import { brusselsDay, dayBounds, formatClock } from './time';
import type { AttendanceEvent, Learner, ManualReason, Method, VoidEvent } from './types';

export type ExportKind = 'events' | 'summary' | 'matrix';

/** Inclusive range of Brussels days, 'YYYY-MM-DD'. */
export interface DayRange {
  from: string;
  to: string;
}

export interface ExportInput {
  /** At least the attendance events of the range; others are ignored. */
  events: readonly AttendanceEvent[];
  /** The roster now (names and groups as of the export). */
  learners: readonly Pick<Learner, 'id' | 'firstName' | 'lastName' | 'groups' | 'status'>[];
  /** Staff id → name, for the actor column. */
  staffNames?: ReadonlyMap<string, string>;
  /** Kiosk id → the name the admin knows it by, for the "Poste" column; else the id is shown. */
  kioskNames?: ReadonlyMap<string, string>;
  range: DayRange;
  /** Keep only learners having this group; null or '' for everyone. */
  group?: string | null;
}

// The columns, in file order; nothing else is written (privacy).
// prettier-ignore
export const EVENT_COLUMNS = [
  'date', 'time', 'type', 'learnerId', 'firstName', 'lastName', 'groups', 'method', 'reason',
  'actor', 'kioskId', 'seq', 'eventId', 'voided', 'voidId',
] as const;
// prettier-ignore
export const SUMMARY_COLUMNS = [
  'learnerId', 'firstName', 'lastName', 'groups', 'daysPresent', 'firstVisit', 'lastVisit',
] as const;
export const MATRIX_COLUMNS = ['learnerId', 'firstName', 'lastName', 'groups'] as const;
export type ColumnKey =
  | (typeof EVENT_COLUMNS)[number]
  | (typeof SUMMARY_COLUMNS)[number]
  | (typeof MATRIX_COLUMNS)[number];

/** Everything language-dependent in a file: headers and coded values, in the admin's language. */
export interface ExportLabels {
  /** For sorting names. */
  locale: string;
  column: Record<ColumnKey, string>;
  /** Header of the rate column, which says over how many open days it is computed. */
  rate: (openDays: number) => string;
  type: Record<AttendanceEvent['type'], string>;
  method: Record<Method, string>;
  reason: Record<ManualReason['code'], string>;
  reasonWithText: (reason: string, text: string) => string;
  actorLearner: string;
  actorKiosk: string;
  yes: string;
  no: string;
}

/**
 * A table and the columns that hold numbers, 'YYYY-MM-DD' dates and 'HH:MM:SS' times: an XLSX
 * file stores those as numbers, dates and times (Excel sorts and filters them); CSV as text.
 */
export interface ExportTable {
  rows: string[][];
  numeric: readonly number[];
  dates?: readonly number[];
  times?: readonly number[];
}

export interface ExportOptions {
  /** Decimal separator of the rate: ',' for Belgian Excel (CSV with ';'), '.' otherwise. */
  decimal?: ',' | '.';
}

const DAY_MS = 86_400_000;

/** Every day of the range, in order. Throws RangeError on a bad date or from after to. */
export function daysInRange(range: DayRange): string[] {
  dayBounds(range.from);
  dayBounds(range.to);
  if (range.from > range.to) throw new RangeError(`export: ${range.from} is after ${range.to}`);
  const days: string[] = [];
  // Calendar arithmetic in UTC: a calendar day is the same date in every zone.
  for (let t = Date.parse(range.from); ; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    days.push(day);
    if (day === range.to) return days;
  }
}

/** The instants of a range: start inclusive, end exclusive. */
export function rangeBounds(range: DayRange): { start: number; end: number } {
  daysInRange(range);
  return { start: dayBounds(range.from).start, end: dayBounds(range.to).end };
}

interface LearnerCells {
  firstName: string;
  lastName: string;
  groups: string;
  inGroup: boolean;
}

/** What makes two spellings of a group one group: Unicode form, capitals, spaces (not accents). */
export function groupKey(group: string): string {
  return group.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** The kept learners' cells and the group test, from the roster as it is now. */
function roster(input: Omit<ExportInput, 'events'>) {
  const group = input.group ? groupKey(input.group) : null;
  const learners = new Map<string, LearnerCells>();
  for (const l of input.learners) {
    const inGroup = group === null || l.groups.some((g) => groupKey(g) === group);
    const { firstName, lastName } = l;
    learners.set(l.id, { firstName, lastName, groups: l.groups.join(', '), inGroup });
  }
  const kept = (learnerId: string | undefined) =>
    group === null || (learnerId !== undefined && learners.get(learnerId)?.inGroup === true);
  return { learners, kept };
}

/**
 * The events of [start, end) in compareEvents order (time, then id), in one pass. Read from the
 * `day` index they are in order already (UUIDv7 ids follow time); otherwise they are sorted on
 * keys read once, since events of many shapes make each property read in a comparator slow.
 */
function inOrder(all: readonly AttendanceEvent[], start: number, end: number) {
  const events: AttendanceEvent[] = [];
  const ats: number[] = [];
  const ids: string[] = [];
  const voids: VoidEvent[] = [];
  let sorted = true;
  for (const e of all) {
    const at = e.at;
    if (!(at >= start && at < end)) continue;
    const id = e.id;
    const n = events.length;
    if (n > 0 && (ats[n - 1]! > at || (ats[n - 1] === at && ids[n - 1]! > id))) sorted = false;
    events.push(e);
    ats.push(at);
    ids.push(id);
    if (e.type === 'void') voids.push(e);
  }
  if (sorted) return { events, voids };
  const order = Array.from(events, (_, i) => i);
  order.sort((i, j) => ats[i]! - ats[j]! || (ids[i]! < ids[j]! ? -1 : ids[i]! > ids[j]! ? 1 : 0));
  return { events: order.map((i) => events[i]!), voids: voids.sort(compareEvents) };
}

/** Who was present on which day: the open days in order, and each learner's days in order. */
export interface Presence {
  openDays: string[];
  present: Map<string, string[]>;
}

/**
 * Presence over the range, from events given in compareEvents order, a chunk at a time (`add`),
 * with every void of the range known first: each day is folded (shared/attendance.ts) as soon as
 * the next one starts, so only one day of events is held. A void counts on its target's day,
 * wherever it was made; a void whose target is not a check-in or check-out of the range changes
 * no fold, and so needs no day.
 */
export function presenceStream(voids: readonly VoidEvent[]) {
  const voidsOf = new Map<string, VoidEvent[]>();
  for (const v of voids) pushTo(voidsOf, v.targetId, v);
  const openDays: string[] = [];
  const present = new Map<string, string[]>();
  let day: string | null = null;
  let dayEvents: AttendanceEvent[] = [];
  const fold = () => {
    if (day === null) return;
    const folded = foldAttendance(dayEvents);
    if (folded.size > 0) {
      openDays.push(day);
      for (const learnerId of folded.keys()) pushTo(present, learnerId, day);
    }
    dayEvents = [];
  };
  return {
    add(chunk: readonly AttendanceEvent[]): void {
      for (const e of chunk) {
        if (e.type !== 'check-in' && e.type !== 'check-out') continue;
        const eventDay = brusselsDay(e.at);
        if (eventDay !== day) {
          fold();
          day = eventDay;
        }
        dayEvents.push(e);
        for (const v of voidsOf.get(e.id) ?? []) dayEvents.push(v);
      }
    },
    finish(): Presence {
      fold();
      day = null;
      return { openDays, present };
    },
  };
}

/** Presence over the events of [start, end), in any order. */
function presenceOf(all: readonly AttendanceEvent[], start: number, end: number): Presence {
  const { events, voids } = inOrder(all, start, end);
  const stream = presenceStream(voids);
  stream.add(events);
  return stream.finish();
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * 'HH:MM:SS' in Brussels. On a day with one UTC offset (all but two a year) the wall-clock time
 * is the time since the day's start: Intl per event would dominate a 200,000-row export. Brussels
 * offsets are whole hours, so the seconds are those of UTC.
 */
function clockOf(starts: Map<string, number | null>, day: string, at: number): string {
  let start = starts.get(day);
  if (start === undefined) {
    const midnight = Date.parse(day);
    const bounds = dayBounds(day);
    const uniform = midnight - bounds.start === midnight + DAY_MS - bounds.end;
    start = uniform ? bounds.start : null;
    starts.set(day, start);
  }
  const seconds = pad(Math.floor((((at % 60_000) + 60_000) % 60_000) / 1000));
  if (start === null) return `${formatClock(at)}:${seconds}`;
  const wall = at - start;
  return `${pad(Math.floor(wall / 3_600_000))}:${pad(Math.floor(wall / 60_000) % 60)}:${seconds}`;
}

const column = (c: (typeof EVENT_COLUMNS)[number]) => EVENT_COLUMNS.indexOf(c);
const [LEARNER, EVENT_ID, VOIDED, VOID_ID] = [
  column('learnerId'),
  column('eventId'),
  column('voided'),
  column('voidId'),
];

/** The row of each kept event (EVENT_COLUMNS), and how a row shows the void that cancels it. */
function eventRows(input: Omit<ExportInput, 'events'>, labels: ExportLabels) {
  const { learners, kept } = roster(input);
  const starts = new Map<string, number | null>();
  return {
    row(e: AttendanceEvent): string[] | null {
      const learnerId = e.type === 'unknown-badge' ? undefined : e.learnerId;
      if (!kept(learnerId)) return null;
      const learner = learnerId === undefined ? undefined : learners.get(learnerId);
      const day = brusselsDay(e.at);
      let reason = '';
      if (e.type === 'void') reason = e.reason;
      else if (e.type !== 'unknown-badge' && e.reason) {
        const code = labels.reason[e.reason.code] ?? e.reason.code;
        reason = e.reason.text ? labels.reasonWithText(code, e.reason.text) : code;
      }
      const presence = e.type === 'check-in' || e.type === 'check-out';
      // One cell a column of EVENT_COLUMNS, in its order.
      // prettier-ignore
      return [
        day, clockOf(starts, day, e.at), labels.type[e.type], learnerId ?? '',
        learner?.firstName ?? '', learner?.lastName ?? '', learner?.groups ?? '',
        e.type === 'void' ? '' : labels.method[e.method], reason,
        actorName(e, input.staffNames, labels), input.kioskNames?.get(e.kioskId) ?? e.kioskId,
        String(e.seq), e.id,
        presence ? labels.no : '', '',
      ];
    },
    /** As the fold decides: the first void (in event order) of the same learner cancels the event. */
    settle(row: string[], voidsOf: ReadonlyMap<string, VoidEvent[]>): boolean {
      if (row[VOIDED] === '') return false;
      let cancel: VoidEvent | undefined;
      for (const v of voidsOf.get(row[EVENT_ID]!) ?? []) {
        if (v.learnerId === row[LEARNER] && (!cancel || compareEvents(v, cancel) < 0)) cancel = v;
      }
      const [voided, voidId] = cancel ? [labels.yes, cancel.id] : [labels.no, ''];
      if (row[VOIDED] === voided && row[VOID_ID] === voidId) return false;
      [row[VOIDED], row[VOID_ID]] = [voided, voidId];
      return true;
    },
  };
}

const EVENT_LOG_NUMERIC = [column('seq')];
const EVENT_LOG_DATES = [column('date')];
const EVENT_LOG_TIMES = [column('time')];
const eventLogHeader = (labels: ExportLabels) => EVENT_COLUMNS.map((c) => labels.column[c]);

/**
 * The event log as a stream that never goes back: events come in compareEvents order, a chunk
 * at a time, and every void of the range is known first, so each row is final when made. This
 * is how the server writes a file it never holds.
 */
export function eventLogStream(
  input: Omit<ExportInput, 'events'>,
  labels: ExportLabels,
  voids: readonly VoidEvent[],
) {
  const { start, end } = rangeBounds(input.range);
  const make = eventRows(input, labels);
  const voidsOf = new Map<string, VoidEvent[]>();
  for (const v of voids) if (v.at >= start && v.at < end) pushTo(voidsOf, v.targetId, v);
  return {
    header: eventLogHeader(labels),
    numeric: EVENT_LOG_NUMERIC,
    dates: EVENT_LOG_DATES,
    times: EVENT_LOG_TIMES,
    /** The rows of the next events (the range's only). */
    rows(chunk: readonly AttendanceEvent[]): string[][] {
      const rows: string[][] = [];
      for (const e of chunk) {
        if (!(e.at >= start && e.at < end)) continue;
        const row = make.row(e);
        if (row === null) continue;
        if (voidsOf.size > 0) make.settle(row, voidsOf);
        rows.push(row);
      }
      return rows;
    },
  };
}

/**
 * The event log built a chunk of events at a time, so that a caller reading day by day has the
 * rows of one day made (and, given `encode`, written) while the next day is read. Chunks must not
 * overlap in time (one Brussels day each, or everything at once) and may come in any order. A
 * void can arrive after its target's chunk: finish() settles those rows and encodes their chunk
 * again.
 */
export function eventLogBuilder(
  input: Omit<ExportInput, 'events'>,
  labels: ExportLabels,
  encode?: (rows: string[][]) => string,
) {
  const { start, end } = rangeBounds(input.range);
  const make = eventRows(input, labels);
  const chunks: { first: number; rows: string[][]; text: string; voidsSeen: number }[] = [];
  const voidsOf = new Map<string, VoidEvent[]>();
  let voidCount = 0;
  return {
    add(chunk: readonly AttendanceEvent[]): void {
      const { events, voids } = inOrder(chunk, start, end);
      for (const v of voids) pushTo(voidsOf, v.targetId, v);
      voidCount += voids.length;
      const rows: string[][] = [];
      for (const e of events) {
        const row = make.row(e);
        if (row === null) continue;
        if (voidCount > 0) make.settle(row, voidsOf);
        rows.push(row);
      }
      const text = encode?.(rows) ?? '';
      if (events.length > 0)
        chunks.push({ first: events[0]!.at, rows, text, voidsSeen: voidCount });
    },
    /** The table, and with `encode` the text of each chunk in order (header not included). */
    finish(): ExportTable & { encoded: string[] } {
      chunks.sort((a, b) => a.first - b.first);
      for (const chunk of chunks) {
        if (chunk.voidsSeen === voidCount) continue; // it saw every void already
        let changed = false;
        for (const row of chunk.rows) changed = make.settle(row, voidsOf) || changed;
        if (changed && encode) chunk.text = encode(chunk.rows);
      }
      return {
        rows: [eventLogHeader(labels), ...chunks.flatMap((c) => c.rows)],
        numeric: EVENT_LOG_NUMERIC,
        dates: EVENT_LOG_DATES,
        times: EVENT_LOG_TIMES,
        encoded: chunks.map((c) => c.text),
      };
    },
  };
}

/** The event log: every attendance event of the range, voids included and shown on their targets. */
export function buildEventLog(input: ExportInput, labels: ExportLabels): ExportTable {
  const builder = eventLogBuilder(input, labels);
  builder.add(input.events);
  return builder.finish();
}

function actorName(
  e: AttendanceEvent,
  staffNames: ReadonlyMap<string, string> | undefined,
  labels: ExportLabels,
): string {
  if (e.actor.kind === 'staff') return staffNames?.get(e.actor.staffId) ?? e.actor.staffId;
  return e.actor.kind === 'learner' ? labels.actorLearner : labels.actorKiosk;
}

type LearnerLine = LearnerCells & { id: string; /** Days present, in order. */ days: string[] };
const NOBODY: LearnerCells = { firstName: '', lastName: '', groups: '', inGroup: false };
const learnerColumns = (l: LearnerLine) => [l.id, l.firstName, l.lastName, l.groups];

/**
 * The learners of a summary or matrix: every active learner of the (filtered) roster, present or
 * not, plus anyone present in the range who is archived or not in the local roster yet. Sorted
 * by last name, first name, then id.
 */
function learnerLines(
  presence: Presence,
  input: Omit<ExportInput, 'events'>,
  labels: ExportLabels,
): LearnerLine[] {
  const { present } = presence;
  const { learners, kept } = roster(input);
  const ids = new Set<string>();
  for (const l of input.learners) if (l.status === 'active' || present.has(l.id)) ids.add(l.id);
  for (const id of present.keys()) ids.add(id);
  const lines: LearnerLine[] = [];
  for (const id of ids) {
    if (!kept(id)) continue;
    lines.push({ ...(learners.get(id) ?? NOBODY), id, days: present.get(id) ?? [] });
  }
  const collator = new Intl.Collator(labels.locale, { sensitivity: 'base' });
  lines.sort(
    (a, b) =>
      collator.compare(a.lastName, b.lastName) ||
      collator.compare(a.firstName, b.firstName) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return lines;
}

/**
 * A summary or matrix from the range's presence: its header, its numeric columns, and its rows,
 * made one at a time as they are read (a matrix of a long range is learners × days cells).
 */
export function learnerTable(
  kind: 'summary' | 'matrix',
  presence: Presence,
  input: Omit<ExportInput, 'events'>,
  labels: ExportLabels,
  options: ExportOptions = {},
): { header: string[]; numeric: number[]; dates: number[]; rows: Iterable<string[]> } {
  const lines = learnerLines(presence, input, labels);
  const { openDays } = presence;
  const open = openDays.length;
  if (kind === 'summary') {
    const percent = (n: number) =>
      open === 0
        ? ''
        : String(Math.round((n / open) * 1000) / 10).replace('.', options.decimal ?? '.');
    return {
      header: [...SUMMARY_COLUMNS.map((c) => labels.column[c]), labels.rate(open)],
      numeric: [SUMMARY_COLUMNS.indexOf('daysPresent'), SUMMARY_COLUMNS.length],
      dates: [SUMMARY_COLUMNS.indexOf('firstVisit'), SUMMARY_COLUMNS.indexOf('lastVisit')],
      rows: (function* () {
        for (const line of lines) {
          const n = line.days.length;
          const [first = '', last = ''] = [line.days[0], line.days[n - 1]];
          yield [...learnerColumns(line), String(n), first, last, percent(n)];
        }
      })(),
    };
  }
  const first = MATRIX_COLUMNS.length;
  return {
    header: [...MATRIX_COLUMNS.map((c) => labels.column[c]), ...openDays],
    numeric: openDays.map((_, i) => first + i),
    dates: [],
    rows: (function* () {
      for (const line of lines) {
        const present = new Set(line.days);
        yield [...learnerColumns(line), ...openDays.map((d) => (present.has(d) ? '1' : '0'))];
      }
    })(),
  };
}

function builtLearnerTable(
  kind: 'summary' | 'matrix',
  input: ExportInput,
  labels: ExportLabels,
  options: ExportOptions = {},
): ExportTable {
  const { start, end } = rangeBounds(input.range);
  const table = learnerTable(kind, presenceOf(input.events, start, end), input, labels, options);
  return { rows: [table.header, ...table.rows], numeric: table.numeric, dates: table.dates };
}

/** Per learner: days present, first and last visit, and attendance rate over the open days. */
export function buildLearnerSummary(
  input: ExportInput,
  labels: ExportLabels,
  options: ExportOptions = {},
): ExportTable {
  return builtLearnerTable('summary', input, labels, options);
}

/** One row a learner, one column an open day: 1 when present, 0 when not. */
export function buildPresenceMatrix(input: ExportInput, labels: ExportLabels): ExportTable {
  return builtLearnerTable('matrix', input, labels);
}

export function buildExport(
  kind: ExportKind,
  input: ExportInput,
  labels: ExportLabels,
  options: ExportOptions = {},
): ExportTable {
  if (kind === 'events') return buildEventLog(input, labels);
  if (kind === 'summary') return buildLearnerSummary(input, labels, options);
  return buildPresenceMatrix(input, labels);
}
