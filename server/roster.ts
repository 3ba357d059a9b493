// Roster import on the server: the kiosk's own pure code (shared/csv.ts, shared/roster-import.ts).
// The server writes learner-upserted and badge-issued events under its own origin, which kiosks
// pull like any other. The roster as the events say is also what the export (export.ts) reads.
import crypto from 'node:crypto';
import { generateToken } from '../shared/badge';
import { parseCsv } from '../shared/csv';
import type { RosterImportResponse } from '../shared/sync-protocol';
import {
  countPlan,
  planRosterImport,
  rosterInputFromCsv,
  type RosterInput,
} from '../shared/roster-import';
import type { KioskEvent, Learner } from '../shared/types';
import { uuidv7 } from '../shared/uuid';
import type { Database, Queryable } from './db';
import { appendServerEvents, eventsOfTypes } from './store/events';

const randomBytes = (n: number) => new Uint8Array(crypto.randomBytes(n));

/** The roster as the events say, last writer by (at, id) winning, as on a kiosk. */
export async function currentRoster(db: Queryable) {
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
 * without an active badge gets one. The plan that is written is made again inside the writing
 * transaction, under the server's row lock: an import that ran meanwhile is seen, so two at once
 * never issue two badges to one learner.
 */
export async function importRoster(
  db: Database,
  serverId: string,
  csv: string,
  options: { dryRun: boolean; issueBadges: boolean; adminId: string; now: number },
): Promise<ImportOutcome> {
  const input = rosterInputFromCsv(parseCsv(csv));
  if (options.dryRun) return planned(input, (await currentRoster(db)).learners).outcome;
  const { result } = await appendServerEvents(db, serverId, options.now, async (firstSeq, tx) => {
    const roster = await currentRoster(tx);
    const { plan, outcome } = planned(input, roster.learners);
    if (!plan.ok) return { events: [], result: outcome };
    const { tokens } = roster;
    const writes = new Set([...plan.added, ...plan.updated]);
    const badged = new Set([...tokens.values()].filter((t) => !t.revoked).map((t) => t.learnerId));
    const needBadge = options.issueBadges ? plan.learners.filter((l) => !badged.has(l.id)) : [];
    const actor = { kind: 'staff' as const, staffId: `admin:${options.adminId}`.slice(0, 64) };
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
    return {
      events,
      result: { ...outcome, written: events.length, badgesIssued: needBadge.length },
    };
  });
  return result;
}

/** The import's plan against a roster, and what it would do. */
function planned(input: RosterInput, learners: ReadonlyMap<string, Learner>) {
  const plan = planRosterImport(input, learners);
  const outcome: ImportOutcome = {
    ok: plan.ok,
    counts: countPlan(plan, learners),
    problems: plan.problems,
    written: 0,
    badgesIssued: 0,
  };
  return { plan, outcome };
}
