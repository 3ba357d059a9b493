// One simulated kiosk: its own IndexedDB (fake-indexeddb), the real sync engine, a fetch through
// the faulty network, and crashes that close the database under whatever is running.
import { appendEvents, ensureKiosk, type AppendBody } from '../../renderer/db/append';
import { KioskDatabase } from '../../renderer/db/schema';
import { createSyncEngine, type SyncEngine, type SyncOutcome } from '../../renderer/sync/engine';
import type { SyncLog } from '../../renderer/sync/log';
import type { SyncMarks } from '../../renderer/db/settings';
import { readMarks } from '../../renderer/sync/state';
import type { KioskEvent } from '../../shared/types';
import type { Fetch } from './faulty-network';

// fake-indexeddb lives as long as the test process, and both engines' runs draw the same seeded
// names: a count keeps the second run from opening the first one's kiosks (without using the
// seeded random, so a replay stays the same).
let kioskCount = 0;

export class PageCrash extends Error {
  constructor() {
    super('simulated crash between storing a page and saving its cursor');
  }
}

export interface KioskOptions {
  name: string;
  serverUrl: string;
  fetch: Fetch;
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
      fetch: this.options.fetch as typeof fetch,
      serverUrl: this.options.serverUrl,
      getToken: async () => this.token,
      now: this.options.now,
      random: this.options.random,
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
   * A sync cut short by a crash: the database closes after a few turns of the event loop, under
   * whatever the engine was doing (a push the server committed but whose ack was not saved, a
   * page half-applied), then the kiosk starts again on the same data.
   */
  async syncAndCrash(ticks: number): Promise<void> {
    const running = this.engine.syncOnce();
    for (let i = 0; i < ticks; i++) await new Promise((resolve) => setImmediate(resolve));
    await this.crash();
    await running.catch(() => undefined);
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
