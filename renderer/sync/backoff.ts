// Retry delays: exponential from about a second to a cap of five minutes, with "equal jitter"
// (half fixed, half random) so a roomful of kiosks coming back online do not retry in step.
const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/** The delay before retry number `failures` (1 after the first failure), in [d/2, d]. */
export function backoffDelay(
  failures: number,
  random: () => number,
  base = BACKOFF_BASE_MS,
  cap = BACKOFF_CAP_MS,
): number {
  const exponent = Math.max(0, Math.min(failures - 1, 30));
  const ceiling = Math.min(cap, base * 2 ** exponent);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (r * ceiling) / 2);
}
