// A kiosk's row in words: when it was last heard from, its clock, its outbox, its last failure.
import type { ConsoleHeartbeat, ConsoleKiosk } from '../../../shared/console-kiosks';
import { formatDate } from '../../../shared/i18n';
import { brusselsDay, formatClock } from '../../../shared/time';
import type { LanguageCode } from '../../../shared/types';
import type { Translate } from '../../i18n';

/** A clock this close to the server's is on time (the measure itself is that rough). */
const ON_TIME_MS = 2_000;

/** A time of today as its clock time, of another day with its date. */
export function when(at: number, now: number, language: LanguageCode): string {
  return brusselsDay(at) === brusselsDay(now)
    ? formatClock(at)
    : `${formatDate(language, at)} ${formatClock(at)}`;
}

export function clockWords(offsetMs: number | null, t: Translate): string {
  if (offsetMs === null) return t('console.kiosks.unknown');
  const size = Math.abs(offsetMs);
  if (size < ON_TIME_MS) return t('console.kiosks.clock.ok');
  const amount =
    size < 120_000
      ? t('console.kiosks.seconds', { count: Math.round(size / 1000) })
      : t('console.kiosks.minutes', { count: Math.round(size / 60_000) });
  return offsetMs > 0
    ? t('console.kiosks.clock.ahead', { amount })
    : t('console.kiosks.clock.behind', { amount });
}

export function crashWords(
  heartbeat: ConsoleHeartbeat,
  now: number,
  t: Translate,
  language: LanguageCode,
): string {
  const crashes = t('console.kiosks.crashes', { count: heartbeat.crashes });
  if (heartbeat.crashes === 0 || heartbeat.lastCrashAt === null) return crashes;
  return t('console.kiosks.crashes-last', {
    crashes,
    when: when(heartbeat.lastCrashAt, now, language),
  });
}

export function lastErrorWords(
  kiosk: ConsoleKiosk,
  now: number,
  t: Translate,
  language: LanguageCode,
): string {
  const error = kiosk.heartbeat?.lastError;
  if (!kiosk.heartbeat) return t('console.kiosks.unknown');
  if (!error) return t('console.kiosks.no-error');
  const problem = t(`console.kiosks.problem.${error.problem}`);
  return error.at === null
    ? problem
    : t('console.kiosks.error-at', { problem, when: when(error.at, now, language) });
}

/** Whether kiosks can reach this address at all (not when it names the server's own loopback). */
export function isLoopback(serverUrl: string): boolean {
  let host: string;
  try {
    host = new URL(serverUrl).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
}
