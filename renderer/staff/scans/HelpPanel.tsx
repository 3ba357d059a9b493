// Scans refused today (unknown, revoked or archived badges): each learner was told to come to
// reception, and waits here with one-tap answers until staff settle their scan.
import { useLiveQuery } from 'dexie-react-hooks';
import { formatClock } from '../../../shared/time';
import { scansNeedingHelp, settleScanHelp } from '../../db/queries';
import type { HelpRow, KioskDatabase, LearnerRow } from '../../db/schema';
import { useI18n } from '../../i18n';

export function HelpPanel(props: {
  db: KioskDatabase;
  day: string;
  learners: Map<string, LearnerRow>;
  /** Checks the learner in by hand (with a reason); `settle` runs once it is done. */
  onCheckIn: (learner: LearnerRow, settle: () => Promise<void>) => void;
  onReprint: (learner: LearnerRow) => void;
  /** Asks which learner the unknown badge `token` belongs to. */
  onLink: (token: string) => void;
}) {
  const { db, day, learners, onCheckIn, onReprint, onLink } = props;
  const { t } = useI18n();
  const rows = useLiveQuery(() => scansNeedingHelp(db, day), [db, day]);
  if (!rows?.length) return null;

  const settle = (row: HelpRow) => settleScanHelp(db, day, row.token);
  const describe = (row: HelpRow, learner: LearnerRow | undefined) => {
    const time = formatClock(row.at);
    if (row.outcome === 'unknown' || !learner) return t('help.unknown', { time });
    return t(`help.${row.outcome}`, { time, name: `${learner.firstName} ${learner.lastName}` });
  };

  return (
    <section className="help" aria-labelledby="help-title">
      <h2 id="help-title">{t('help.title', { count: rows.length })}</h2>
      <ul className="help__list">
        {rows.map((row) => {
          const learner = row.learnerId === null ? undefined : learners.get(row.learnerId);
          const active = learner?.status === 'active';
          return (
            <li key={row.seq} className="help__item" data-outcome={row.outcome}>
              <span>{describe(row, learner)}</span>
              <span className="help__actions">
                {row.outcome === 'revoked' && learner && active && (
                  <>
                    <button
                      type="button"
                      className="button"
                      onClick={() => onCheckIn(learner, () => settle(row))}
                    >
                      {t('reception.check-in')}
                    </button>
                    <button type="button" className="button" onClick={() => onReprint(learner)}>
                      {t('reception.reprint')}
                    </button>
                  </>
                )}
                {row.outcome === 'unknown' && (
                  <button type="button" className="button" onClick={() => onLink(row.token)}>
                    {t('help.link')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => void settle(row)}
                >
                  {t('help.dismiss')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
