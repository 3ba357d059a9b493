// Push: this kiosk's own events, in sequence order, from the acked mark on, in batches. The
// outbox marks are cleared only by the server's ack, in the transaction that moves the mark.
import Dexie from 'dexie';
import {
  MAX_PUSH_EVENTS,
  type KioskHeartbeat,
  type PushGapResponse,
  type PushRequest,
  type PushResponse,
} from '../../shared/sync-protocol';
import { unpackOwnFrom } from '../db/own-history';
import { eventOfRow, type EventRow, type KioskDatabase } from '../db/schema';
import { writeSetting } from '../db/settings';
import { request, SyncError, type HttpContext } from './request';
import { readMarks } from './state';
import type { SyncLog } from './log';

interface PushResult {
  pushed: number;
  rejected: number;
}

/** Bounds the 409 ping-pong with a confused server: never an endless loop. */
const MAX_GAP_RETRIES = 5;

export async function pushAll(
  db: KioskDatabase,
  http: HttpContext,
  options: {
    batchSize: number;
    log: SyncLog;
    result?: PushResult;
    /** Sent with the first request of this push (one a sync is enough). */
    heartbeat?: KioskHeartbeat;
  },
): Promise<PushResult> {
  const kiosk = await db.kiosk.get('self');
  if (!kiosk) throw new Error('Kiosk identity missing');
  const { kioskId } = kiosk;
  const batchSize = Math.max(1, Math.min(options.batchSize, MAX_PUSH_EVENTS));
  // Filled as batches are acked, so a caller sees the progress even when a later batch fails.
  const result: PushResult = options.result ?? { pushed: 0, rejected: 0 };
  let asked = false;
  let gaps = 0;
  for (;;) {
    const { acked } = await readMarks(db);
    const batch = await db.events
      .where('[kioskId+seq]')
      .between([kioskId, acked + 1], [kioskId, Dexie.maxKey], true, true)
      .limit(batchSize)
      .toArray();
    // Nothing to send: one empty push still tells us the server's mark, so a server that lost
    // our events (restored from a backup) is found out even when the outbox is empty.
    if (batch.length === 0 && asked) return result;
    const body: PushRequest = { events: batch.map(eventOfRow) };
    if (!asked && options.heartbeat) body.heartbeat = options.heartbeat;
    asked = true;
    const answer = await request(http, 'POST', '/push', body, [409]);
    if (answer.status === 409) {
      const gap = answer.body as PushGapResponse;
      if (!isMark(gap?.acked)) throw new SyncError('protocol', 'push: 409 without a valid acked');
      options.log.info(`push: the server holds up to ${gap.acked}, we sent from ${acked + 1}`);
      if (++gaps > MAX_GAP_RETRIES) throw new SyncError('protocol', 'push: repeated gaps');
      await applyServerAck(db, kioskId, acked, gap.acked, options.log);
      continue;
    }
    const ack = answer.body as PushResponse;
    if (!isMark(ack?.acked) || !Array.isArray(ack.rejected)) {
      throw new SyncError('protocol', 'push: answer without acked/rejected');
    }
    for (const rejected of ack.rejected) {
      // Skipped for good by the server: the developer must hear why; the queue goes on.
      options.log.error('push: the server rejected an event', rejected);
    }
    await applyServerAck(db, kioskId, acked, ack.acked, options.log);
    if (batch.length === 0) continue;
    const last = batch[batch.length - 1]!.seq;
    result.pushed += Math.max(0, Math.min(ack.acked, last) - acked);
    result.rejected += ack.rejected.length;
    // The server must cover at least the first event we sent, or we would send it forever.
    if (ack.acked >= acked && ack.acked < batch[0]!.seq) {
      throw new SyncError('protocol', `push: acked ${ack.acked} did not advance past ${acked}`);
    }
  }
}

/**
 * Brings the local mark to the server's. Higher: clears the outbox marks up to it. Lower: the
 * server lost events it had acknowledged, so this kiosk's own events after its mark are marked
 * pending again (the log still has them) and the mark goes back: the one way it ever does.
 */
export async function applyServerAck(
  db: KioskDatabase,
  kioskId: string,
  knownAcked: number,
  serverAcked: number,
  log: SyncLog,
): Promise<void> {
  await db.transaction('rw', db.events, db.archive, db.settings, async () => {
    const marks = await readMarks(db);
    if (serverAcked >= marks.acked) {
      if (serverAcked === marks.acked) return;
      await db.events
        .where('[kioskId+seq]')
        .between([kioskId, marks.acked + 1], [kioskId, serverAcked], true, true)
        .modify((row: EventRow) => {
          delete row.pending;
        });
    } else {
      log.warn(
        `push: the server's mark (${serverAcked}) is below ours (${marks.acked}, read ${knownAcked}): it lost data; sending again from ${serverAcked + 1}`,
      );
      // Packed own events after its mark become rows again (own-history.ts).
      await unpackOwnFrom(db, kioskId, serverAcked + 1);
      await db.events
        .where('[kioskId+seq]')
        .between([kioskId, serverAcked + 1], [kioskId, Dexie.maxKey], true, true)
        .modify((row: EventRow) => {
          row.pending = 1;
        });
    }
    await writeSetting(db, 'sync.marks', { ...marks, acked: serverAcked });
  });
}

function isMark(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
