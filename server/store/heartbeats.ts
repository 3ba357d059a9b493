// The latest heartbeat of each kiosk (sent with its pushes), for the console's list of kiosks.
import type { Queryable } from '../db';
import type { KioskHeartbeat } from '../../shared/sync-protocol';

/** Replaces the kiosk's heartbeat with this one. */
export async function storeHeartbeat(
  db: Queryable,
  kioskId: string,
  heartbeat: KioskHeartbeat,
  now: number,
): Promise<void> {
  await db.query(
    `INSERT INTO kiosk_heartbeats (kiosk_id, received_at, app_version, last_seq, clock_offset_ms,
       crashes, last_crash_at, last_error)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (kiosk_id) DO UPDATE SET received_at = EXCLUDED.received_at,
       app_version = EXCLUDED.app_version, last_seq = EXCLUDED.last_seq,
       clock_offset_ms = EXCLUDED.clock_offset_ms, crashes = EXCLUDED.crashes,
       last_crash_at = EXCLUDED.last_crash_at, last_error = EXCLUDED.last_error`,
    [
      kioskId,
      now,
      heartbeat.appVersion,
      heartbeat.lastSeq,
      heartbeat.clockOffsetMs,
      heartbeat.crashes,
      heartbeat.lastCrashAt,
      heartbeat.lastError === null ? null : JSON.stringify(heartbeat.lastError),
    ],
  );
}

export interface StoredHeartbeat extends KioskHeartbeat {
  receivedAt: number;
}

interface HeartbeatRow {
  kiosk_id: string;
  received_at: number;
  app_version: string;
  last_seq: number;
  clock_offset_ms: number | null;
  crashes: number;
  last_crash_at: number | null;
  last_error: string | null;
}

/** Kiosk id → its latest heartbeat, for every kiosk that sent one. */
export async function latestHeartbeats(db: Queryable): Promise<Map<string, StoredHeartbeat>> {
  const { rows } = await db.query<HeartbeatRow>(
    `SELECT kiosk_id, received_at, app_version, last_seq, clock_offset_ms, crashes, last_crash_at,
       last_error FROM kiosk_heartbeats`,
  );
  return new Map(
    rows.map((row) => [
      row.kiosk_id,
      {
        receivedAt: row.received_at,
        appVersion: row.app_version,
        lastSeq: row.last_seq,
        clockOffsetMs: row.clock_offset_ms,
        crashes: row.crashes,
        lastCrashAt: row.last_crash_at,
        lastError:
          row.last_error === null
            ? null
            : (JSON.parse(row.last_error) as KioskHeartbeat['lastError']),
      },
    ]),
  );
}
