// In-app latency measures the benchmarks read (performance.getEntriesByName): from the user's
// action to the frame that shows its result, so no test-driver round trip is counted.

/** Calls `then` once the frame showing the current DOM is painted. */
export function afterPaint(then: () => void): void {
  requestAnimationFrame(() => {
    // A message posted from a frame callback runs after that frame is painted.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then();
    channel.port2.postMessage(null);
  });
}

/** `performance.measure(name)` from `start` to the next painted frame. */
export function measureToPaint(name: string, start: number): void {
  afterPaint(() => performance.measure(name, { start, end: performance.now() }));
}
