// The sync state in words for staff: one headline (what is going on, what to do) and details.
import { formatDate } from '../../shared/i18n';
import { brusselsDay, formatClock } from '../../shared/time';
import type { LanguageCode } from '../../shared/types';
import type { PlainMessageKey, Translate } from '../i18n';
import { SKEW_WARNING_MS, type SyncState } from './state';

type SyncTone = 'off' | 'ok' | 'pending' | 'problem';

interface SyncView {
  tone: SyncTone;
  headline: string;
  details: string[];
  /** The label of the learners' screen indicator; null: no indicator (not enrolled). */
  dot: PlainMessageKey | null;
}

export function describeSync(
  state: SyncState,
  now: number,
  t: Translate,
  language: LanguageCode,
): SyncView {
  const { server, status, pending } = state;
  if (!server) {
    return { tone: 'off', headline: t('sync.state.not-enrolled'), details: [], dot: null };
  }
  const when = (at: number) =>
    brusselsDay(at) === brusselsDay(now)
      ? formatClock(at)
      : `${formatDate(language, at)} ${formatClock(at)}`;
  const details: string[] = [];
  let tone: SyncTone;
  let headline: string;
  if (status.problem) {
    tone = 'problem';
    headline = t(`sync.problem.${status.problem}`);
    if (pending > 0) details.push(t('sync.state.pending', { count: pending }));
    if (status.offlineSince !== null) {
      details.push(t('sync.offline-since', { when: when(status.offlineSince) }));
    }
  } else if (status.phase === 'syncing') {
    tone = pending > 0 ? 'pending' : 'ok';
    headline =
      status.received > 0
        ? t('sync.state.progress', { count: status.received })
        : t('sync.state.syncing');
  } else if (pending > 0) {
    tone = 'pending';
    headline = t('sync.state.pending', { count: pending });
  } else {
    tone = 'ok';
    headline = t('sync.state.synced');
  }
  if (status.skewMs !== null && Math.abs(status.skewMs) > SKEW_WARNING_MS) {
    details.push(t('sync.skew', { minutes: Math.round(Math.abs(status.skewMs) / 60_000) }));
  }
  details.push(
    status.lastSyncAt === null
      ? t('sync.never')
      : t('sync.last', { when: when(status.lastSyncAt) }),
  );
  const dot: PlainMessageKey =
    tone === 'problem'
      ? 'sync.dot.offline'
      : tone === 'ok'
        ? 'sync.dot.synced'
        : 'sync.dot.pending';
  return { tone, headline, details, dot };
}
