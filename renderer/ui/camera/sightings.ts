// What one decoded camera frame means for the learner: which codes to act on, and when to ask for
// a better look at a code that is seen but cannot be read. Pure: the caller passes the clock.
import { parseToken } from '../../../shared/badge';
import { RepeatFilter } from './dedupe';
import type { FrameCodes } from './protocol';

/** A code seen but unreadable this long (glare, blur) gets the learner a hint. */
export const HINT_AFTER_MS = 2000;
/**
 * Frames without the unreadable code for this long end its streak. Longer than the decode
 * interval of a camera at rest (camera.ts), so a badge held still in the glare keeps its streak.
 * Only frames without it end a streak, not time alone: on a loaded machine one decode can take
 * longer than this, and the badge is still there.
 */
export const HINT_GAP_MS = 1500;

export interface FrameVerdict {
  /**
   * Texts to hand on, each once while in view: the badge tokens newly seen; or, when no badge
   * is in view, at most one newly seen foreign code, so that "not a TUMO badge" is said once
   * however many posters are in the picture.
   */
  report: string[];
  /** Ask the learner to tilt the badge. */
  hint: boolean;
}

export class Sightings {
  private readonly repeats = new RepeatFilter();
  /**
   * The current run of frames with an unreadable code, if any; `absent`: a frame without it came
   * after the `last` one with it.
   */
  private streak: { since: number; last: number; hinted: boolean; absent: boolean } | null = null;
  private lastBadgeAt = -Infinity;

  frame({ texts, unreadable }: FrameCodes, now: number): FrameVerdict {
    const badges = new Set<string>();
    const foreign: string[] = [];
    for (const text of texts) {
      const parsed = parseToken(text);
      if (parsed.ok) badges.add(parsed.token);
      else foreign.push(text);
    }
    // Every code in view is recorded, acted on or not: a poster seen beside a badge stays
    // silent when the badge leaves.
    const fresh = this.repeats.accept([...badges, ...foreign], now);
    const report = badges.size > 0 ? fresh.filter((text) => badges.has(text)) : fresh.slice(0, 1);
    if (badges.size > 0) this.lastBadgeAt = now;
    return { report, hint: this.watchUnreadable(unreadable, now) };
  }

  private watchUnreadable(unreadable: boolean, now: number): boolean {
    if (this.streak?.absent && now - this.streak.last > HINT_GAP_MS) this.streak = null;
    if (!unreadable) {
      if (this.streak) this.streak.absent = true;
      return false;
    }
    this.streak ??= { since: now, last: now, hinted: false, absent: false };
    this.streak.last = now;
    this.streak.absent = false;
    // A badge read during the streak or just before it needs no hint: it was the same badge at
    // a worse angle, and the learner already has the greeting.
    const read = this.lastBadgeAt >= this.streak.since - HINT_GAP_MS;
    if (this.streak.hinted || read || now - this.streak.since < HINT_AFTER_MS) return false;
    this.streak.hinted = true;
    return true;
  }
}
