// One learner in the badges list: their badge status and what can be done with it.
import { formatTokenForPrint } from '../../../shared/badge';
import { useI18n } from '../../i18n';
import type { BadgeSummary } from '../../../shared/badge-actions';
import type { Learner } from '../../../shared/types';

export type RowAction = 'issue' | 'reissue' | 'revoke' | 'print';

export function BadgeRow(props: {
  learner: Learner;
  summary: BadgeSummary | undefined;
  selected: boolean;
  onSelect: (learnerId: string, selected: boolean) => void;
  onAction: (learner: Learner, action: RowAction) => void;
}) {
  const { learner, summary, selected, onSelect, onAction } = props;
  const { t } = useI18n();
  const name = `${learner.firstName} ${learner.lastName}`;
  const archived = learner.status === 'archived';
  const token = summary?.active[0];
  const others = (summary?.active.length ?? 1) - 1;
  const revoked = summary?.revoked.length ?? 0;
  const checkbox = `badge-select-${learner.id}`;

  return (
    <li className="badge-row" data-learner={learner.id}>
      <input
        id={checkbox}
        type="checkbox"
        className="badge-row__select"
        checked={selected && token !== undefined}
        disabled={!token || archived}
        onChange={(e) => onSelect(learner.id, e.target.checked)}
      />
      <div className="badge-row__who">
        <label htmlFor={checkbox} className="badge-row__name">
          <span className="visually-hidden">{t('badges.select')} </span>
          {name}
        </label>
        <span className="badge-row__detail">
          {learner.id}
          {learner.groups.length > 0 && ` · ${learner.groups.join(', ')}`}
          {archived && ` · ${t('badges.status.archived')}`}
        </span>
        <span className="badge-row__detail">
          {token ? (
            <>
              {t('badges.status.active')}{' '}
              <span className="badge-row__token" data-token={token}>
                {formatTokenForPrint(token)}
              </span>
            </>
          ) : (
            t('badges.status.none')
          )}
          {revoked > 0 && ` · ${t('badges.status.revoked', { count: revoked })}`}
        </span>
        {others > 0 && (
          <span className="badge-row__warning">
            {t('badges.status.duplicates', { count: others })}
          </span>
        )}
      </div>
      <div className="badge-row__actions">
        {!token && !archived && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => onAction(learner, 'issue')}
          >
            {t('badges.issue')}
          </button>
        )}
        {token && !archived && (
          <>
            <button type="button" className="button" onClick={() => onAction(learner, 'print')}>
              {t('badges.print-one')}
            </button>
            <button type="button" className="button" onClick={() => onAction(learner, 'reissue')}>
              {t('badges.reissue')}
            </button>
          </>
        )}
        {token && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onAction(learner, 'revoke')}
          >
            {t('badges.revoke')}
          </button>
        )}
      </div>
    </li>
  );
}
