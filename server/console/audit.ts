// The console's audit view: what staff did on every kiosk (the events a member of staff made:
// manual check-ins and outs, voids, walk-ins, badges, roster, staff and settings changes) and
// what console users and admin scripts did (the console_audit table, guard.ts's audit()), as one
// list, newest first, filtered by person and by Brussels day, a page at a time. Admin only.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AuditEntry, AuditPage, AuditPerson } from '../../shared/console-reports';
import { dayBounds } from '../../shared/time';
import type { KioskEvent } from '../../shared/types';
import type { Database, Queryable } from '../db';
import { kioskNames } from '../store/kiosks';
import { errors } from '../schemas';
import type { RosterView } from './roster-view';
import type { guard as Guard } from './guard';

export interface ConsoleAuditOptions {
  db: Database;
  roster: RosterView;
  guard: typeof Guard;
}

const PREFIX = '/v1/console/audit';
export const AUDIT_PAGE = 50;

// The same expression as migration 5's partial index, so the planner can use it.
const BY_STAFF = `(body::jsonb #>> '{actor,kind}') = 'staff'`;
const STAFF_ID = `(body::jsonb #>> '{actor,staffId}')`;

/** A person in the list: a member of staff (kiosks), a console account, or an admin token. */
const PersonKey = Type.String({ pattern: '^(staff|console|admin):.{1,128}$' });

const AuditQuery = Type.Object({
  person: Type.Optional(PersonKey),
  day: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  /** The last row of the previous page: `<at>.<key>`. */
  before: Type.Optional(Type.String({ pattern: '^\\d{1,16}\\.[kc]:.{1,200}$' })),
});

const Entry = Type.Object({
  key: Type.String(),
  at: Type.Number(),
  source: Type.Union([Type.Literal('kiosk'), Type.Literal('console')]),
  person: Type.Object({ key: Type.String(), name: Type.String() }),
  action: Type.String(),
  kiosk: Type.Optional(Type.String()),
  details: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean()])),
});

const Person = Type.Object({ key: Type.String(), name: Type.String() });

export const consoleAudit: FastifyPluginAsyncTypebox<ConsoleAuditOptions> = async (
  app,
  options,
) => {
  const { db, guard, roster } = options;

  app.get(
    PREFIX,
    {
      onRequest: guard('admin'),
      schema: {
        hide: true,
        summary: "Staff actions from every kiosk and the console's own, newest first, paged",
        querystring: AuditQuery,
        response: {
          200: Type.Object({
            entries: Type.Array(Entry),
            next: Type.Union([Type.String(), Type.Null()]),
          }),
          ...errors(400, 401, 403, 429, 503),
        },
      },
    },
    async (request) => auditPage(db, roster, request.query, AUDIT_PAGE),
  );

  app.get(
    `${PREFIX}/people`,
    {
      onRequest: guard('admin'),
      schema: {
        hide: true,
        summary: 'Everyone the audit list can be filtered by',
        response: {
          200: Type.Object({ people: Type.Array(Person) }),
          ...errors(401, 403, 429, 503),
        },
      },
    },
    async () => ({ people: await people(db, roster) }),
  );
};

interface Row {
  at: number;
  key: string;
  source: 'kiosk' | 'console';
  actor_kind: string;
  actor_id: string;
  actor_name: string | null;
  action: string;
  kiosk_id: string | null;
  details: string;
}

export async function auditPage(
  db: Queryable,
  roster: RosterView,
  query: { person?: string; day?: string; before?: string },
  limit: number,
): Promise<AuditPage> {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const [kind, ...rest] = query.person?.split(':') ?? [];
  const personId = rest.join(':');
  const kioskWhere = [BY_STAFF];
  const consoleWhere: string[] = [];
  if (query.day) {
    const { start, end } = dayBounds(query.day);
    const [from, to] = [param(start), param(end)];
    kioskWhere.push(`at >= ${from}`, `at < ${to}`);
    consoleWhere.push(`at >= ${from}`, `at < ${to}`);
  }
  if (query.before) {
    const dot = query.before.indexOf('.');
    const at = param(Number(query.before.slice(0, dot)));
    const key = param(query.before.slice(dot + 1));
    kioskWhere.push(`(at, 'k:' || id COLLATE "C") < (${at}, ${key})`);
    consoleWhere.push(`(at, 'c:' || lpad(id::text, 20, '0') COLLATE "C") < (${at}, ${key})`);
  }
  if (kind === 'staff') kioskWhere.push(`${STAFF_ID} = ${param(personId)}`);
  // The server's own events (roster imports, edits, badges) made by an admin token or a console
  // account have the staff id `admin:<tokenId>` or `console:<accountId>`.
  if (kind === 'admin' || kind === 'console') {
    kioskWhere.push(`${STAFF_ID} = ${param(`${kind}:${personId}`)}`);
  }
  if (kind === 'console' || kind === 'admin') {
    consoleWhere.push(`actor_kind = ${param(kind)}`, `actor_id = ${param(personId)}`);
  }
  const n = param(limit + 1);
  const parts = [
    `(SELECT at, 'k:' || id COLLATE "C" AS key, 'kiosk' AS source, 'staff' AS actor_kind,
        ${STAFF_ID} AS actor_id, NULL AS actor_name, type AS action, kiosk_id, body AS details
      FROM events WHERE ${kioskWhere.join(' AND ')}
      ORDER BY at DESC, key DESC LIMIT ${n})`,
  ];
  if (kind !== 'staff') {
    parts.push(`(SELECT at, 'c:' || lpad(id::text, 20, '0') COLLATE "C" AS key, 'console' AS source,
        actor_kind, actor_id, actor_name, action, NULL AS kiosk_id, details
      FROM console_audit ${consoleWhere.length ? `WHERE ${consoleWhere.join(' AND ')}` : ''}
      ORDER BY at DESC, key DESC LIMIT ${n})`);
  }
  const { rows } = await db.query<Row>(
    `SELECT * FROM (${parts.join(' UNION ALL ')}) AS x ORDER BY at DESC, key DESC LIMIT ${n}`,
    params,
  );
  const page = rows.slice(0, limit).map((row) => ({ ...row, at: Number(row.at) }));
  const last = page.at(-1);
  const next = rows.length > limit && last ? `${last.at}.${last.key}` : null;
  const kiosks = await kioskNames(db);
  const events = page.map((row) =>
    row.source === 'kiosk' ? (JSON.parse(row.details) as KioskEvent) : null,
  );
  const { learners, staffNames } = (await roster.read()).roster;
  const accounts = await accountNames(db);
  const names = (id: string) => {
    const learner = learners.get(id);
    return learner ? `${learner.firstName} ${learner.lastName}`.trim() : '';
  };
  const entries = page.map((row, i): AuditEntry => {
    const event = events[i];
    if (!event) {
      return {
        key: row.key,
        at: row.at,
        source: 'console',
        person: { key: `${row.actor_kind}:${row.actor_id}`, name: row.actor_name ?? row.actor_id },
        action: row.action,
        details: flat(JSON.parse(row.details) as Record<string, unknown>),
      };
    }
    const kiosk = kiosks[row.kiosk_id ?? ''];
    return {
      key: row.key,
      at: row.at,
      source: 'kiosk',
      person: staffPerson(row.actor_id, staffNames, accounts),
      action: row.action,
      // None: the server's own events (a roster import by the admin API or the console).
      ...(kiosk === undefined ? {} : { kiosk }),
      details: eventDetails(event, names),
    };
  });
  return { entries, next };
}

/**
 * A staff id as the list names it: `admin:<tokenId>` is an admin token, `console:<accountId>` a
 * console account (the server's own events: roster imports, edits, badges).
 */
function staffPerson(
  staffId: string,
  staffNames: ReadonlyMap<string, string>,
  accounts: ReadonlyMap<string, string>,
): AuditPerson {
  if (staffId.startsWith('admin:')) return { key: staffId, name: staffId.slice('admin:'.length) };
  if (staffId.startsWith('console:')) {
    const id = staffId.slice('console:'.length);
    return { key: staffId, name: accounts.get(id) ?? id };
  }
  return { key: `staff:${staffId}`, name: staffNames.get(staffId) ?? staffId };
}

/**
 * What the list shows of an event: who it was about and why, never a secret (a staff member's
 * PIN hash, a badge's token).
 */
function eventDetails(event: KioskEvent, names: (id: string) => string): AuditEntry['details'] {
  const learner = (id: string) => ({ learnerId: id, learner: names(id) });
  switch (event.type) {
    case 'check-in':
    case 'check-out':
      return {
        ...learner(event.learnerId),
        method: event.method,
        ...(event.reason ? { reason: event.reason.code } : {}),
        ...(event.reason?.text ? { text: event.reason.text } : {}),
      };
    case 'void':
      return { ...learner(event.learnerId), reason: event.reason };
    case 'learner-upserted':
      return {
        learnerId: event.learner.id,
        learner: `${event.learner.firstName} ${event.learner.lastName}`.trim(),
        groups: event.learner.groups.join(', '),
      };
    case 'learner-archived':
    case 'badge-issued':
    case 'badge-revoked':
      return learner(event.learnerId);
    case 'staff-upserted':
      return { staff: event.staff.name, role: event.staff.role, active: event.staff.active };
    case 'settings-changed':
      return { kioskName: event.settings.kioskName, mode: event.settings.mode };
    case 'unknown-badge':
      return {};
  }
}

/** A console action's details as one level of text, numbers and booleans. */
function flat(details: Record<string, unknown>): AuditEntry['details'] {
  const out: AuditEntry['details'] = {};
  for (const [key, value] of Object.entries(details)) {
    out[key] =
      typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : JSON.stringify(value);
  }
  return out;
}

async function accountNames(db: Queryable): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM console_accounts',
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}

async function people(db: Queryable, roster: RosterView): Promise<AuditPerson[]> {
  const { rows } = await db.query<{ actor_kind: string; actor_id: string; actor_name: string }>(
    `SELECT DISTINCT ON (actor_kind, actor_id) actor_kind, actor_id, actor_name FROM console_audit
     ORDER BY actor_kind, actor_id, at DESC`,
  );
  const consolePeople = rows.map((row) => ({
    key: `${row.actor_kind}:${row.actor_id}`,
    name: row.actor_name,
  }));
  const { staffNames } = (await roster.read()).roster;
  const staff = [...staffNames].map(([id, name]) => ({ key: `staff:${id}`, name }));
  return [...staff, ...consolePeople].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
