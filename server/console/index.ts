// The centre's console, registered once by server/app.ts: the page under /console, the console's
// own routes (sign-in, session, accounts) and every feature's routes under /v1/console. Each
// feature is a Fastify plugin of server/console/<feature>.ts, registered below with one line.
import type { FastifyPluginAsync } from 'fastify';
import type { Database } from '../db';
import type { ExportLimits } from '../export';
import type { AdminJobs } from '../jobs/pool';
import { CONSOLE_API } from '../../shared/console';
import { consoleAuthRoutes } from './auth';
import { guard, type ConsoleSettings } from './guard';
import { consoleKiosks, type KioskOptions } from './kiosks';
import { consolePage } from './page';
import { liveRoutes } from './live';
import { consoleRosterRoutes } from './roster';
import { RosterView } from './roster-view';
import { consoleAudit } from './audit';
import { consoleReports } from './reports';

/** What every feature plugin is given (each takes the part it needs). */
export interface ConsoleFeatureOptions {
  db: Database;
  now: () => number;
  guard: typeof guard;
  jobs: AdminJobs;
  exportLimits: ExportLimits;
  serverId: () => string;
  rosterBodyLimit: number;
  /** The server's roster, kept up to date by server_seq (roster-view.ts): one for every feature. */
  roster: RosterView;
  /** The Kiosks screen: when a kiosk counts as silent, the address its QR code gives kiosks. */
  kiosks: KioskOptions;
}

export interface ConsoleOptions extends Omit<ConsoleFeatureOptions, 'roster'> {
  settings: ConsoleSettings;
  /** The built page: dist/console. */
  pageDir: string;
}

export const consoleRoutes: FastifyPluginAsync<ConsoleOptions> = async (app, options) => {
  const { settings, pageDir, ...shared } = options;
  const feature: ConsoleFeatureOptions = { ...shared, roster: new RosterView(shared.db) };
  await app.register(consolePage, { dir: pageDir });

  // Console answers are about one person: never kept by a cache on the way.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith(`${CONSOLE_API}/`)) reply.header('cache-control', 'no-store');
  });

  await app.register(consoleAuthRoutes, { ...feature, settings });

  // Feature routes: every one needs at least a reception session (a route adds guard('admin')
  // where reception may not go), so none can be left open by mistake.
  await app.register(async (features) => {
    features.addHook('onRequest', guard('reception'));
    // One line per feature, e.g.: await features.register(kioskRoutes, feature);
    await features.register(liveRoutes, feature);
    await features.register(consoleKiosks, feature);
    await features.register(consoleRosterRoutes, feature);
    await features.register(consoleReports, feature);
    await features.register(consoleAudit, feature);
  });
};
