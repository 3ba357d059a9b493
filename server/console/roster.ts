// The console's roster and badges (/v1/console/roster, admin role): the learners with their
// badges from the roster view, a roster import planned and written by the server's import (the
// browser sends the rows it read with the kiosk's reader), edits, archives and badges written as
// the events a kiosk writes, under the server's origin, so kiosks pull them.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Database } from '../db';
import { ApiError } from '../errors';
import type { AdminJobs } from '../jobs/pool';
import type { Roster } from '../jobs/roster-fold';
import { languageFromHeader } from '../language';
import { importRoster } from '../roster';
import { rosterPage } from '../store/events';
import { errors, RosterImportResponse } from '../schemas';
import { planBadgeAction, type BadgeSummary } from '../../shared/badge-actions';
import { generateToken } from '../../shared/badge';
import {
  CONSOLE_ROSTER_PATH as PATH,
  type ConsoleLearner,
  type ConsoleRosterResponse,
} from '../../shared/console-roster';
import { checkDraft } from '../../shared/learner-draft';
import type { Actor, Learner } from '../../shared/types';
import { changeRoster, randomBytes, type ChangeBody } from './roster-write';
import type { guard } from './guard';
import { audit } from './guard';
import type { RosterView } from './roster-view';

export interface ConsoleRosterOptions {
  db: Database;
  now: () => number;
  guard: typeof guard;
  jobs: AdminJobs;
  serverId: () => string;
  roster: RosterView;
  /** Largest import body in bytes (the rows as JSON). */
  rosterBodyLimit: number;
}

const Str = Type.String({ maxLength: 10_000 });
const LearnerBody = Type.Object({
  id: Type.String(),
  firstName: Type.String(),
  lastName: Type.String(),
  groups: Type.Array(Type.String()),
  language: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('active'), Type.Literal('archived')]),
});
const ConsoleLearnerBody = Type.Object({
  ...LearnerBody.properties,
  active: Type.Array(Type.String()),
  revoked: Type.Array(Type.String()),
});
const LearnerParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });
const Line = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
const ImportBody = Type.Object(
  {
    input: Type.Object({
      header: Type.Array(Str),
      records: Type.Array(Type.Object({ line: Line, cells: Type.Array(Str) })),
      parseProblems: Type.Optional(
        Type.Array(
          Type.Object({
            line: Line,
            message: Type.Union([Type.Literal('unterminated-quote'), Type.Literal('stray-quote')]),
          }),
        ),
      ),
      headerLine: Type.Optional(Line),
    }),
    dryRun: Type.Boolean(),
    rosterSeq: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);
const EditBody = Type.Object(
  {
    firstName: Type.String({ maxLength: 1000 }),
    lastName: Type.String({ maxLength: 1000 }),
    groups: Type.String({ maxLength: 20_000 }),
    language: Type.Union(['', 'fr', 'nl', 'de', 'en'].map((l) => Type.Literal(l))),
  },
  { additionalProperties: false },
);

/** Every learner's badges, in one walk over the tokens. */
function badgesOf(roster: Readonly<Roster>): Map<string, BadgeSummary> {
  const badges = new Map<string, BadgeSummary>();
  for (const [token, badge] of roster.tokens) {
    let summary = badges.get(badge.learnerId);
    if (!summary) badges.set(badge.learnerId, (summary = { active: [], revoked: [] }));
    (badge.revoked ? summary.revoked : summary.active).push(token);
  }
  return badges;
}

const NO_BADGES: BadgeSummary = { active: [], revoked: [] };

/** A learner as the console lists them: the roster's row and their badges. */
function listed(learner: Learner, badges: ReadonlyMap<string, BadgeSummary>): ConsoleLearner {
  return { ...learner, ...(badges.get(learner.id) ?? NO_BADGES) };
}

function known(roster: Readonly<Roster>, id: string): Learner {
  const learner = roster.learners.get(id);
  if (!learner) throw new ApiError(404, 'not-found', `No learner ${id} on the server`);
  return learner;
}

/** A token never given before, revoked ones included. */
function freshToken(roster: Readonly<Roster>, taken: Set<string>): string {
  let token = generateToken(randomBytes);
  while (roster.tokens.has(token) || taken.has(token)) token = generateToken(randomBytes);
  taken.add(token);
  return token;
}

export const consoleRosterRoutes: FastifyPluginAsyncTypebox<ConsoleRosterOptions> = async (
  app,
  options,
) => {
  const { db, now, roster: view } = options;
  app.addHook('onRequest', options.guard('admin'));
  // Hidden from /openapi.json, as every console route: the page's own API, not the scripts'.
  // The events' actor: the console account (or admin token) that made the change.
  const staffId = (request: FastifyRequest) => {
    const caller = request.caller!;
    return `${caller.kind}:${caller.id}`.slice(0, 64);
  };
  const context = (request: FastifyRequest): { actor: Actor; now: number } => ({
    actor: { kind: 'staff', staffId: staffId(request) },
    now: now(),
  });
  const write = <T>(request: FastifyRequest, decide: Parameters<typeof changeRoster<T>>[4]) =>
    changeRoster(db, view, options.serverId(), context(request), decide);

  app.get(
    `${PATH}/learners`,
    { schema: { hide: true, summary: 'Every learner, with their badges' } },
    async (): Promise<ConsoleRosterResponse> => {
      const { roster, seq } = await view.read();
      const badges = badgesOf(roster);
      const learners = [...roster.learners.values()]
        // A learner known only from a badge (no name yet) is not listed, as on the kiosk.
        .filter((l) => l.firstName !== '' || l.lastName !== '')
        .map((learner) => listed(learner, badges));
      return { learners, rosterSeq: seq };
    },
  );

  app.post(
    `${PATH}/import`,
    {
      bodyLimit: options.rosterBodyLimit,
      schema: {
        hide: true,
        summary: 'Import rows read from a CSV or XLSX file: a dry run (preview) or the import',
        body: ImportBody,
        response: {
          200: Type.Object({ ...RosterImportResponse.properties, rosterSeq: Type.Integer() }),
          422: Type.Object({ ...RosterImportResponse.properties, rosterSeq: Type.Integer() }),
          ...errors(400, 401, 403, 409, 413, 429, 503),
        },
      },
    },
    async (request, reply) => {
      const { input, dryRun, rosterSeq } = request.body;
      const { seq } = await view.read();
      if (!dryRun) {
        if (rosterSeq === undefined) {
          throw new ApiError(
            400,
            'invalid-request',
            'An import sends the rosterSeq of its preview',
          );
        }
        // What the admin saw is what is written: a roster that moved since is previewed again.
        const newer = await rosterPage(db, Number.MAX_SAFE_INTEGER, rosterSeq, 1);
        if (newer.bodies.length > 0) {
          throw new ApiError(409, 'roster-changed', 'The roster changed since the preview');
        }
      }
      const outcome = await importRoster(
        db,
        options.jobs,
        options.serverId(),
        { input },
        {
          language: languageFromHeader(request.headers['accept-language']),
          dryRun,
          issueBadges: false,
          staffId: staffId(request),
          now: now(),
        },
      );
      if (!dryRun && outcome.ok) {
        await audit(db, request, 'roster.import', {
          counts: outcome.counts,
          written: outcome.written,
        });
      }
      return reply.code(outcome.ok ? 200 : 422).send({ ...outcome, rosterSeq: seq });
    },
  );

  app.post(
    `${PATH}/learners/:id`,
    {
      schema: {
        hide: true,
        summary: "Edit a learner's name, groups and language",
        params: LearnerParams,
        body: EditBody,
        response: { 200: ConsoleLearnerBody, ...errors(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const saved = await write(request, (roster) => {
        const learner = known(roster, id);
        const checked = checkDraft({ ...request.body, id }, learner.status);
        if (!checked.learner) {
          const fields = checked.problems.map((p) => `${p.field}: ${p.code}`).join(', ');
          throw new ApiError(400, 'invalid-learner', `The learner cannot be saved (${fields})`);
        }
        const next = checked.learner;
        const same = JSON.stringify(next) === JSON.stringify(learner);
        const bodies: ChangeBody[] = same ? [] : [{ type: 'learner-upserted', learner: next }];
        return { bodies, result: listed(next, badgesOf(roster)), learnerId: id };
      });
      await audit(db, request, 'roster.edit', { learnerId: id });
      return saved;
    },
  );

  app.post(
    `${PATH}/learners/:id/archive`,
    {
      schema: {
        hide: true,
        summary: 'Archive a learner: their badges are refused at the kiosks, their history kept',
        params: LearnerParams,
        response: { 200: ConsoleLearnerBody, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const archived = await write(request, (roster) => {
        const learner = known(roster, id);
        const bodies: ChangeBody[] =
          learner.status === 'archived' ? [] : [{ type: 'learner-archived', learnerId: id }];
        return {
          bodies,
          result: listed({ ...learner, status: 'archived' }, badgesOf(roster)),
          learnerId: id,
        };
      });
      await audit(db, request, 'roster.archive', { learnerId: id });
      return archived;
    },
  );

  app.post(
    `${PATH}/learners/:id/reactivate`,
    {
      schema: {
        hide: true,
        summary: 'Bring an archived learner back (an upsert with status active, as on the kiosk)',
        params: LearnerParams,
        response: { 200: ConsoleLearnerBody, ...errors(401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const active = await write(request, (roster) => {
        const learner: Learner = { ...known(roster, id), status: 'active' };
        const archived = roster.learners.get(id)!.status === 'archived';
        const bodies: ChangeBody[] = archived ? [{ type: 'learner-upserted', learner }] : [];
        return { bodies, result: listed(learner, badgesOf(roster)), learnerId: id };
      });
      await audit(db, request, 'roster.reactivate', { learnerId: id });
      return active;
    },
  );

  app.post(
    `${PATH}/learners/:id/badge`,
    {
      schema: {
        hide: true,
        summary: 'Issue, reissue (revoke and issue) or revoke a learner’s badge',
        params: LearnerParams,
        body: Type.Object(
          {
            action: Type.Union([
              Type.Literal('issue'),
              Type.Literal('reissue'),
              Type.Literal('revoke'),
            ]),
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            learner: ConsoleLearnerBody,
            issued: Type.Union([Type.String(), Type.Null()]),
            revoked: Type.Array(Type.String()),
          }),
          ...errors(401, 403, 404, 409),
        },
      },
    },
    async (request) => {
      const { id } = request.params;
      const { action } = request.body;
      const changed = await write(request, (roster) => {
        const learner = known(roster, id);
        const before = listed(learner, badgesOf(roster));
        const { active } = before;
        const plan = planBadgeAction(action, learner, active);
        if (!plan.ok)
          throw new ApiError(409, plan.problem, `Badge ${action} refused: ${plan.problem}`);
        const issued = plan.issue ? freshToken(roster, new Set()) : null;
        const bodies: ChangeBody[] = plan.revoke.map((token) => ({
          type: 'badge-revoked',
          learnerId: id,
          token,
        }));
        if (issued) bodies.push({ type: 'badge-issued', learnerId: id, token: issued });
        const now = {
          ...before,
          active: issued ? [issued] : active.filter((t) => !plan.revoke.includes(t)),
          revoked: [...plan.revoke, ...before.revoked],
        };
        return {
          bodies,
          result: {
            learner: now,
            issued,
            revoked: plan.revoke,
          },
        };
      });
      await audit(db, request, `badge.${action}`, {
        learnerId: id,
        revoked: changed.revoked.length,
      });
      return changed;
    },
  );

  app.post(
    `${PATH}/badges`,
    {
      schema: {
        hide: true,
        summary: 'A badge for each of these learners who is active and has none',
        body: Type.Object(
          { learnerIds: Type.Array(Type.String({ maxLength: 100 }), { maxItems: 100_000 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            issued: Type.Array(Type.Object({ learnerId: Type.String(), token: Type.String() })),
          }),
          ...errors(400, 401, 403, 409),
        },
      },
    },
    async (request) => {
      const result = await write(request, (roster) => {
        const badges = badgesOf(roster);
        const taken = new Set<string>();
        const issued: { learnerId: string; token: string }[] = [];
        for (const id of new Set(request.body.learnerIds)) {
          const learner = roster.learners.get(id);
          const active = badges.get(id)?.active ?? [];
          if (!planBadgeAction('issue', learner, active).ok) continue;
          issued.push({ learnerId: id, token: freshToken(roster, taken) });
        }
        const bodies: ChangeBody[] = issued.map((i) => ({ type: 'badge-issued', ...i }));
        return { bodies, result: { issued } };
      });
      await audit(db, request, 'badge.bulk-issue', { issued: result.issued.length });
      return result;
    },
  );
};
