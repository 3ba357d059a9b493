// The kiosk's heartbeat: how it is doing, sent with each sync's first push for the centre's
// console (the list of kiosks). Pure: the engine gives it what it read.
import type { CrashReport } from '../../shared/bridge';
import {
  HEARTBEAT_DETAIL_MAX,
  HEARTBEAT_VERSION_MAX,
  type KioskHeartbeat,
} from '../../shared/sync-protocol';
import type { SyncStatus } from '../db/settings';

export function heartbeatOf(
  about: { appVersion: string; crashes: CrashReport },
  /** The status as the previous attempt left it. */
  status: SyncStatus,
  kiosk: { nextSeq: number } | undefined,
): KioskHeartbeat {
  return {
    // A version or detail past the server's bounds would cost the push a 400: cut instead.
    appVersion: about.appVersion.slice(0, HEARTBEAT_VERSION_MAX) || '?',
    lastSeq: Math.max(0, (kiosk?.nextSeq ?? 1) - 1),
    // skewMs is server minus kiosk; the console shows how far the kiosk's clock is off.
    clockOffsetMs: status.skewMs === null ? null : -Math.round(status.skewMs),
    crashes: about.crashes.count,
    lastCrashAt: about.crashes.lastAt,
    lastError:
      status.problem === null
        ? null
        : {
            problem: status.problem,
            detail: (status.detail ?? '').slice(0, HEARTBEAT_DETAIL_MAX),
            at: status.lastAttemptAt,
          },
  };
}
