// One learner in the reception list: status of the day and the actions staff can take. Memoised:
// a keystroke that keeps a learner in the list does not draw their row again.
import { memo, useEffect, useRef } from 'react';
import type { LearnerDay } from '../../../shared/attendance';
import { formatClock } from '../../../shared/time';
import type { LearnerRow } from '../../db/schema';
import { useI18n } from '../../i18n';

export type LearnerAction = 'check-in' | 'check-out' | 'void';

export const LearnerItem = memo(function LearnerItem(props: {
  learner: LearnerRow;
  day: LearnerDay | undefined;
  /** Today's closing time: who was still in then left at closing, with no event of their own. */
  closingAt: number | null;
  onAction: (learner: LearnerRow, kind: LearnerAction) => void;
  onReprint: (learner: LearnerRow) => void;
  /** Set while an unknown badge waits for its learner: the row offers to take it, nothing else. */
  onLink?: (learner: LearnerRow) => void;
  /** Set on the row of the learner whose badge was just scanned: the scan's serial. */
  scanned?: number;
}) {
  const { learner, day, closingAt, onAction, onReprint, onLink, scanned } = props;
  const { t } = useI18n();
  const row = useRef<HTMLLIElement>(null);
  // Brought into view at each scan, and when the row appears in another tab after one.
  useEffect(() => {
    if (scanned !== undefined) row.current?.scrollIntoView({ block: 'center' });
  }, [scanned]);
  const archived = learner.status === 'archived';
  let status: string;
  if (archived) status = t('reception.status.archived');
  else if (!day) status = t('reception.status.unseen');
  else if (day.inBuilding && day.last)
    status = t('reception.status.in', {
      time: formatClock(day.last.at),
      method: t(`method.${day.last.method}`),
    });
  else if (day.last?.type === 'check-in')
    status = t('reception.status.closed', {
      time: closingAt === null ? '—' : formatClock(closingAt),
      arrival: day.firstArrival === null ? '—' : formatClock(day.firstArrival),
    });
  else
    status = t('reception.status.left', {
      time: day.lastDeparture === null ? '—' : formatClock(day.lastDeparture),
      arrival: day.firstArrival === null ? '—' : formatClock(day.firstArrival),
    });

  return (
    <li
      className="learner"
      data-learner={learner.id}
      data-scanned={scanned === undefined ? undefined : ''}
      ref={row}
    >
      <div className="learner__who">
        <strong>
          {learner.firstName} {learner.lastName}
        </strong>
        <span className="learner__id">{learner.id}</span>
        <span className="learner__status">{status}</span>
      </div>
      {!archived && onLink && (
        <div className="learner__actions">
          <button type="button" className="button button--primary" onClick={() => onLink(learner)}>
            {t('help.link-here')}
          </button>
        </div>
      )}
      {!archived && !onLink && (
        <div className="learner__actions">
          {day?.inBuilding ? (
            <button type="button" className="button" onClick={() => onAction(learner, 'check-out')}>
              {t('reception.check-out')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => onAction(learner, 'check-in')}>
              {t('reception.check-in')}
            </button>
          )}
          {day?.last && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onAction(learner, 'void')}
            >
              {t('reception.undo')}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={() => onReprint(learner)}>
            {t('reception.reprint')}
          </button>
        </div>
      )}
    </li>
  );
});
