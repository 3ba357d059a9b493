// The admin badges section: the badges board (print/badges/BadgeBoard.tsx) on the kiosk's own
// database: its learners and badges as live queries, each action one transaction.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import type { BadgeAction } from '../../../shared/badge-actions';
import { classifyStorageError } from '../../db/errors';
import { useI18n } from '../../i18n';
import { BadgeBoard, type BadgeSource } from '../../print/badges/BadgeBoard';
import type { AdminSectionProps } from '../section';
import {
  BadgeActionError,
  issueBadge,
  loadBadgeSummaries,
  reissueBadge,
  revokeBadge,
} from './badgeActions';
import { issueMissingBadges } from './bulkIssue';

const ACTIONS = { issue: issueBadge, reissue: reissueBadge, revoke: revokeBadge };

export function BadgesSection(props: AdminSectionProps) {
  const { db, staff, bridge } = props;
  const { t } = useI18n();
  // Rows without names are placeholders for archives that arrived before their learner.
  const learners = useLiveQuery(
    () => db.learners.filter((l) => l.firstName !== '' || l.lastName !== '').toArray(),
    [db],
  );
  const summaries = useLiveQuery(() => loadBadgeSummaries(db), [db]);
  const explain = useCallback(
    (error: unknown, name: string) => {
      if (error instanceof BadgeActionError) return t(`badges.error.${error.problem}`, { name });
      console.error('Badge action failed', error);
      const storage = classifyStorageError(error);
      return storage === 'unknown' ? t('badges.error.failed') : t(`staff.storage.${storage}`);
    },
    [t],
  );
  const source = useMemo(
    (): BadgeSource => ({
      learners,
      summaries,
      act: (learnerId: string, action: BadgeAction) => ACTIONS[action](db, staff, learnerId),
      issueMissing: (learnerIds, options) => issueMissingBadges(db, staff, learnerIds, options),
      explain,
    }),
    [db, staff, learners, summaries, explain],
  );
  return <BadgeBoard source={source} bridge={bridge} />;
}
