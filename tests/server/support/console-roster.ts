// A server with the console's roster routes, signed in as an admin (or as reception with
// `x-test-role: reception`): the routes' own behaviour, apart from the console's sign-in.
import type { FastifyRequest } from 'fastify';
import { createServer } from '../../../server/app';
import { consoleRosterRoutes } from '../../../server/console/roster';
import { RosterView } from '../../../server/console/roster-view';
import { AdminJobs } from '../../../server/jobs/pool';
import { ApiError } from '../../../server/errors';
import type { Ctx } from '../harness';

export interface Audited {
  action: string;
  details?: Record<string, unknown>;
}

export async function consoleRosterApp(ctx: Ctx) {
  const audited: Audited[] = [];
  const app = await createServer({
    db: ctx.db,
    closeDatabase: false,
    rateLimit: false,
    now: () => ctx.clock.now,
    envAdminToken: 'test-admin-token-0123456789abcdef',
  });
  const jobs = new AdminJobs(2);
  app.addHook('onClose', async () => jobs.stop(true));
  await app.register(consoleRosterRoutes, {
    db: ctx.db,
    now: () => ctx.clock.now,
    guard: (role) => async (request: FastifyRequest) => {
      const given = request.headers['x-test-role'] === 'reception' ? 'reception' : 'admin';
      if (role === 'admin' && given !== 'admin') {
        throw new ApiError(403, 'forbidden', 'An admin account is needed');
      }
      request.caller = { kind: 'admin', id: 'acc-1' };
    },
    audit: async (_db, _request, action, details) => {
      audited.push({ action, details });
    },
    jobs,
    serverId: () => app.accueil.serverId(),
    view: new RosterView(ctx.db),
    rosterBodyLimit: 40 * 1024 * 1024,
  });
  await app.ready();
  return { app, audited };
}
