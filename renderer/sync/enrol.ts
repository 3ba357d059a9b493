// Enrolment: an admin types the server's address and the one-time code the server gave them; the
// kiosk trades the code for its device token. The address stays in the settings table (local to
// this kiosk, never an event), the token goes to the host through the bridge.
import type { EnrolResponse } from '../../shared/sync-protocol';
import { unpackOwnFrom } from '../db/own-history';
import type { EventRow, KioskDatabase } from '../db/schema';
import { request, SyncError, type HttpContext } from './request';
import { deleteSettings, writeSettings, type SyncServer } from '../db/settings';
import { INITIAL_STATUS, readMarks, resetMarks } from './state';

interface EnrolInput {
  db: KioskDatabase;
  fetch: typeof fetch;
  /** Already normalised (normaliseServerUrl). */
  serverUrl: string;
  code: string;
  kioskName: string;
  storeToken: (token: string | null) => Promise<void>;
  now?: () => number;
  timeoutMs?: number;
}

export async function enrolKiosk(input: EnrolInput): Promise<SyncServer> {
  const now = input.now ?? Date.now;
  const kiosk = await input.db.kiosk.get('self');
  // Measured on the answer, so the first sync's heartbeat already tells the kiosk's clock.
  let skewMs: number | null = null;
  if (!kiosk) throw new Error('Kiosk identity missing');
  const http: HttpContext = {
    fetch: input.fetch,
    serverUrl: input.serverUrl,
    token: null,
    timeoutMs: input.timeoutMs ?? 20_000,
    now,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onServerTime: (skew) => (skewMs = Math.round(skew)),
  };
  const answer = await request(http, 'POST', '/enrol', {
    code: input.code.trim(),
    kioskId: kiosk.kioskId,
    kioskName: input.kioskName,
  });
  const body = answer.body as Partial<EnrolResponse> | undefined;
  if (typeof body?.token !== 'string' || body.token.length === 0) {
    throw new SyncError('protocol', 'enrol: answer without a token');
  }
  // The token first: a server row without a token would be an enrolment that cannot sync.
  await input.storeToken(body.token);
  const server: SyncServer = {
    url: input.serverUrl,
    name: typeof body.name === 'string' ? body.name : input.kioskName,
    enrolledAt: now(),
  };
  const { db } = input;
  await db.transaction('rw', db.events, db.archive, db.settings, async () => {
    const marks = await readMarks(db);
    // Whatever this server may not have is sent from rows: packed own events come back first
    // (all of them for a server that does not know this kiosk yet).
    const sameServer = marks.serverUrl === server.url;
    await unpackOwnFrom(db, kiosk.kioskId, sameServer ? marks.acked + 1 : 1);
    // Another server knows nothing of this kiosk: start over from cursor 0, and send every own
    // event again. The same server (re-enrolment after a withdrawal) keeps the marks.
    if (marks.serverUrl !== server.url) await resetMarks(db, server.url);
    // (A first enrolment has nothing acked yet: every own event is still pending.)
    if (marks.serverUrl !== null && marks.serverUrl !== server.url) {
      await db.events
        .where('[kioskId+seq]')
        .between([kiosk.kioskId, 1], [kiosk.kioskId, Infinity], true, true)
        .modify((row: EventRow) => {
          row.pending = 1;
        });
    }
    await writeSettings(db, [
      { key: 'sync.server', value: server },
      { key: 'sync.status', value: { ...INITIAL_STATUS, skewMs } },
    ]);
  });
  return server;
}

/** Forgets the server and the token. Every event stays, and stays pending if it was. */
export async function unenrolKiosk(
  db: KioskDatabase,
  storeToken: (token: string | null) => Promise<void>,
): Promise<void> {
  await storeToken(null);
  await deleteSettings(db, ['sync.server', 'sync.status']);
}
