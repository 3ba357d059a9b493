// The learners as a table: name, number, groups, language, status, and the row's actions. Each
// button's accessible name says whose row it acts on ("Modifier Léa Dubois").
import type { Learner } from '../../../shared/types';
import { useI18n } from '../../i18n';
import './roster.css';

export function LearnerTable<L extends Learner>(props: {
  rows: readonly L[];
  onEdit: (row: L) => void;
  onArchive: (row: L) => void;
}) {
  const { rows, onEdit, onArchive } = props;
  const { t } = useI18n();
  return (
    <table className="roster__table roster__list" aria-labelledby="roster-title">
      <thead>
        <tr>
          <th scope="col">{t('roster.col.name')}</th>
          <th scope="col">{t('roster.col.id')}</th>
          <th scope="col">{t('roster.col.groups')}</th>
          <th scope="col">{t('roster.col.language')}</th>
          <th scope="col">{t('roster.col.status')}</th>
          <th scope="col">{t('roster.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const name = `${row.firstName} ${row.lastName}`;
          const archived = row.status === 'archived';
          return (
            <tr key={row.id} data-learner={row.id} data-status={row.status}>
              <td className="roster__wraps">
                <strong>{row.lastName}</strong> {row.firstName}
              </td>
              <td>{row.id}</td>
              <td className="roster__wraps">{row.groups.join(', ')}</td>
              <td>{row.language ? t(`language.${row.language}`) : '—'}</td>
              <td>{t(archived ? 'roster.status.archived' : 'roster.status.active')}</td>
              <td>
                <div className="roster__row-actions">
                  <button
                    type="button"
                    className="button"
                    aria-label={t('roster.edit.label', { name })}
                    onClick={() => onEdit(row)}
                  >
                    {t('roster.edit')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t(archived ? 'roster.reactivate.label' : 'roster.archive.label', {
                      name,
                    })}
                    onClick={() => onArchive(row)}
                  >
                    {t(archived ? 'roster.reactivate' : 'roster.archive')}
                  </button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
