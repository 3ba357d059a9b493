// The learners whose attendance dropped, with their weeks before and after and a week-by-week
// strip, so staff can get in touch before a learner quietly stops coming.
import type { DropRule, DroppedLearner } from '../../../shared/reports';
import type { Learner } from '../../../shared/types';
import { useI18n } from '../../i18n';
import type { ReportFormat } from './format';

export interface DroppedRow {
  entry: DroppedLearner;
  /** The roster's names; undefined when the roster does not know the learner (yet). */
  learner: Pick<Learner, 'firstName' | 'lastName' | 'groups'> | undefined;
}

/** Enough to act on in one sitting; the rest is counted, not hidden silently. */
export const DROPPED_LIMIT = 100;

export function DroppedLearners(props: {
  rows: DroppedRow[];
  rule: DropRule;
  format: ReportFormat;
}) {
  const { rows, rule, format } = props;
  const { t } = useI18n();
  const shown = rows.slice(0, DROPPED_LIMIT);
  const weeks = (n: number) => ({ weeks: n });
  return (
    <section className="report-card" aria-labelledby="report-dropped-title">
      <div className="report-card__head">
        <h2 id="report-dropped-title">
          {t('reports.dropped.title')}{' '}
          <span className="report-card__count">{format.number(rows.length)}</span>
        </h2>
        <p className="report-card__note">
          {t('reports.dropped.rule', {
            min: rule.minEarlier,
            earlier: rule.earlierWeeks,
            max: rule.maxRecent,
            recent: rule.recentWeeks,
          })}
        </p>
      </div>
      {rows.length === 0 ? (
        <p className="report-card__empty">{t('reports.dropped.none')}</p>
      ) : (
        <table
          className="report-table report-table--dropped"
          aria-labelledby="report-dropped-title"
          data-testid="dropped-table"
        >
          <thead>
            <tr>
              <th scope="col">{t('reports.dropped.name')}</th>
              <th scope="col">{t('reports.dropped.groups')}</th>
              <th scope="col" className="report-table__number">
                {t('reports.dropped.earlier', weeks(rule.earlierWeeks))}
              </th>
              <th scope="col" className="report-table__number">
                {t('reports.dropped.recent', weeks(rule.recentWeeks))}
              </th>
              <th scope="col">{t('reports.dropped.pattern')}</th>
              <th scope="col">{t('reports.dropped.last-seen')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ entry, learner }) => {
              const named = learner && (learner.firstName || learner.lastName);
              return (
                <tr key={entry.learnerId} data-learner={entry.learnerId}>
                  <th scope="row">
                    {named
                      ? `${learner.firstName} ${learner.lastName}`
                      : t('reports.dropped.unknown')}
                    <span className="report-table__id">{entry.learnerId}</span>
                  </th>
                  <td>{learner?.groups.join(', ') ?? ''}</td>
                  <td className="report-table__number">
                    {entry.earlier} / {rule.earlierWeeks}
                  </td>
                  <td className="report-table__number">
                    {entry.recent} / {rule.recentWeeks}
                  </td>
                  <td>
                    <WeekStrip weeks={entry.weeks} split={rule.earlierWeeks} />
                  </td>
                  <td>{format.longDay(entry.lastSeen)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {rows.length > shown.length && (
        <p className="report-card__note">
          {t('reports.dropped.more', { count: rows.length - shown.length })}
        </p>
      )}
    </section>
  );
}

/** One square a week, oldest first; a gap marks where the recent block starts. */
function WeekStrip(props: { weeks: boolean[]; split: number }) {
  const { weeks, split } = props;
  const { t } = useI18n();
  const label = t('reports.dropped.pattern-label', {
    weeks: weeks.map((w) => t(w ? 'reports.dropped.yes' : 'reports.dropped.no')).join(', '),
  });
  const size = 14;
  const step = size + 4;
  const width = weeks.length * step + 6;
  return (
    <svg className="week-strip" width={width} height={size + 2} role="img" aria-label={label}>
      {weeks.map((came, i) => (
        <rect
          key={i}
          className={came ? 'week-strip__week week-strip__week--came' : 'week-strip__week'}
          x={1 + i * step + (i >= split ? 6 : 0)}
          y={1}
          width={size}
          height={size}
          rx={3}
        />
      ))}
    </svg>
  );
}
