// Server-side load: kiosks that push realistic batches over HTTP keep-alive (undici, Node's
// fetch), each waiting for its answer before the next batch, as the engine does.
import { quantile } from '../stats';
import { attendanceEvent, enrol, learnerId, type BenchServer } from './support';

export interface IngestRun {
  events: number;
  seconds: number;
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

const DAY_MS = 86_400_000;

/**
 * Pushes `batches` batches of `size` events from each kiosk, all kiosks at once. Without
 * `intervalMs` each kiosk sends its next batch as soon as the last is answered (saturation: the
 * most the server takes). With it, kiosk k sends batch b at b × intervalMs (staggered between
 * kiosks), or at once when it is behind: a steady offered load, whose latencies are what a kiosk
 * sees at that rate (a saturated closed loop only measures its own queue: 20 × size / rate).
 */
export async function pushLoad(
  server: BenchServer,
  kioskIds: readonly string[],
  options: { size: number; batches: number; learners: number; days: number; intervalMs?: number },
): Promise<IngestRun> {
  const tokens: string[] = [];
  for (const id of kioskIds) tokens.push(await enrol(server, id));
  const start = Date.now() - options.days * DAY_MS;
  // Bodies are made before the clock starts: the load generator shares the two cores.
  const bodies = kioskIds.map((kioskId, k) =>
    Array.from({ length: options.batches }, (_, b) =>
      JSON.stringify({
        events: Array.from({ length: options.size }, (_, i) => {
          const seq = b * options.size + i + 1;
          const at =
            start +
            Math.floor(((seq + k * 7) / (options.size * options.batches)) * options.days * DAY_MS);
          return attendanceEvent(
            kioskId,
            seq,
            at,
            learnerId((seq * 31 + k * 977) % options.learners),
          );
        }),
      }),
    ),
  );
  const latencies: number[] = [];
  const t0 = performance.now();
  await Promise.all(
    kioskIds.map(async (_, k) => {
      const offset = options.intervalMs ? (k / kioskIds.length) * options.intervalMs : 0;
      for (let b = 0; b < options.batches; b++) {
        if (options.intervalMs) {
          const due = t0 + offset + b * options.intervalMs;
          const wait = due - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        }
        const sent = performance.now();
        const response = await fetch(`${server.url}/v1/push`, {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens[k]}`, 'content-type': 'application/json' },
          body: bodies[k]![b],
        });
        const answer = (await response.json()) as { acked?: number };
        latencies.push(performance.now() - sent);
        if (!response.ok || answer.acked !== (b + 1) * options.size) {
          throw new Error(`push ${k}/${b}: HTTP ${response.status} ${JSON.stringify(answer)}`);
        }
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const events = kioskIds.length * options.batches * options.size;
  latencies.sort((a, b) => a - b);
  return {
    events,
    seconds,
    eventsPerSecond: events / seconds,
    p50Ms: quantile(latencies, 0.5),
    p99Ms: quantile(latencies, 0.99),
  };
}
