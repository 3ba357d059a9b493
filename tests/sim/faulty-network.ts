// A seeded, reproducible bad network between the simulated kiosks and the server: every fault the
// issue names, drawn from one PRNG so a failing seed replays exactly.
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

  constructor(
    private readonly server: () => Fetch,
    private readonly random: () => number,
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

  /** The fetch a kiosk's sync engine is given. */
  readonly fetch: Fetch = async (url, init = {}) => {
    if (!this.reachable) throw new NetworkError('server unreachable');
    await this.replaySome();
    const roll = this.random();
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
    if (this.random() < this.rates.replayLater) {
      this.counts.replayLater++;
      this.held.push(copy);
    }
    const response = await this.deliver(copy);
    if (this.random() < this.rates.duplicate) {
      this.counts.duplicate++;
      await this.deliver(copy).catch(() => undefined);
    }
    if (this.random() < this.rates.loseResponse) {
      return this.fail('loseResponse', 'response lost after the server answered');
    }
    return response;
  };

  /** Delivers every held copy: the end of a run, so the invariants see their effect too. */
  async flush(): Promise<void> {
    while (this.held.length > 0) await this.replay(this.held.shift()!);
  }

  private async replaySome(): Promise<void> {
    while (this.held.length > 0 && this.random() < 0.3) {
      const i = Math.floor(this.random() * this.held.length);
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
