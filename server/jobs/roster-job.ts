// A roster import planned in the admin worker thread, exactly as the kiosk plans it (the kiosk's
// own code: shared/csv.ts, shared/roster-import.ts), against the roster the request thread reads
// page by page. For a real import it also makes the events (learner-upserted, badge-issued) and
// their rows, ready for one insert; the request thread writes them if nothing changed meanwhile.
import crypto from 'node:crypto';
import { generateToken } from '../../shared/badge';
import { parseCsv } from '../../shared/csv';
import { countPlan, planRosterImport, rosterInputFromCsv } from '../../shared/roster-import';
import type { RosterImportResponse } from '../../shared/sync-protocol';
import type { KioskEvent } from '../../shared/types';
import { uuidv7 } from '../../shared/uuid';
import { checkBatch, eventRowsJson } from '../store/rows';
import { pages, type JobContext } from './protocol';
import { readRoster } from './roster-fold';

export interface RosterParams {
  csv: string;
  dryRun: boolean;
  issueBadges: boolean;
  adminId: string;
  now: number;
  /** The server's origin, and the seq its first event gets (its mark + 1 when planned). */
  serverId: string;
  firstSeq: number;
}

export interface RosterPlan {
  outcome: RosterImportResponse;
  /** The events' rows (store/rows.ts), or null when nothing is to be written. */
  rows: string | null;
  count: number;
}

const randomBytes = (n: number) => new Uint8Array(crypto.randomBytes(n));

export async function rosterJob(params: RosterParams, ctx: JobContext): Promise<RosterPlan> {
  const input = rosterInputFromCsv(parseCsv(params.csv));
  const { learners, tokens } = await readRoster(pages(ctx, 'roster'));
  const plan = planRosterImport(input, learners);
  const outcome: RosterImportResponse = {
    ok: plan.ok,
    counts: countPlan(plan, learners),
    problems: plan.problems,
    written: 0,
    badgesIssued: 0,
  };
  if (params.dryRun || !plan.ok) return { outcome, rows: null, count: 0 };
  const writes = new Set([...plan.added, ...plan.updated]);
  const badged = new Set([...tokens.values()].filter((t) => !t.revoked).map((t) => t.learnerId));
  const needBadge = params.issueBadges ? plan.learners.filter((l) => !badged.has(l.id)) : [];
  const actor = { kind: 'staff' as const, staffId: `admin:${params.adminId}`.slice(0, 64) };
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
  return {
    outcome: { ...outcome, written: events.length, badgesIssued: needBadge.length },
    rows:
      events.length > 0 ? eventRowsJson(events.map((event) => ({ event, now: params.now }))) : null,
    count: events.length,
  };
}
