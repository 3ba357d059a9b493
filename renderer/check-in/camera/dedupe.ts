// A badge held in front of the camera decodes on every frame; report it once while it stays in
// view, and again only after it has been out of sight long enough to be a new presentation.

export const DEDUPE_WINDOW_MS = 3000;

export class RepeatFilter {
  private last: { text: string; seenAt: number } | null = null;

  constructor(private readonly windowMs: number = DEDUPE_WINDOW_MS) {}

  /**
   * Records a sighting of `text` at `now` (ms, monotonic) and says whether to report it.
   * A text equal to the last reported one is suppressed while it keeps being seen: each sighting
   * within the window refreshes it, so a badge left in view is never reported twice.
   */
  accept(text: string, now: number): boolean {
    const last = this.last;
    if (last !== null && last.text === text && now - last.seenAt < this.windowMs) {
      last.seenAt = now;
      return false;
    }
    this.last = { text, seenAt: now };
    return true;
  }

  /** Forget the last text, e.g. after the UI asked to allow an immediate rescan. */
  reset(): void {
    this.last = null;
  }
}
