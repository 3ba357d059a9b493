// A seeded, reproducible bad network between the simulated kiosks and the server: every fault the
// issue names. Each kiosk's requests draw their faults from a generator of their own (derived from
// the seed and the kiosk's index), and kiosks syncing together take turns at chosen points, so a
// seed replays exactly whatever the timing of the machine or the database.
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** mulberry32: tiny, fast and good enough to drive fault choices reproducibly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The seed of one stream (the workload, kiosk 2, kiosk 2's network…): FNV-1a over its name. */
export function deriveSeed(seed: number, ...stream: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of [seed, ...stream].join('/')) {
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  }
  return hash;
}

export interface FaultRates {
  /** The request never reaches the server. */
  drop: number;
  /** The server commits, then the answer is lost on the way back. */
  loseResponse: number;
  /** The server answers 500 without doing anything. */
  serverError: number;
  /** The request is delivered twice (the second copy right away). */
  duplicate: number;
  /** A copy of the request is kept and delivered later, after newer ones: a reordering. */
  replayLater: number;
}

export interface FaultCounts extends Record<keyof FaultRates, number> {
  delivered: number;
  replayed: number;
}

interface HeldRequest {
  url: string;
  init: RequestInit;
}

export class NetworkError extends TypeError {
  constructor(what: string) {
    super(`simulated network failure: ${what}`);
  }
}

/**
 * Wraps the server's fetch with faults. `up()`/`down()` model the server being unreachable (as
 * during a restart). Held copies are replayed at random on later calls, so old pushes and pulls
 * arrive after newer ones, as a retrying proxy might deliver them.
 */
export class FaultyNetwork {
  readonly counts: FaultCounts = {
    drop: 0,
    loseResponse: 0,
    serverError: 0,
    duplicate: 0,
    replayLater: 0,
    delivered: 0,
    replayed: 0,
  };
  private held: HeldRequest[] = [];
  private reachable = true;
  private turns: Turns | null = null;

  constructor(
    private readonly server: () => Fetch,
    private readonly seed: number,
    private rates: FaultRates,
  ) {}

  /** No more faults from now on (the end of a run: everything must converge). */
  heal(): void {
    this.rates = { drop: 0, loseResponse: 0, serverError: 0, duplicate: 0, replayLater: 0 };
    this.reachable = true;
  }

  down(): void {
    this.reachable = false;
  }

  up(): void {
    this.reachable = true;
  }

  /** The fetch kiosk number `index` is given: its faults come from its own generator. */
  fetchFor(index: number): Fetch {
    const random = seededRandom(deriveSeed(this.seed, 'network', index));
    return async (url, init = {}) => {
      await this.turns?.wait(index);
      return this.send(random, url, init);
    };
  }

  /**
   * Runs kiosks' syncs together. Their requests take turns: once every kiosk still syncing waits
   * on the network, `pick` chooses which request goes, and the others wait until it is answered
   * and its kiosk has asked again or finished. The server sees the kiosks' requests interleaved
   * in an order the seed chose, never in one the machine's timing chose.
   */
  async together<T>(runs: (() => Promise<T>)[], pick: (waiting: number) => number): Promise<T[]> {
    const turns = new Turns(runs.length, pick);
    this.turns = turns;
    try {
      return await Promise.all(runs.map((run) => run().finally(() => turns.finished())));
    } finally {
      this.turns = null;
    }
  }

  private async send(random: () => number, url: string, init: RequestInit): Promise<Response> {
    if (!this.reachable) throw new NetworkError('server unreachable');
    await this.replaySome(random);
    const roll = random();
    let edge = this.rates.drop;
    if (roll < edge) return this.fail('drop', 'request dropped');
    edge += this.rates.serverError;
    if (roll < edge) {
      this.counts.serverError++;
      return new Response(JSON.stringify({ error: 'internal', message: 'simulated 500' }), {
        status: 500,
        headers: { 'content-type': 'application/json' },
      });
    }
    const copy = { url, init: { ...init, signal: undefined } };
    if (random() < this.rates.replayLater) {
      this.counts.replayLater++;
      this.held.push(copy);
    }
    const response = await this.deliver(copy);
    if (random() < this.rates.duplicate) {
      this.counts.duplicate++;
      await this.deliver(copy).catch(() => undefined);
    }
    if (random() < this.rates.loseResponse) {
      return this.fail('loseResponse', 'response lost after the server answered');
    }
    return response;
  }

  /** Delivers every held copy: the end of a run, so the invariants see their effect too. */
  async flush(): Promise<void> {
    while (this.held.length > 0) await this.replay(this.held.shift()!);
  }

  private async replaySome(random: () => number): Promise<void> {
    while (this.held.length > 0 && random() < 0.3) {
      const i = Math.floor(random() * this.held.length);
      await this.replay(this.held.splice(i, 1)[0]!);
    }
  }

  private async replay(request: HeldRequest): Promise<void> {
    if (!this.reachable) return;
    this.counts.replayed++;
    // Nobody waits for a replayed copy's answer: only its effect on the server matters.
    await this.deliver(request).catch(() => undefined);
  }

  private async deliver(request: HeldRequest): Promise<Response> {
    this.counts.delivered++;
    const response = await this.server()(request.url, request.init);
    // Read the body now, as a real socket would, so a "lost" answer still ran to completion.
    const body = await response.arrayBuffer();
    return new Response(body, { status: response.status, headers: response.headers });
  }

  private fail(kind: 'drop' | 'loseResponse', what: string): never {
    this.counts[kind]++;
    throw new NetworkError(what);
  }
}

/** Whose request goes next, among kiosks syncing together (FaultyNetwork.together). */
class Turns {
  /** Kiosks whose request waits, by kiosk index: the order they arrived in is the machine's. */
  private readonly waiting = new Map<number, () => void>();

  constructor(
    private running: number,
    private readonly pick: (waiting: number) => number,
  ) {}

  wait(kiosk: number): Promise<void> {
    return new Promise((go) => {
      this.waiting.set(kiosk, go);
      this.next();
    });
  }

  finished(): void {
    this.running--;
    this.next();
  }

  /**
   * Chooses only when every kiosk still syncing waits: the one whose request went last is not
   * waiting until it was answered and asked again (or finished).
   */
  private next(): void {
    if (this.waiting.size === 0 || this.waiting.size < this.running) return;
    const kiosks = [...this.waiting.keys()].sort((a, b) => a - b);
    const chosen = kiosks[this.pick(kiosks.length)]!;
    const go = this.waiting.get(chosen)!;
    this.waiting.delete(chosen);
    go();
  }
}
