// What runs while an admin works: kiosks pushing on a schedule, /health probed at a fixed rate,
// the server's memory sampled. Each records until stopped; latencies are from the request's
// send to its answer. The probes do not wait for one another, so a stall shows in every probe
// it holds up, not in one.
import { quantile } from '../stats';
import { attendanceEvent, learnerId } from '../sync/support';

export interface Pushers {
  /**
   * Latencies of the pushes sent from `from` to `to` (performance.now()), once all of them
   * have been answered: a push counts in the phase it was sent in.
   */
  sentBetween(from: number, to: number): Promise<number[]>;
  stop(): Promise<void>;
}

/** Each kiosk sends `size` events every `intervalMs` (staggered), waiting for each answer. */
export function startPushers(
  url: string,
  kiosks: { id: string; token: string }[],
  options: { size: number; intervalMs: number; learners: number },
): Pushers {
  const done: { sent: number; ms: number }[] = [];
  const inFlight = new Set<number>();
  let answered: () => void = () => {};
  let running = true;
  const seqs = new Map(kiosks.map((k) => [k.id, 0]));
  const loops = kiosks.map(async (kiosk, k) => {
    const t0 = performance.now() + (k / kiosks.length) * options.intervalMs;
    for (let b = 0; running; b++) {
      const wait = t0 + b * options.intervalMs - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (!running) break;
      const first = seqs.get(kiosk.id)! + 1;
      const events = Array.from({ length: options.size }, (_, i) =>
        attendanceEvent(kiosk.id, first + i, Date.now(), learnerId((first + i) % options.learners)),
      );
      const body = JSON.stringify({ events });
      const sent = performance.now();
      inFlight.add(sent);
      const res = await fetch(`${url}/v1/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${kiosk.token}`, 'content-type': 'application/json' },
        body,
      });
      const answer = (await res.json()) as { acked?: number };
      if (res.status !== 200 || answer.acked !== first + options.size - 1) {
        throw new Error(`push ${kiosk.id}: HTTP ${res.status} ${JSON.stringify(answer)}`);
      }
      done.push({ sent, ms: performance.now() - sent });
      inFlight.delete(sent);
      answered();
      seqs.set(kiosk.id, first + options.size - 1);
    }
  });
  const all = Promise.all(loops);
  all.catch(() => {});
  return {
    async sentBetween(from, to) {
      while ([...inFlight].some((sent) => sent < to)) {
        await new Promise<void>((resolve) => (answered = resolve));
      }
      return done.filter((p) => p.sent >= from && p.sent < to).map((p) => p.ms);
    },
    async stop() {
      running = false;
      await all;
    },
  };
}

export interface Probe {
  /**
   * Latencies (ms) of the answers, memory samples (MB), and the answers that were not 200 (a
   * refused or failed probe is no latency); stops probing.
   */
  stop(): Promise<{ healthMs: number[]; rssMb: number[]; notOk: number }>;
}

/** GET /health every `everyMs` and the server's RSS every 100 ms, until stopped. */
export function startProbe(url: string, rssMb: () => number, everyMs = 100): Probe {
  const healthMs: number[] = [];
  let notOk = 0;
  const rss: number[] = [rssMb()];
  const pending = new Set<Promise<void>>();
  const health = setInterval(() => {
    const sent = performance.now();
    const probe = fetch(`${url}/health`)
      .then(async (res) => {
        await res.arrayBuffer();
        if (res.status === 200) healthMs.push(performance.now() - sent);
        else notOk++;
      })
      .catch(() => {
        notOk++;
      })
      .finally(() => pending.delete(probe));
    pending.add(probe);
  }, everyMs);
  const memory = setInterval(() => rss.push(rssMb()), 100);
  return {
    async stop() {
      clearInterval(health);
      clearInterval(memory);
      await Promise.allSettled([...pending]);
      return { healthMs, rssMb: rss, notOk };
    },
  };
}

export function p99(values: readonly number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.99,
  );
}
