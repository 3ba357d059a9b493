// The wish that goes with a repeat scan in arrivals-only mode: the learner is told when the
// arrival was recorded and wished a good session, or a good evening once the day is ending (a
// learner scanning on the way out, out of habit). Chosen by the Brussels wall clock.
import { formatClock } from './time';

export type Wish = 'session' | 'evening';

/** From this Brussels time on ('HH:MM'), "good evening". Sessions start after school. */
export const EVENING_FROM = '18:00';

export function wishFor(at: number): Wish {
  // 'HH:MM' on 24 hours compares as text.
  return formatClock(at) >= EVENING_FROM ? 'evening' : 'session';
}
