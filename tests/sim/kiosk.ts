// One simulated kiosk: its own IndexedDB (fake-indexeddb), the real sync engine, a fetch through
// the faulty network, its own seeded generator, and crashes that close the database under the
// engine at a chosen request, so that a seed replays exactly.
import { appendEvents, ensureKiosk, type AppendBody } from '../../renderer/db/append';
import { KioskDatabase } from '../../renderer/db/schema';
import { createSyncEngine, type SyncEngine, type SyncOutcome } from '../../renderer/sync/engine';
import type { SyncLog } from '../../renderer/sync/log';
import type { SyncMarks } from '../../renderer/db/settings';
import { readMarks } from '../../renderer/sync/state';
import type { KioskEvent } from '../../shared/types';
import { NetworkError, type Fetch } from './faulty-network';

// fake-indexeddb lives as long as the test process, and both engines' runs draw the same seeded
// names: a count keeps the second run from opening the first one's kiosks (without using the
// seeded random, so a replay stays the same).
let kioskCount = 0;

export class PageCrash extends Error {
  constructor() {
    super('simulated crash between storing a page and saving its cursor');
  }
}

/** Where a sync is cut short: at its `request`-th request, before it leaves or once answered. */
export interface CrashPoint {
  request: number;
  answered: boolean;
}

export interface KioskOptions {
  name: string;
  serverUrl: string;
  fetch: Fetch;
  /** This kiosk's own generator: its draws do not depend on what other kiosks do meanwhile. */
  random: () => number;
  now: () => number;
  /** Chance that a pull page's transaction dies after its events, before its cursor. */
  pageCrashRate: number;
  pushBatchSize: number;
  pullLimit: number;
}

export class SimKiosk {
  db!: KioskDatabase;
  kioskId = '';
  token: string | null = null;
  engine!: SyncEngine;
  crashes = 0;
  /** Chance that a pull page's transaction dies after its events, before its cursor. */
  pageCrashRate: number;
  pageCrashes = 0;
  /** Events this kiosk made that the server must reject (malformed on purpose). */
  readonly malformed = new Set<string>();
  /** The engine's recent log lines: printed when an invariant breaks. */
  readonly log: string[] = [];
  private marks: SyncMarks = { cursor: 0, acked: 0, serverUrl: null };
  private readonly dbName: string;
  private crashAt: CrashPoint | null = null;
  private requests = 0;

  constructor(private readonly options: KioskOptions) {
    this.pageCrashRate = options.pageCrashRate;
    this.dbName = `sim-${options.name}-${Math.floor(options.random() * 1e9)}-${++kioskCount}`;
  }

  async boot(): Promise<void> {
    this.db = new KioskDatabase(this.dbName);
    await this.db.open();
    this.kioskId = (await ensureKiosk(this.db, this.options.now())).kioskId;
    this.engine = createSyncEngine({
      db: this.db,
      fetch: this.fetch as typeof fetch,
      serverUrl: this.options.serverUrl,
      getToken: async () => this.token,
      now: this.options.now,
      random: this.options.random,
      // The sim's time is the world's clock: no real timer fires (a request never times out).
      setTimer: () => 0,
      clearTimer: () => {},
      log: this.recorder(),
      pushBatchSize: this.options.pushBatchSize,
      pullLimit: this.options.pullLimit,
      hooks: {
        afterPageStored: () => {
          if (this.options.random() < this.pageCrashRate) {
            this.pageCrashes++;
            throw new PageCrash();
          }
        },
      },
    });
  }

  /** The network, with the power cut at the chosen request of a sync (syncAndCrash). */
  private readonly fetch: Fetch = async (url, init) => {
    const n = ++this.requests;
    const cut = this.crashAt?.request === n ? this.crashAt : null;
    if (cut && !cut.answered) this.powerCut('before the request left');
    const response = await this.options.fetch(url, init);
    if (cut?.answered) this.powerCut('after the server answered');
    return response;
  };

  private powerCut(when: string): never {
    this.crashAt = null;
    this.engine.stop();
    this.db.close();
    throw new NetworkError(`power cut ${when}`);
  }

  private recorder(): SyncLog {
    const keep = (level: string) => (message: string) => {
      this.log.push(`${level} ${message}`);
      if (this.log.length > 40) this.log.shift();
    };
    return { info: keep('info'), warn: keep('warn'), error: keep('error') };
  }

  append(bodies: AppendBody[]): Promise<KioskEvent[]> {
    return appendEvents(this.db, bodies, this.options.now());
  }

  sync(): Promise<SyncOutcome> {
    return this.engine.syncOnce();
  }

  /**
   * A sync cut short by a crash at `point`: the database closes under the engine (a push the
   * server committed but whose ack was not saved, a pull page not stored), then the kiosk starts
   * again on the same data. A sync with fewer requests runs to its end before the crash.
   */
  async syncAndCrash(point: CrashPoint): Promise<void> {
    this.requests = 0;
    this.crashAt = point;
    await this.engine.syncOnce().catch(() => undefined);
    this.crashAt = null;
    await this.crash();
  }

  /** Power cut: nothing in memory survives, the database is whatever was committed. */
  async crash(): Promise<void> {
    this.crashes++;
    this.engine.stop();
    this.db.close();
    await this.boot();
  }

  /** Reads the marks and fails when either went backwards since the last look. */
  async checkMarks(): Promise<void> {
    const marks = await readMarks(this.db);
    if (marks.cursor < this.marks.cursor || marks.acked < this.marks.acked) {
      throw new Error(
        `${this.options.name}: marks went backwards ${JSON.stringify(this.marks)} → ${JSON.stringify(marks)}\n${this.log.join('\n')}`,
      );
    }
    this.marks = marks;
  }
}
