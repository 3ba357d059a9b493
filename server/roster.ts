// Roster import and attendance export on the server: the kiosk's own pure code (shared/csv.ts,
// shared/roster-import.ts, shared/export.ts) on the events of every kiosk. The server writes
// learner-upserted and badge-issued events under its own origin, which kiosks pull like any other.
import crypto from 'node:crypto';
import { generateToken } from '../shared/badge';
import { parseCsv, toCsv } from '../shared/csv';
import {
  EVENT_COLUMNS,
  MATRIX_COLUMNS,
  SUMMARY_COLUMNS,
  buildExport,
  rangeBounds,
  type ColumnKey,
  type DayRange,
  type ExportKind,
  type ExportLabels,
} from '../shared/export';
import type { RosterImportResponse } from '../shared/sync-protocol';
import { planRosterImport, rosterInputFromCsv } from '../shared/roster-import';
import type { KioskEvent, LanguageCode, Learner, StaffMember } from '../shared/types';
import { uuidv7 } from '../shared/uuid';
import type { Database } from './db';
import { ApiError } from './errors';
import { EXPORT_MESSAGES } from './export-messages';
import { appendServerEvents, attendanceBetween, eventsOfTypes } from './store/events';

const randomBytes = (n: number) => new Uint8Array(crypto.randomBytes(n));

/** The roster as the events say, last writer by (at, id) winning, as on a kiosk. */
export async function currentRoster(db: Database) {
  const learners = new Map<string, Learner>();
  const tokens = new Map<string, { learnerId: string; revoked: boolean }>();
  const events = await eventsOfTypes(db, [
    'learner-upserted',
    'learner-archived',
    'badge-issued',
    'badge-revoked',
  ]);
  for (const e of events) {
    if (e.type === 'learner-upserted') learners.set(e.learner.id, e.learner);
    else if (e.type === 'learner-archived') {
      const learner = learners.get(e.learnerId);
      if (learner) learners.set(e.learnerId, { ...learner, status: 'archived' });
    } else if (e.type === 'badge-issued') {
      // A revoked token stays revoked, whatever the order.
      if (!tokens.has(e.token)) tokens.set(e.token, { learnerId: e.learnerId, revoked: false });
    } else if (e.type === 'badge-revoked') {
      tokens.set(e.token, { learnerId: e.learnerId, revoked: true });
    }
  }
  return { learners, tokens };
}

/** What an import did (or would do, for a dry run): the API's answer as it is. */
export type ImportOutcome = RosterImportResponse;

/**
 * Plans the import exactly as the kiosk does and, when the plan has no error and this is not a
 * dry run, writes it in one transaction (all or nothing). With `issueBadges`, every learner
 * without an active badge gets one.
 */
export async function importRoster(
  db: Database,
  serverId: string,
  csv: string,
  options: { dryRun: boolean; issueBadges: boolean; adminId: string; now: number },
): Promise<ImportOutcome> {
  const { learners: before, tokens } = await currentRoster(db);
  const plan = planRosterImport(rosterInputFromCsv(parseCsv(csv)), before);
  const reactivated = plan.updated.filter((id) => before.get(id)?.status === 'archived').length;
  const errors = plan.problems.filter((p) => p.severity === 'error').length;
  const outcome: ImportOutcome = {
    ok: plan.ok,
    counts: {
      added: plan.added.length,
      updated: plan.updated.length - reactivated,
      reactivated,
      unchanged: plan.unchanged.length,
      notInFile: plan.notInFile.length,
      errors,
      warnings: plan.problems.length - errors,
    },
    problems: plan.problems,
    written: 0,
    badgesIssued: 0,
  };
  if (!plan.ok || options.dryRun) return outcome;

  const writes = new Set([...plan.added, ...plan.updated]);
  const badged = new Set([...tokens.values()].filter((t) => !t.revoked).map((t) => t.learnerId));
  const needBadge = options.issueBadges ? plan.learners.filter((l) => !badged.has(l.id)) : [];
  const actor = { kind: 'staff' as const, staffId: `admin:${options.adminId}`.slice(0, 64) };
  const written = await appendServerEvents(db, serverId, options.now, (firstSeq) => {
    let seq = firstSeq;
    const envelope = () => ({
      id: uuidv7(options.now, randomBytes),
      kioskId: serverId,
      seq: seq++,
      at: options.now,
      actor,
    });
    const events: KioskEvent[] = plan.learners
      .filter((learner) => writes.has(learner.id))
      .map((learner) => ({ ...envelope(), type: 'learner-upserted', learner }));
    for (const learner of needBadge) {
      let token = generateToken(randomBytes);
      while (tokens.has(token)) token = generateToken(randomBytes); // a token is never reused
      events.push({ ...envelope(), type: 'badge-issued', learnerId: learner.id, token });
    }
    return events;
  });
  return { ...outcome, written: written.length, badgesIssued: needBadge.length };
}

export type ExportFormat = 'csv-semicolon' | 'csv-comma';

export interface ExportRequest {
  kind: ExportKind;
  format: ExportFormat;
  range: DayRange;
  group: string | null;
  language: LanguageCode;
}

const LOCALES: Record<LanguageCode, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en' };

/** The kiosk's exportLabels(), from the copied messages. */
export function exportLabels(language: LanguageCode): ExportLabels {
  const messages = EXPORT_MESSAGES[language];
  const t = (key: string, params: Record<string, string> = {}) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  const keys = new Set<ColumnKey>([...EVENT_COLUMNS, ...SUMMARY_COLUMNS, ...MATRIX_COLUMNS]);
  const column = Object.fromEntries([...keys].map((key) => [key, t(`exports.col.${key}`)]));
  return {
    locale: LOCALES[language],
    column: column as Record<ColumnKey, string>,
    rate: (openDays) => t('exports.col.rate', { days: String(openDays) }),
    type: {
      'check-in': t('exports.type.check-in'),
      'check-out': t('exports.type.check-out'),
      void: t('exports.type.void'),
      'unknown-badge': t('exports.type.unknown-badge'),
    },
    method: {
      camera: t('method.camera'),
      scanner: t('method.scanner'),
      manual: t('method.manual'),
    },
    reason: {
      'forgot-badge': t('reason.forgot-badge'),
      'badge-damaged': t('reason.badge-damaged'),
      other: t('reason.other'),
    },
    reasonWithText: (reason, text) => t('exports.reason.with-text', { reason, text }),
    actorLearner: t('exports.actor.learner'),
    actorKiosk: t('exports.actor.kiosk'),
    yes: t('exports.yes'),
    no: t('exports.no'),
  };
}

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** The same file name as the kiosk's export. */
export function exportFileName(request: ExportRequest): string {
  const word = EXPORT_MESSAGES[request.language][`exports.file.${request.kind}`] ?? request.kind;
  const group = request.group ? slug(request.group) : '';
  const { from, to } = request.range;
  return `accueil-${word}-${from}_${to}${group ? `-${group}` : ''}.csv`;
}

/** A centre-wide export (every kiosk's attendance), as the kiosk builds it. */
export async function exportAttendance(
  db: Database,
  request: ExportRequest,
): Promise<{ name: string; csv: string; rows: number }> {
  let bounds: { start: number; end: number };
  try {
    bounds = rangeBounds(request.range);
  } catch (error) {
    throw new ApiError(400, 'bad-range', (error as Error).message);
  }
  const [{ learners }, staffEvents, events] = await Promise.all([
    currentRoster(db),
    eventsOfTypes(db, ['staff-upserted']),
    attendanceBetween(db, bounds.start, bounds.end),
  ]);
  const staffNames = new Map<string, string>();
  for (const e of staffEvents) {
    const staff = (e as { staff: StaffMember }).staff;
    staffNames.set(staff.id, staff.name);
  }
  const input = {
    learners: [...learners.values()],
    staffNames,
    range: request.range,
    group: request.group,
    events,
  };
  const labels = exportLabels(request.language);
  const delimiter = request.format === 'csv-comma' ? ',' : ';';
  // Belgian Excel reads "66,7" as a number in a ';' file.
  const decimal = request.format === 'csv-semicolon' ? ',' : '.';
  const table = buildExport(request.kind, input, labels, { decimal });
  return {
    name: exportFileName(request),
    csv: toCsv(table.rows, { delimiter }),
    rows: table.rows.length - 1,
  };
}
