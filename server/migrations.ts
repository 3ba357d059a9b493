// The schema, as an append-only list of migrations: the same SQL for PostgreSQL and PGlite. A
// migration, once released, is never edited: a change is a new entry.
import type { Database } from './db';

export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'sync',
    sql: `
      CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);

      -- Every origin of events: enrolled kiosks, and one row (role 'server') for the server's own
      -- admin API. "acked" is the high-water mark of the origin's gap-free sequence numbers.
      CREATE TABLE kiosks (
        id text PRIMARY KEY,
        role text NOT NULL DEFAULT 'kiosk' CHECK (role IN ('kiosk', 'server')),
        name text NOT NULL,
        reported_name text,
        token_hash text,
        created_at bigint NOT NULL,
        enrolled_at bigint,
        revoked_at bigint,
        last_seen_at bigint,
        acked bigint NOT NULL DEFAULT 0
      );

      -- One-time codes: SHA-256 of the normalised code, looked up by that hash.
      CREATE TABLE enrolments (
        id text PRIMARY KEY,
        name text NOT NULL,
        code_hash text NOT NULL UNIQUE,
        created_at bigint NOT NULL,
        expires_at bigint NOT NULL,
        used_at bigint,
        kiosk_id text,
        revoked_at bigint
      );

      -- server_seq orders everything for pull. Values are taken under an advisory lock, so they
      -- commit in order (see server/store/events.ts).
      CREATE TABLE events (
        server_seq bigserial PRIMARY KEY,
        id text NOT NULL UNIQUE,
        kiosk_id text NOT NULL,
        seq bigint NOT NULL,
        type text NOT NULL,
        at bigint NOT NULL,
        body text NOT NULL,
        received_at bigint NOT NULL,
        UNIQUE (kiosk_id, seq)
      );
      CREATE INDEX events_type_at ON events (type, at);

      -- Malformed events, kept as received for forensics; a repeated batch reports them again.
      CREATE TABLE rejected_events (
        kiosk_id text NOT NULL,
        seq bigint NOT NULL,
        event_id text,
        problems text NOT NULL,
        raw text NOT NULL,
        received_at bigint NOT NULL,
        PRIMARY KEY (kiosk_id, seq)
      );

      CREATE TABLE admin_tokens (
        id text PRIMARY KEY,
        token_hash text NOT NULL,
        label text NOT NULL,
        created_at bigint NOT NULL,
        revoked_at bigint
      );
    `,
  },
  {
    version: 2,
    name: 'streamed exports, bounded rejections',
    sql: `
      -- An export reads the range's attendance in pages, in the files' order (time, then id by
      -- code point, as the kiosk sorts), and the roster by server order: each page is an index
      -- range scan, however large the history.
      CREATE INDEX events_attendance_at_id ON events (at, (id COLLATE "C"))
        WHERE type IN ('check-in', 'check-out', 'void', 'unknown-badge');
      CREATE INDEX events_roster_seq ON events (server_seq)
        WHERE type IN ('learner-upserted', 'learner-archived', 'badge-issued', 'badge-revoked',
          'staff-upserted');
      -- Rejected events are kept up to a bound per kiosk, newest first; this counts the others.
      ALTER TABLE kiosks ADD COLUMN rejected_dropped bigint NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 3,
    name: 'console accounts, sessions, audit log',
    sql: `
      -- Passwords as scrypt hashes with their parameters (server/console/passwords.ts); names are
      -- found case-insensitively through name_key.
      CREATE TABLE console_accounts (
        id text PRIMARY KEY,
        name text NOT NULL,
        name_key text NOT NULL UNIQUE,
        role text NOT NULL CHECK (role IN ('admin', 'reception')),
        password_hash text NOT NULL,
        created_at bigint NOT NULL,
        password_changed_at bigint NOT NULL,
        disabled_at bigint
      );
      -- id is the SHA-256 of the cookie's secret.
      CREATE TABLE console_sessions (
        id text PRIMARY KEY,
        account_id text NOT NULL REFERENCES console_accounts (id),
        created_at bigint NOT NULL,
        last_seen_at bigint NOT NULL,
        ended_at bigint
      );
      CREATE INDEX console_sessions_account ON console_sessions (account_id) WHERE ended_at IS NULL;
      -- Failed sign-ins per account name, per address, and of the set-up code.
      CREATE TABLE console_failures (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        locked_until bigint,
        updated_at bigint NOT NULL
      );
      -- What console users (and admin tokens on console routes) did; details is JSON.
      CREATE TABLE console_audit (
        id bigserial PRIMARY KEY,
        at bigint NOT NULL,
        actor_kind text NOT NULL,
        actor_id text NOT NULL,
        actor_name text NOT NULL,
        action text NOT NULL,
        details text NOT NULL,
        address text
      );
      CREATE INDEX console_audit_at ON console_audit (at);
    `,
  },
  {
    version: 4,
    name: 'kiosk heartbeats',
    sql: `
      -- The latest heartbeat of each kiosk (shared/sync-protocol.ts KioskHeartbeat), replaced
      -- by the next one: the console's list of kiosks.
      CREATE TABLE kiosk_heartbeats (
        kiosk_id text PRIMARY KEY,
        received_at bigint NOT NULL,
        app_version text NOT NULL,
        last_seq bigint NOT NULL,
        clock_offset_ms bigint,
        crashes integer NOT NULL,
        last_crash_at bigint,
        last_error text
      );
    `,
  },
  {
    version: 5,
    name: 'staff actions for the console audit',
    sql: `
      -- The console's audit list reads the events a member of staff made, newest first, by day
      -- (server/console/audit.ts uses the same predicate, so the planner can match it).
      CREATE INDEX events_staff_actions ON events (at, (id COLLATE "C"))
        WHERE (body::jsonb #>> '{actor,kind}') = 'staff';
    `,
  },
];

/**
 * Applies the migrations not applied yet, in one transaction under an advisory lock, so two
 * servers starting at once on one PostgreSQL database do not both migrate. Running it again is a
 * no-op. Returns the versions it applied.
 */
export async function migrate(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    // The key includes the schema: isolated schemas in one database do not wait on each other.
    await tx.query(`SELECT pg_advisory_xact_lock(7041, hashtext(current_schema()))`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`,
    );
    const done = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(done.rows.map((row) => row.version));
    const now: number[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query(
        'INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [migration.version, migration.name, Date.now()],
      );
      now.push(migration.version);
    }
    return now;
  });
}
