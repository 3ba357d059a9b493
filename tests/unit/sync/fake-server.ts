// A small in-memory sync server speaking shared/sync-protocol.ts through a fetch function, with
// switches for the faults the tests need (network down, 500s, partial acks, lost data).
import { isAttendanceEvent, type KioskEvent } from '../../../shared/types';
import type {
  EnrolRequest,
  PullResponse,
  PushGapResponse,
  PushResponse,
  RejectedEvent,
} from '../../../shared/sync-protocol';
import { validateEvent } from '../../../shared/validate';
import { ensureKiosk } from '../../../renderer/db/append';
import { storeReceivedEvents } from '../../../renderer/db/receive';
import { KioskDatabase } from '../../../renderer/db/schema';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization: string | null;
  body: unknown;
}

export class FakeServer {
  readonly base = 'http://sync.test';
  now = () => 1_800_000_000_000;
  /** token → kioskId */
  readonly tokens = new Map<string, string>();
  readonly codes = new Set<string>();
  /** Server order: index + 1 is the server sequence. */
  readonly log: { kioskId: string; event: KioskEvent }[] = [];
  readonly acked = new Map<string, number>();
  readonly requests: Recorded[] = [];
  readonly rejectedSeqs = new Set<number>();
  /** Set: the next requests fail this way, one each. */
  readonly faults: ('pass' | 'network' | 500 | 401)[] = [];
  /** Acknowledge at most this many events of a push (a slow server). */
  ackAtMost = Infinity;
  /** Sent with the last page of a pull, when set (kiosk id → name). */
  kioskNames: Record<string, string> | undefined;

  readonly fetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    this.requests.push({
      method: init?.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      authorization: headers.get('authorization'),
      body,
    });
    const fault = this.faults.shift();
    if (fault === 'network') throw new TypeError('fetch failed');
    if (fault === 500) return json(500, { error: 'internal', message: 'Internal error' });
    if (fault === 401) return json(401, { error: 'unauthorized', message: 'revoked' });
    if (url.pathname === '/v1/enrol') return this.enrol(body as EnrolRequest);
    const kioskId = this.tokens.get((headers.get('authorization') ?? '').replace(/^Bearer /, ''));
    if (!kioskId) return json(401, { error: 'unauthorized', message: 'unknown token' });
    if (url.pathname === '/v1/push')
      return this.push(kioskId, (body as { events: unknown[] }).events);
    if (url.pathname === '/v1/pull') return this.pull(kioskId, url.searchParams);
    return json(404, { error: 'not-found', message: url.pathname });
  };

  /** A token for a kiosk, as if it had enrolled. */
  enrolled(kioskId: string, token = `${kioskId}.secret`): string {
    this.tokens.set(token, kioskId);
    return token;
  }

  /** Events made elsewhere (another kiosk, the admin API), appended in server order. */
  add(events: readonly KioskEvent[]): void {
    for (const event of events) this.log.push({ kioskId: event.kioskId, event });
  }

  /** The server restored from a backup: it forgets this kiosk's events after `acked`. */
  loseAfter(kioskId: string, acked: number): void {
    for (let i = this.log.length - 1; i >= 0; i--) {
      const entry = this.log[i]!;
      if (entry.kioskId === kioskId && entry.event.seq > acked) this.log.splice(i, 1);
    }
    this.acked.set(kioskId, acked);
  }

  ownSeqs(kioskId: string): number[] {
    return this.log.filter((e) => e.kioskId === kioskId).map((e) => e.event.seq);
  }

  private enrol(body: EnrolRequest): Response {
    if (!this.codes.delete(body.code)) {
      return json(401, { error: 'invalid-code', message: 'unknown or used code' });
    }
    const token = this.enrolled(body.kioskId, `${body.kioskId}.t${this.tokens.size}`);
    return json(200, { token, name: `Server name of ${body.kioskName}`, serverTime: this.now() });
  }

  private push(kioskId: string, events: unknown[]): Response {
    const acked = this.acked.get(kioskId) ?? 0;
    const seqs = events.map((e) => (e as { seq: number }).seq);
    if (seqs.length > 0 && seqs[0]! > acked + 1) {
      const gap: Omit<PushGapResponse, 'message'> = { error: 'gap', acked, serverTime: this.now() };
      return json(409, { ...gap, message: 'gap' });
    }
    const rejected: RejectedEvent[] = [];
    let mark = acked;
    let taken = 0;
    for (const raw of events) {
      const seq = (raw as { seq: number }).seq;
      if (seq <= mark) continue;
      if (taken++ >= this.ackAtMost) break;
      const checked = validateEvent(raw);
      if (!checked.ok || this.rejectedSeqs.has(seq)) {
        rejected.push({ seq, id: null, problems: checked.ok ? ['refused'] : checked.errors });
      } else if (!this.log.some((e) => e.event.id === checked.event.id)) {
        this.log.push({ kioskId, event: checked.event });
      }
      mark = seq;
    }
    this.acked.set(kioskId, mark);
    return json(200, { acked: mark, rejected, serverTime: this.now() } satisfies PushResponse);
  }

  private pull(kioskId: string, query: URLSearchParams): Response {
    const since = Number(query.get('since') ?? 0);
    const limit = Number(query.get('limit') ?? 2000);
    const attendanceSince = Number(query.get('attendanceSince') ?? -Infinity);
    const events: KioskEvent[] = [];
    let cursor = since;
    for (let i = since; i < this.log.length && events.length < limit; i++) {
      cursor = i + 1;
      const { kioskId: from, event } = this.log[i]!;
      if (from === kioskId) continue;
      if (isAttendanceEvent(event) && event.at < attendanceSince) continue;
      events.push(event);
    }
    const more = cursor < this.log.length;
    const kiosks = more ? undefined : this.kioskNames;
    return json(200, {
      events,
      cursor,
      more,
      ...(kiosks && { kiosks }),
      serverTime: this.now(),
    } satisfies PullResponse);
  }
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

let counter = 0;

/** A fresh kiosk database with its identity. */
export async function freshDb(): Promise<{ db: KioskDatabase; kioskId: string }> {
  const db = new KioskDatabase(`sync-${Date.now()}-${counter++}`);
  await db.open();
  const { kioskId } = await ensureKiosk(db);
  return { db, kioskId };
}

export { storeReceivedEvents };
