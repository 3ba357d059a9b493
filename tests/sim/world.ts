// The simulated centre: a server (restartable), a faulty network, three kiosks and what happens at
// their desks. Everything is drawn from one seed, in streams that timing cannot reorder (the
// workload here, each kiosk's and each kiosk's network's own), so a failing run replays exactly.
import Dexie from 'dexie';
import { brusselsDay } from '../../shared/time';
import { type AppendBody } from '../../renderer/db/append';
import { storeReceivedEvents } from '../../renderer/db/receive';
import { KioskDatabase } from '../../renderer/db/schema';
import { generateToken } from '../../shared/badge';
import type { KioskEvent, Learner } from '../../shared/types';
import type { AccueilServer } from '../../server/app';
import type { Database } from '../../server/db';
import {
  deriveSeed,
  FaultyNetwork,
  seededRandom,
  type Fetch,
  type FaultRates,
} from './faulty-network';
import { SimKiosk } from './kiosk';

export const SERVER_URL = 'http://sync.sim';

/** The in-process server as a fetch: the request goes through Fastify's inject, not a socket. */
export function injectFetch(app: AccueilServer): Fetch {
  return async (url, init = {}) => {
    const target = new URL(url);
    const answer = await app.inject({
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      url: target.pathname + target.search,
      headers: init.headers as Record<string, string>,
      payload: init.body as string | undefined,
    });
    const headers = new Headers();
    for (const [key, value] of Object.entries(answer.headers)) {
      if (value !== undefined) headers.set(key, String(value));
    }
    return new Response(new Uint8Array(answer.rawPayload), { status: answer.statusCode, headers });
  };
}

export interface WorldOptions {
  seed: number;
  db: Database;
  makeApp(now: () => number): Promise<AccueilServer>;
  enrol(app: AccueilServer, kioskId: string): Promise<string>;
  kiosks: number;
  learners: number;
  faults: FaultRates;
  pageCrashRate: number;
}

interface RosterEntry {
  learner: Learner;
  token: string;
}

export class World {
  /** The workload's stream: drawn only here, one step after another, never by a kiosk. */
  readonly random: () => number;
  clock = Date.UTC(2026, 9, 5, 13, 0);
  app!: AccueilServer;
  readonly network: FaultyNetwork;
  readonly kiosks: SimKiosk[] = [];
  readonly roster: RosterEntry[] = [];
  /** Well-formed check-ins made anywhere: voids pick their targets here. */
  readonly checkIns: { id: string; learnerId: string; at: number }[] = [];
  appended = 0;
  restarts = 0;
  private readonly highWater = new Map<string, number>();
  private lastServerSeq = 0;

  constructor(private readonly options: WorldOptions) {
    this.random = seededRandom(deriveSeed(options.seed, 'workload'));
    this.network = new FaultyNetwork(() => injectFetch(this.app), options.seed, options.faults);
  }

  readonly now = () => this.clock;

  async start(): Promise<void> {
    this.app = await this.options.makeApp(this.now);
    for (let i = 0; i < this.options.kiosks; i++) {
      const random = seededRandom(deriveSeed(this.options.seed, 'kiosk', i));
      const kiosk = new SimKiosk({
        name: `kiosk${i}`,
        serverUrl: SERVER_URL,
        fetch: this.network.fetchFor(i),
        random,
        now: this.now,
        pageCrashRate: this.options.pageCrashRate,
        pushBatchSize: 20 + Math.floor(random() * 200),
        pullLimit: 50 + Math.floor(random() * 400),
      });
      await kiosk.boot();
      kiosk.token = await this.options.enrol(this.app, kiosk.kioskId);
      this.kiosks.push(kiosk);
    }
    // The admin desk (kiosk 0) loads the roster; the others learn it through the server.
    const bodies: AppendBody[] = [];
    for (let i = 0; i < this.options.learners; i++) {
      const learner: Learner = {
        id: `L${String(i).padStart(4, '0')}`,
        firstName: `Prénom${i}`,
        lastName: `Nom${i}`,
        groups: [i % 2 ? 'jeux' : 'robotique'],
        language: null,
        status: 'active',
      };
      const token = this.newToken();
      this.roster.push({ learner, token });
      bodies.push({ type: 'learner-upserted', learner, actor: staff });
      bodies.push({ type: 'badge-issued', learnerId: learner.id, token, actor: staff });
    }
    await this.append(this.kiosks[0]!, bodies);
  }

  newToken(): string {
    return generateToken((n) => Uint8Array.from({ length: n }, () => (this.random() * 256) | 0));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  async append(kiosk: SimKiosk, bodies: AppendBody[]): Promise<KioskEvent[]> {
    const events = await kiosk.append(bodies);
    this.appended += events.length;
    for (const e of events) {
      if (e.type === 'check-in') this.checkIns.push({ id: e.id, learnerId: e.learnerId, at: e.at });
    }
    return events;
  }

  /** Every kiosk syncs at once; the seed, not the timing, orders their requests. */
  async syncTogether(): Promise<void> {
    await this.network.together(
      this.kiosks.map((kiosk) => () => kiosk.sync()),
      (waiting) => Math.floor(this.random() * waiting),
    );
  }

  /** A learner scans at `kiosk`: a check-in when it knows the badge, else an unknown badge. */
  async scan(kiosk: SimKiosk, count: number): Promise<void> {
    const bodies: AppendBody[] = [];
    for (let i = 0; i < count; i++) {
      const { learner, token } = this.pick(this.roster);
      // Drawn whether or not the kiosk knows the badge yet: what it knows depends on its syncs,
      // and the workload's stream must not.
      const type = this.random() < 0.7 ? 'check-in' : 'check-out';
      const known = await kiosk.db.badges.get(token);
      if (known?.status === 'active') {
        bodies.push({
          type,
          learnerId: learner.id,
          method: 'scanner',
          token,
          actor: { kind: 'learner', learnerId: learner.id },
        });
      } else {
        bodies.push({ type: 'unknown-badge', token, method: 'camera', actor: { kind: 'kiosk' } });
      }
    }
    await this.append(kiosk, bodies);
  }

  /** Reception undoes a check-in this kiosk knows of (made here or pulled from another). */
  async voidOne(kiosk: SimKiosk): Promise<void> {
    if (this.checkIns.length === 0) return;
    const target = this.pick(this.checkIns);
    if (!(await holds(kiosk.db, target))) return;
    await this.append(kiosk, [
      {
        type: 'void',
        targetId: target.id,
        learnerId: target.learnerId,
        staffId: 'S1',
        reason: 'erreur de saisie',
        actor: staff,
      },
    ]);
  }

  /** Roster edits from any desk: concurrent edits of one learner settle by (at, id). */
  async editRoster(kiosk: SimKiosk): Promise<void> {
    const entry = this.pick(this.roster);
    const roll = this.random();
    if (roll < 0.6) {
      const learner = { ...entry.learner, groups: [this.pick(['jeux', 'robotique', 'film'])] };
      await this.append(kiosk, [{ type: 'learner-upserted', learner, actor: staff }]);
    } else if (roll < 0.9) {
      // Reissue: the old badge revoked, a new one issued (on kiosks that scanned it unknown, the
      // scan is resolved when this arrives).
      const token = this.newToken();
      await this.append(kiosk, [
        { type: 'badge-revoked', learnerId: entry.learner.id, token: entry.token, actor: staff },
        { type: 'badge-issued', learnerId: entry.learner.id, token, actor: staff },
      ]);
      entry.token = token;
    } else {
      await this.append(kiosk, [
        { type: 'learner-archived', learnerId: entry.learner.id, actor: staff },
      ]);
    }
  }

  /**
   * An event no server may accept (an empty learner id), as a damaged kiosk could hold. Not a
   * target for voids: a void of it would copy its empty learner id and be rejected too.
   */
  async malformed(kiosk: SimKiosk): Promise<void> {
    const [event] = await kiosk.append([
      {
        type: 'check-in',
        learnerId: '',
        method: 'manual',
        reason: { code: 'forgot-badge' },
        actor: staff,
      },
    ]);
    this.appended++;
    kiosk.malformed.add(event!.id);
  }

  async restartServer(): Promise<void> {
    this.restarts++;
    this.network.down();
    await this.app.close();
    this.app = await this.options.makeApp(this.now);
    this.network.up();
  }

  /** Server-side marks: every kiosk's high-water mark and the top server sequence. */
  async checkServerMarks(): Promise<void> {
    const { rows } = await this.options.db.query<{ id: string; acked: number }>(
      'SELECT id, acked FROM kiosks',
    );
    for (const row of rows) {
      const before = this.highWater.get(row.id) ?? 0;
      if (row.acked < before) throw new Error(`server high-water of ${row.id} went backwards`);
      this.highWater.set(row.id, row.acked);
    }
    const top = await this.options.db.query<{ top: number | null }>(
      'SELECT max(server_seq) AS top FROM events',
    );
    const seq = Number(top.rows[0]?.top ?? 0);
    if (seq < this.lastServerSeq) throw new Error('server sequence went backwards');
    this.lastServerSeq = seq;
  }

  async checkAllMarks(): Promise<void> {
    for (const kiosk of this.kiosks) await kiosk.checkMarks();
    await this.checkServerMarks();
  }

  /** Everything the server holds, as events. */
  async serverEvents(): Promise<{ events: KioskEvent[]; topSeq: number }> {
    const { rows } = await this.options.db.query<{ body: string; server_seq: number }>(
      'SELECT body, server_seq FROM events ORDER BY server_seq',
    );
    return {
      events: rows.map((row) => JSON.parse(row.body) as KioskEvent),
      topSeq: rows.length ? Number(rows[rows.length - 1]!.server_seq) : 0,
    };
  }
}

const staff = { kind: 'staff', staffId: 'S1' } as const;

/** A kiosk's own events, from the [kioskId+seq] index. */
export function ownEvents(kiosk: SimKiosk): Promise<KioskEvent[]> {
  return kiosk.db.events
    .where('[kioskId+seq]')
    .between([kiosk.kioskId, Dexie.minKey], [kiosk.kioskId, Dexie.maxKey])
    .toArray();
}

/** Whether a kiosk holds an event, as a row or packed with its day. */
async function holds(db: KioskDatabase, event: { id: string; at: number }): Promise<boolean> {
  if (await db.events.get(event.id)) return true;
  const day = brusselsDay(event.at);
  const blocks = await db.archive
    .where('[day+block]')
    .between([day, Dexie.minKey], [day, Dexie.maxKey])
    .toArray();
  return blocks.some((block) => block.events.some((e) => e.id === event.id));
}

/** Every event id a kiosk holds: its rows and its packed attendance (renderer/db/attendance.ts). */
export async function heldEventIds(db: KioskDatabase): Promise<Set<string>> {
  const [ids, blocks] = await Promise.all([
    db.events.toCollection().primaryKeys(),
    db.archive.toArray(),
  ]);
  return new Set([...ids, ...blocks.flatMap((b) => b.events.map((e) => e.id))]);
}

/** The projections a database holds, comparable across databases. */
export async function projections(db: KioskDatabase) {
  const byKey = <T>(rows: T[], key: (row: T) => string) =>
    rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return {
    learners: byKey(await db.learners.toArray(), (r) => r.id),
    badges: byKey(await db.badges.toArray(), (r) => r.token),
    staff: byKey(await db.staff.toArray(), (r) => r.id),
    settings: (await db.settings.get('kiosk')) ?? null,
  };
}

/** What a database would project from exactly the server's events. */
export async function referenceProjections(events: readonly KioskEvent[], seed: number) {
  const db = new KioskDatabase(`sim-reference-${seed}-${Date.now()}`);
  await db.open();
  await storeReceivedEvents(db, events);
  const result = await projections(db);
  db.close();
  return result;
}
