// A random attendance history of several kiosks, as kiosks push it: scans, hand-made check-ins
// and check-outs with their reasons, voids of other kiosks' events, unknown badges; many events
// share the same instant (pages of an export split them), a roster of three learners and one
// staff member. Seeded, so a failure replays.
import { expect } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import type { AccueilServer } from '../../../server/app';
import type { Database } from '../../../server/db';
import type { FromPglite, ToPglite } from '../../../server/pglite-protocol';
import { generateToken } from '../../../shared/badge';
import type { AttendanceEvent, KioskEvent, Learner } from '../../../shared/types';
import { uuidv7 } from '../../../shared/uuid';
import { adminAuth, enrolKiosk, pushReq } from '../harness';

/** The admin who made the histories' staff events (a PIN nobody types). */
export const ANNE_PROF = {
  id: 'S1',
  name: 'Anne Prof',
  role: 'admin',
  active: true,
  pin: {
    algorithm: 'PBKDF2-SHA256',
    iterations: 600_000,
    salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
    hash: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  },
} as const;

export const HISTORY_ROSTER =
  'Identifiant;Prénom;Nom;Groupes\r\n' +
  'L1;Léa;Dupont;jeux vidéo|3d\r\n' +
  'L2;"Noah; Jr";=1+1;musique\r\n' +
  'L3;constructor;"Ünal, ""B""";jeux vidéo\r\n';

export const HISTORY_LEARNERS: Learner[] = [
  ['L1', 'Léa', 'Dupont', ['jeux vidéo', '3d']],
  ['L2', 'Noah; Jr', '=1+1', ['musique']],
  ['L3', 'constructor', 'Ünal, "B"', ['jeux vidéo']],
].map(([id, firstName, lastName, groups]) => ({
  id: id as string,
  firstName: firstName as string,
  lastName: lastName as string,
  groups: groups as string[],
  language: null,
  status: 'active',
}));

export const HISTORY_RANGE = { from: '2025-03-10', to: '2025-03-14' };
export const HISTORY_STAFF = new Map([['S1', 'Anne Prof']]);

/** A small PRNG (mulberry32): the same seed, the same history. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Imports the roster and pushes `count` events from K1–K3 (and the staff member from K1). */
export async function seedHistory(
  app: AccueilServer,
  count: number,
  seed = 7,
): Promise<AttendanceEvent[]> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const bytes = (n: number) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = Math.floor(next() * 256);
    return out;
  };
  const imported = await app.inject({
    method: 'POST',
    url: '/v1/admin/roster',
    headers: { ...adminAuth, 'content-type': 'text/csv' },
    payload: HISTORY_ROSTER,
  });
  expect(imported.json()).toMatchObject({ ok: true });
  const kiosks = ['K1', 'K2', 'K3'];
  const outbox = new Map<string, KioskEvent[]>(kiosks.map((k) => [k, []]));
  const envelope = (kioskId: string, at: number, actor: KioskEvent['actor']) => ({
    id: uuidv7(at, bytes),
    kioskId,
    seq: outbox.get(kioskId)!.length + 1,
    at,
    actor,
  });
  outbox.get('K1')!.push({
    ...envelope('K1', Date.UTC(2025, 2, 10, 6), { kind: 'kiosk' }),
    type: 'staff-upserted',
    staff: ANNE_PROF,
  });
  // Few distinct instants (whole minutes of five days), so many events share one.
  const instants = Array.from({ length: 40 }, () =>
    Date.UTC(
      2025,
      2,
      10 + Math.floor(next() * 5),
      7 + Math.floor(next() * 12),
      Math.floor(next() * 4),
    ),
  );
  const attendance: AttendanceEvent[] = [];
  const staff = { kind: 'staff', staffId: 'S1' } as const;
  for (let i = 0; i < count; i++) {
    const kioskId = pick(kiosks);
    const at = pick(instants);
    const learnerId = pick(['L1', 'L2', 'L3', 'L9']); // L9: not in the roster
    const r = next();
    let event: AttendanceEvent;
    const presences = attendance.filter((e) => e.type === 'check-in' || e.type === 'check-out');
    if (r < 0.1 && presences.length > 0) {
      const target = pick(presences) as Extract<AttendanceEvent, { learnerId: string }>;
      event = {
        ...envelope(kioskId, at, staff),
        type: 'void',
        targetId: target.id,
        learnerId: next() < 0.8 ? target.learnerId : 'L2',
        staffId: 'S1',
        reason: 'doublon; "erreur"',
      };
    } else if (r < 0.17) {
      event = {
        ...envelope(kioskId, at, { kind: 'kiosk' }),
        type: 'unknown-badge',
        token: generateToken(bytes),
        method: 'scanner',
      };
    } else if (r < 0.3) {
      event = {
        ...envelope(kioskId, at, staff),
        type: next() < 0.5 ? 'check-in' : 'check-out',
        learnerId,
        method: 'manual',
        reason: next() < 0.5 ? { code: 'forgot-badge' } : { code: 'other', text: 'parti; tôt' },
      };
    } else {
      event = {
        ...envelope(kioskId, at, { kind: 'learner', learnerId }),
        type: next() < 0.7 ? 'check-in' : 'check-out',
        learnerId,
        method: pick(['scanner', 'camera'] as const),
        token: generateToken(bytes),
      };
    }
    outbox.get(kioskId)!.push(event);
    attendance.push(event);
  }
  for (const kioskId of kiosks) {
    const token = await enrolKiosk(app, kioskId);
    const events = outbox.get(kioskId)!;
    for (let i = 0; i < events.length; i += 500) {
      const res = await pushReq(app, token, events.slice(i, i + 500));
      expect(res.json()).toMatchObject({ acked: Math.min(events.length, i + 500), rejected: [] });
    }
  }
  return attendance;
}

/**
 * A database whose reads of event bodies are counted, and can be held at a gate: on this thread,
 * and in the admin worker threads it is linked to (their statements come back here through the
 * link's port, so the worker reads as it does in production, only slower).
 */
export function watched(db: Database) {
  let gate: Promise<void> = Promise.resolve();
  let holdAfter = Infinity;
  const state = {
    /** The most rows one read of event bodies returned. */
    largestRead: 0,
    reads: 0,
    /** Reads waiting at the gate. */
    waiting: 0,
    /** Holds every read after the next `reads` ones, until release(). */
    hold(reads: number) {
      holdAfter = state.reads + reads;
      gate = new Promise<void>((resolve) => (state.release = resolve));
    },
    release: () => {},
  };
  const query = async <R>(sql: string, params?: unknown[]) => {
    const reading = /\bbody\b/.test(sql) && /FROM events/.test(sql) && !/INSERT/.test(sql);
    if (reading && ++state.reads > holdAfter) {
      state.waiting++;
      await gate;
      state.waiting--;
    }
    const result = await db.query<R>(sql, params);
    if (reading) state.largestRead = Math.max(state.largestRead, result.rows.length);
    return result;
  };
  const link = () => {
    const { port1, port2 } = new MessageChannel();
    port2.on('message', (message: ToPglite) => {
      const answer = (reply: FromPglite) => port2.postMessage(reply);
      if (message.op !== 'query') {
        answer({ id: message.id, ok: false, error: { message: 'not watched', fields: {} } });
        return;
      }
      query(message.sql, message.params).then(
        (result) => answer({ id: message.id, ok: true, ...result }),
        (error: Error) =>
          answer({ id: message.id, ok: false, error: { message: error.message, fields: {} } }),
      );
    });
    port2.unref();
    return { link: { kind: 'port' as const, port: port1 }, transfer: [port1] };
  };
  return { db: { ...db, query, link } as Database, state };
}
