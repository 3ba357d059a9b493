// A roster import planned in the admin worker thread, exactly as the kiosk plans it (the kiosk's
// own code: shared/roster-file.ts, shared/roster-import.ts), against the roster this thread
// reads page by page. For a real import it also makes the events (learner-upserted, badge-issued) and
// hands their rows to the request thread a chunk at a time, each written in a transaction of its
// own (roster.ts), until all are written or the plan no longer holds.
import crypto from 'node:crypto';
import { generateToken } from '../../shared/badge';
import { readRosterCsv, type RosterReadProblem } from '../../shared/roster-file';
import { countPlan, planRosterImport, type RosterInput } from '../../shared/roster-import';
import { explainProblems } from '../../shared/roster-messages';
import type { RosterImportResponse } from '../../shared/sync-protocol';
import type { KioskEvent, LanguageCode } from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';
import { rosterPage } from '../store/events';
import { checkBatch, eventRowsJson } from '../store/rows';
import { pages, type JobContext } from './protocol';
import { readRoster } from './roster-fold';

/**
 * What is imported: a CSV file's bytes, as uploaded (read here as the kiosk reads them), or the
 * rows a browser read from a CSV or XLSX file with the kiosk's own reader (the console).
 */
export type RosterSource = { file: Uint8Array } | { input: RosterInput };

export interface RosterParams {
  source: RosterSource;
  /** The admin's language, for the problems' explanations. */
  language: LanguageCode;
  dryRun: boolean;
  issueBadges: boolean;
  /** The events' actor: who imports (`admin:<token id>`, `console:<account id>`). */
  staffId: string;
  now: number;
  /** The server's origin, and the seq its first event gets (its mark + 1 when planned). */
  serverId: string;
  firstSeq: number;
  /** The log's top when planned: the roster is read up to it. */
  top: number;
}

export type RosterPlan =
  | {
      /** The plan's answer; `written` and `badgesIssued` count what was written of it. */
      outcome: RosterImportResponse;
      /** Every event of the plan was written (false: the roster changed, plan again). */
      complete: boolean;
    }
  /** The file is not a CSV roster at all (empty, not text, an old .xls): nothing was planned. */
  | { refused: RosterReadProblem };

/**
 * Events a chunk holds: one short transaction, so a push waits on it for milliseconds (it holds
 * the insert lock every push needs, and on PGlite the one connection; 1,000 made the pushes of
 * 20 kiosks p99 3.2 times slower, 100 still 2.1 times on PGlite, 50 1.8: docs/benchmarks.md).
 */
export const CHUNK_EVENTS = 50;

/** Roster events a read returns at most: as an export's (ExportLimits), a push waits less. */
const PAGE_ROWS = 500;

const randomBytes = (n: number) => new Uint8Array(crypto.randomBytes(n));

export async function rosterJob(params: RosterParams, ctx: JobContext): Promise<RosterPlan> {
  const { source } = params;
  const read =
    'file' in source ? readRosterCsv(source.file) : ({ ok: true, input: source.input } as const);
  if (!read.ok) return { refused: read.problem };
  const { learners, tokens } = await readRoster(
    pages(ctx, (db, after: number | null) => rosterPage(db, params.top, after ?? 0, PAGE_ROWS)),
  );
  const plan = planRosterImport(read.input, learners);
  const outcome: RosterImportResponse = {
    ok: plan.ok,
    counts: countPlan(plan, learners),
    problems: explainProblems(params.language, plan.problems),
    written: 0,
    badgesIssued: 0,
  };
  if (params.dryRun || !plan.ok) return { outcome, complete: true };
  const writes = new Set([...plan.added, ...plan.updated]);
  const badged = new Set([...tokens.values()].filter((t) => !t.revoked).map((t) => t.learnerId));
  const needBadge = params.issueBadges ? plan.learners.filter((l) => !badged.has(l.id)) : [];
  const actor = { kind: 'staff' as const, staffId: params.staffId };
  let seq = params.firstSeq;
  const envelope = () => ({
    id: uuidv7(params.now, randomBytes),
    kioskId: params.serverId,
    seq: seq++,
    at: params.now,
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
  const bad = checkBatch(params.serverId, events).find((c) => !c.ok);
  if (bad && !bad.ok)
    throw new Error(`server event ${bad.seq} is invalid: ${bad.problems.join('; ')}`);
  let written = 0;
  let badgesIssued = 0;
  for (let from = 0; from < events.length; from += CHUNK_EVENTS) {
    const chunk = events.slice(from, from + CHUNK_EVENTS);
    const rows = eventRowsJson(chunk.map((event) => ({ event, now: params.now })));
    // The request thread writes it if the plan still holds: the mark where this plan left it.
    if (!(await ctx.call<boolean>('write', rows, chunk.length, params.firstSeq - 1 + from))) {
      return { outcome: { ...outcome, written, badgesIssued }, complete: false };
    }
    written += chunk.length;
    badgesIssued += chunk.filter((e) => e.type === 'badge-issued').length;
  }
  return { outcome: { ...outcome, written, badgesIssued }, complete: true };
}
