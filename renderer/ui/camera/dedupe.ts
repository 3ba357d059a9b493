// A badge held in front of the camera decodes on every frame; report it once while it stays in
// view, and again only after it has been out of sight long enough to be a new presentation.
// Several codes can be in view at once (two badges, a poster): each text is followed on its own.

export const DEDUPE_WINDOW_MS = 3000;

export class RepeatFilter {
  /** Every text seen within the window, with when it was last seen. */
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly windowMs: number = DEDUPE_WINDOW_MS) {}

  /**
   * Records the texts seen in one frame at `now` (ms, monotonic) and returns those to report: the
   * ones not seen within the window. Each sighting refreshes its text, so a badge left in view is
   * never reported twice.
   */
  accept(texts: readonly string[], now: number): string[] {
    for (const [text, seenAt] of this.lastSeen) {
      if (now - seenAt >= this.windowMs) this.lastSeen.delete(text);
    }
    const fresh = texts.filter((text, i) => !this.lastSeen.has(text) && texts.indexOf(text) === i);
    for (const text of texts) this.lastSeen.set(text, now);
    return fresh;
  }
}
