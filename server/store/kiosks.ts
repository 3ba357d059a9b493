// Kiosks, enrolment codes and admin tokens: who may call the server. Secrets are stored hashed
// (server/auth.ts); a token's row is found by its id, then its secret compared in constant time.
import {
  KIOSK_ID_PATTERN,
  hashSecret,
  newEnrolmentCode,
  newId,
  newSecret,
  secretMatches,
  splitToken,
} from '../auth';
import type { Database, Queryable } from '../db';
import { normaliseCode } from '../../shared/enrolment';
import { ApiError, unauthorized } from '../errors';
import type { CreateKioskResponse, EnrolRequest, KioskSummary } from '../../shared/sync-protocol';

export const ENROLMENT_TTL_MS = 24 * 3_600_000;

/**
 * Kiosk id → the name an admin gave it, for every kiosk ever enrolled (revoked ones too: their
 * events stay): the exports' "Poste" column, here and on the kiosks (sent with pull).
 */
export async function kioskNames(db: Queryable): Promise<Record<string, string>> {
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT id, name FROM kiosks WHERE role = 'kiosk' ORDER BY id`,
  );
  const names: Record<string, string> = {};
  for (const row of rows) names[row.id] = row.name;
  return names;
}

/** The id under which the server writes its own events (roster imports). Made once, kept. */
export async function ensureServerOrigin(db: Queryable, now: number): Promise<string> {
  const id = `server-${newSecret().slice(0, 12)}`;
  await db.query(
    `INSERT INTO meta (key, value) VALUES ('server_kiosk_id', $1) ON CONFLICT DO NOTHING`,
    [id],
  );
  const { rows } = await db.query<{ value: string }>(
    `SELECT value FROM meta WHERE key = 'server_kiosk_id'`,
  );
  const serverId = rows[0]!.value;
  await db.query(
    `INSERT INTO kiosks (id, role, name, created_at, enrolled_at) VALUES ($1, 'server', 'Server', $2, $2)
     ON CONFLICT (id) DO NOTHING`,
    [serverId, now],
  );
  return serverId;
}

export async function createEnrolment(
  db: Queryable,
  name: string,
  now: number,
  ttlMs = ENROLMENT_TTL_MS,
): Promise<CreateKioskResponse> {
  const code = newEnrolmentCode();
  const enrolmentId = newId('enr');
  const expiresAt = now + ttlMs;
  await db.query(
    `INSERT INTO enrolments (id, name, code_hash, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
    [enrolmentId, name, hashSecret(normaliseCode(code)!), now, expiresAt],
  );
  return { enrolmentId, name, code, expiresAt };
}

interface EnrolmentRow {
  id: string;
  name: string;
  expires_at: number;
  used_at: number | null;
  revoked_at: number | null;
}

/**
 * Trades a one-time code for a device token. A kioskId that was revoked may enrol again (a new
 * code): its row, and so its high-water mark, is kept. An active kioskId may not be taken over.
 */
export async function enrol(
  db: Database,
  request: EnrolRequest,
  now: number,
): Promise<{ token: string; name: string }> {
  const code = normaliseCode(request.code);
  if (code === null) throw new ApiError(401, 'invalid-code', 'This is not an enrolment code');
  const secret = newSecret();
  return db.transaction(async (tx) => {
    // The code is random with 100 bits: finding its row by hash leaks nothing worth timing.
    const found = await tx.query<EnrolmentRow>(
      `SELECT id, name, expires_at, used_at, revoked_at FROM enrolments WHERE code_hash = $1 FOR UPDATE`,
      [hashSecret(code)],
    );
    const row = found.rows[0];
    if (!row || row.revoked_at !== null) {
      throw new ApiError(401, 'invalid-code', 'Unknown or withdrawn enrolment code');
    }
    if (row.used_at !== null) throw new ApiError(401, 'code-used', 'This code was already used');
    if (row.expires_at <= now) throw new ApiError(401, 'code-expired', 'This code has expired');
    const upsert = await tx.query(
      `INSERT INTO kiosks (id, role, name, reported_name, token_hash, created_at, enrolled_at)
       VALUES ($1, 'kiosk', $2, $3, $4, $5, $5)
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, reported_name = EXCLUDED.reported_name,
         token_hash = EXCLUDED.token_hash, enrolled_at = EXCLUDED.enrolled_at, revoked_at = NULL
       WHERE kiosks.role = 'kiosk' AND kiosks.revoked_at IS NOT NULL`,
      [request.kioskId, row.name, request.kioskName, hashSecret(secret), now],
    );
    if (upsert.rowCount === 0) {
      // Throwing rolls back: the code stays usable for the right kiosk.
      throw new ApiError(
        409,
        'kiosk-id-taken',
        'An active kiosk already has this id: revoke it first',
      );
    }
    await tx.query(`UPDATE enrolments SET used_at = $2, kiosk_id = $3 WHERE id = $1`, [
      row.id,
      now,
      request.kioskId,
    ]);
    return { token: `${request.kioskId}.${secret}`, name: row.name };
  });
}

/** The kiosk a device token belongs to; 401 when it is unknown, wrong or revoked. */
export async function authenticateKiosk(db: Queryable, token: string | null): Promise<string> {
  const parts = token ? splitToken(token) : null;
  if (!parts || !KIOSK_ID_PATTERN.test(parts.id)) throw unauthorized();
  const { rows } = await db.query<{ token_hash: string | null; revoked_at: number | null }>(
    `SELECT token_hash, revoked_at FROM kiosks WHERE id = $1 AND role = 'kiosk'`,
    [parts.id],
  );
  const row = rows[0];
  // Compared even for an unknown id, so that timing does not tell ids apart.
  const matches = secretMatches(parts.secret, row?.token_hash);
  if (!row || !matches) throw unauthorized();
  if (row.revoked_at !== null) throw new ApiError(401, 'revoked', 'This kiosk was revoked');
  return parts.id;
}

/** Records that a kiosk was seen (push does it in its group transaction instead). */
export async function touchKiosk(db: Queryable, kioskId: string, now: number): Promise<void> {
  await db.query(`UPDATE kiosks SET last_seen_at = $2 WHERE id = $1`, [kioskId, now]);
}

/** A new admin token, printed once: only its hash is stored. */
export async function createAdminToken(db: Queryable, label: string, now: number): Promise<string> {
  const id = newId('adm');
  const secret = newSecret();
  await db.query(
    `INSERT INTO admin_tokens (id, token_hash, label, created_at) VALUES ($1, $2, $3, $4)`,
    [id, hashSecret(secret), label, now],
  );
  return `${id}.${secret}`;
}

/** ACCUEIL_ADMIN_TOKEN: kept as the hash of the whole value under the id 'env'. */
export async function setEnvAdminToken(
  db: Queryable,
  token: string | null,
  now: number,
): Promise<void> {
  if (token === null) {
    await db.query(
      `UPDATE admin_tokens SET revoked_at = $1 WHERE id = 'env' AND revoked_at IS NULL`,
      [now],
    );
    return;
  }
  await db.query(
    `INSERT INTO admin_tokens (id, token_hash, label, created_at) VALUES ('env', $1, 'ACCUEIL_ADMIN_TOKEN', $2)
     ON CONFLICT (id) DO UPDATE SET token_hash = EXCLUDED.token_hash, revoked_at = NULL`,
    [hashSecret(token), now],
  );
}

/** The admin token's id; 401 when unknown, 403 when it is a valid kiosk token instead. */
export async function authenticateAdmin(db: Queryable, token: string | null): Promise<string> {
  if (!token) throw unauthorized();
  const parts = splitToken(token);
  const { rows } = await db.query<{ id: string; token_hash: string; revoked_at: number | null }>(
    `SELECT id, token_hash, revoked_at FROM admin_tokens WHERE id = $1 OR id = 'env'`,
    [parts?.id ?? 'env'],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  const own = parts ? byId.get(parts.id) : undefined;
  if (parts && own && own.revoked_at === null && secretMatches(parts.secret, own.token_hash))
    return own.id;
  const env = byId.get('env');
  if (env && env.revoked_at === null && secretMatches(token, env.token_hash)) return 'env';
  if (parts) {
    const kiosk = await db.query<{ token_hash: string | null }>(
      `SELECT token_hash FROM kiosks WHERE id = $1 AND role = 'kiosk' AND revoked_at IS NULL`,
      [parts.id],
    );
    if (secretMatches(parts.secret, kiosk.rows[0]?.token_hash)) {
      throw new ApiError(403, 'forbidden', 'A kiosk token cannot use the admin API');
    }
  }
  throw unauthorized();
}

interface KioskRow {
  id: string;
  name: string;
  created_at: number;
  enrolled_at: number | null;
  revoked_at: number | null;
  last_seen_at: number | null;
  acked: number;
  rejected_dropped: number;
}

/** Enrolled kiosks, then codes waiting to be used (expired and withdrawn ones are left out). */
export async function listKiosks(db: Queryable, now: number): Promise<KioskSummary[]> {
  const kiosks = await db.query<KioskRow>(
    `SELECT id, name, created_at, enrolled_at, revoked_at, last_seen_at, acked, rejected_dropped
     FROM kiosks WHERE role = 'kiosk' ORDER BY created_at, id`,
  );
  const waiting = await db.query<{ id: string; name: string; created_at: number }>(
    `SELECT id, name, created_at FROM enrolments
     WHERE used_at IS NULL AND revoked_at IS NULL AND expires_at > $1 ORDER BY created_at, id`,
    [now],
  );
  return [
    ...kiosks.rows.map((row): KioskSummary => ({
      id: row.id,
      name: row.name,
      state: row.revoked_at === null ? 'active' : 'revoked',
      createdAt: row.created_at,
      enrolledAt: row.enrolled_at,
      revokedAt: row.revoked_at,
      lastSeenAt: row.last_seen_at,
      acked: row.acked,
      rejectedDropped: row.rejected_dropped,
    })),
    ...waiting.rows.map((row): KioskSummary => ({
      id: row.id,
      name: row.name,
      state: 'awaiting-enrolment',
      createdAt: row.created_at,
      enrolledAt: null,
      revokedAt: null,
      lastSeenAt: null,
      acked: 0,
      rejectedDropped: 0,
    })),
  ];
}

/** Revokes a kiosk (by its id) or withdraws an unused code (by its enrolment id). Idempotent. */
export async function revoke(db: Queryable, id: string, now: number): Promise<'kiosk' | 'code'> {
  const kiosk = await db.query(
    `UPDATE kiosks SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 AND role = 'kiosk'`,
    [id, now],
  );
  if (kiosk.rowCount > 0) return 'kiosk';
  const code = await db.query(
    `UPDATE enrolments SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 AND used_at IS NULL`,
    [id, now],
  );
  if (code.rowCount > 0) return 'code';
  throw new ApiError(404, 'not-found', `No kiosk or unused code with id ${id}`);
}
