// The console's Kiosks screen and its routes (/v1/console/kiosks): each kiosk with its latest
// heartbeat, and whether it has been heard from lately. Pure, for the server and the page.
import type { CreateKioskResponse, KioskHeartbeat, KioskSummary } from './sync-protocol';

/** A kiosk not heard from for this long is flagged silent (server option `kioskSilentAfterMs`). */
export const DEFAULT_SILENT_AFTER_MS = 10 * 60_000;

/**
 * online: heard from within the silence limit; silent: enrolled but not heard from since (or
 * never, once enrolled that long ago); waiting: a code not used yet; revoked.
 */
export type KioskPresence = 'online' | 'silent' | 'waiting' | 'revoked';

export function kioskPresence(
  kiosk: Pick<KioskSummary, 'state' | 'lastSeenAt' | 'enrolledAt'>,
  now: number,
  silentAfterMs: number,
): KioskPresence {
  if (kiosk.state === 'awaiting-enrolment') return 'waiting';
  if (kiosk.state === 'revoked') return 'revoked';
  const heard = kiosk.lastSeenAt ?? kiosk.enrolledAt;
  return heard !== null && now - heard <= silentAfterMs ? 'online' : 'silent';
}

export interface ConsoleHeartbeat extends KioskHeartbeat {
  receivedAt: number;
}

export interface ConsoleKiosk extends KioskSummary {
  presence: KioskPresence;
  /** Events waiting in its outbox: its last sequence (heartbeat) past the server's mark. */
  outbox: number | null;
  heartbeat: ConsoleHeartbeat | null;
}

/** GET /v1/console/kiosks */
export interface ConsoleKiosksResponse {
  kiosks: ConsoleKiosk[];
  silentAfterMs: number;
  serverTime: number;
}

/** POST /v1/console/kiosks: the code, and the link its QR code carries to the kiosk's camera. */
export interface ConsoleEnrolResponse extends CreateKioskResponse {
  /** The address the kiosk should use (the server's public address, or the console's). */
  serverUrl: string;
  /** shared/enrolment.ts formatEnrolLink */
  link: string;
}
