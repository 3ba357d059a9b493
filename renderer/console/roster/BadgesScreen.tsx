// The console's badges: the kiosk's badges board (print/badges/BadgeBoard.tsx) over the server's
// roster. Each action is one request the server writes as a kiosk's events; a bulk issue goes in
// batches, so its progress moves and each batch's cards are made while the next is written.
// Cards print through the browser's own print dialog.
import { useCallback, useMemo } from 'react';
import type { BadgeProblem, BadgeSummary } from '../../../shared/badge-actions';
import type {
  BadgeActionRequest,
  BadgeActionResponse,
  BulkIssueRequest,
  BulkIssueResponse,
} from '../../../shared/console-roster';
import { useI18n } from '../../i18n';
import { BadgeBoard, type BadgeSource } from '../../print/badges/BadgeBoard';
import { api, ConsoleApiError } from '../api';
import { ROSTER_API, useConsoleRoster } from './useConsoleRoster';
import './console-roster.css';

/** Learners a bulk request asks for: the progress moves once per batch. */
const BATCH = 250;
const PROBLEMS: readonly string[] = [
  'already-active',
  'no-active',
  'archived',
  'unknown-learner',
] satisfies BadgeProblem[];

const browserPrint = { print: async () => window.print() };

export function BadgesScreen() {
  const { t } = useI18n();
  const { learners, reload, problem } = useConsoleRoster();
  const summaries = useMemo(
    () =>
      learners &&
      new Map<string, BadgeSummary>(
        learners.map((l) => [l.id, { active: l.active, revoked: l.revoked }]),
      ),
    [learners],
  );
  const explain = useCallback(
    (error: unknown, name: string) => {
      if (error instanceof ConsoleApiError && PROBLEMS.includes(error.code)) {
        return t(`badges.error.${error.code as BadgeProblem}`, { name });
      }
      return error instanceof ConsoleApiError ? error.message : t('badges.error.failed');
    },
    [t],
  );
  const source = useMemo(
    (): BadgeSource => ({
      learners: learners ?? undefined,
      summaries: summaries ?? undefined,
      act: async (learnerId, action) => {
        const change = await api.post<BadgeActionResponse>(
          `${ROSTER_API}/learners/${encodeURIComponent(learnerId)}/badge`,
          { action } satisfies BadgeActionRequest,
        );
        await reload();
        return { learnerId, issued: change.issued, revoked: change.revoked };
      },
      issueMissing: async (learnerIds, { onProgress, onBatch }) => {
        const issued: BulkIssueResponse['issued'] = [];
        try {
          for (let from = 0; from < learnerIds.length; from += BATCH) {
            const batch: BulkIssueRequest = { learnerIds: learnerIds.slice(from, from + BATCH) };
            const answer = await api.post<BulkIssueResponse>(`${ROSTER_API}/badges`, batch);
            issued.push(...answer.issued);
            onBatch(answer.issued);
            onProgress(Math.min(from + BATCH, learnerIds.length), learnerIds.length, issued.length);
          }
        } finally {
          await reload();
        }
        return { issued };
      },
      explain,
    }),
    [learners, summaries, reload, explain],
  );
  if (!learners && problem) {
    return (
      <div className="console-roster">
        <p className="staff__problem" role="alert">
          {t('console.roster.load-failed', { reason: problem })}
        </p>
        <button type="button" className="button" onClick={() => void reload()}>
          {t('console.roster.retry')}
        </button>
      </div>
    );
  }
  return (
    <div className="console-roster">
      <BadgeBoard source={source} bridge={browserPrint} />
    </div>
  );
}
