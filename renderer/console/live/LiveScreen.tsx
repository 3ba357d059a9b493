// Who is in the building now, across every kiosk: the count, the count by group, and the list
// sorted as the roll call is, updated without reload (useLivePresence). The evacuation roll call
// prints the kiosk's own sheet (renderer/print/RollCallSheet) with everyone inside.
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatClock } from '../../../shared/time';
import { useI18n } from '../../i18n';
import { RollCallSheet, rollCallSheetText } from '../../print/RollCallSheet';
import { measureToPaint } from '../../ui/measure';
import { useLivePresence } from './useLivePresence';
import './live.css';

const NOBODY_TICKED: ReadonlySet<string> = new Set();

export function LiveScreen() {
  const { t, language } = useI18n();
  const { presence, updatedAt, failedSince } = useLivePresence();
  const [group, setGroup] = useState('');
  const shown = useRef(false);
  useEffect(() => {
    // The benchmark's "page ready": from navigation to the first list painted.
    if (presence && !shown.current) {
      shown.current = true;
      measureToPaint('accueil:console-live', 0);
    }
  }, [presence]);
  const entries = useMemo(
    () =>
      presence?.inBuilding.filter((e) => group === '' || e.learner.groups.includes(group)) ?? [],
    [presence, group],
  );

  if (!presence || updatedAt === null) {
    return (
      <section className="live" aria-labelledby="live-title">
        <h1 id="live-title">{t('console-live.nav')}</h1>
        <p role="status">
          {failedSince === null
            ? t('console-live.loading')
            : t('console-live.stale', { time: formatClock(failedSince) })}
        </p>
      </section>
    );
  }
  const count = presence.inBuilding.length;
  return (
    <section className="live" aria-labelledby="live-title">
      <div className="live__head">
        <h1 id="live-title" data-testid="live-count">
          {t('console-live.heading', { count })}
        </h1>
        <button type="button" className="button live__print" onClick={() => window.print()}>
          {t('console-live.print')}
        </button>
      </div>
      <p>
        {t('console-live.summary', { present: presence.present, time: formatClock(updatedAt) })}
      </p>
      {failedSince !== null && (
        <p role="alert" className="live__stale">
          {t('console-live.stale', { time: formatClock(failedSince) })}
        </p>
      )}
      {presence.unlisted > 0 && <p>{t('console-live.unlisted', { count: presence.unlisted })}</p>}
      {presence.groups.length > 0 && (
        <>
          <h2 className="live__subtitle">{t('console-live.by-group')}</h2>
          <ul className="live__groups" data-testid="live-groups">
            {presence.groups.map(([name, n]) => (
              <li key={name}>
                <span>{name}</span> <strong>{n}</strong>
              </li>
            ))}
          </ul>
          <label className="live__filter">
            {t('console-live.group-filter')}{' '}
            <select value={group} onChange={(e) => setGroup(e.target.value)}>
              <option value="">{t('console-live.all-groups')}</option>
              {presence.groups.map(([name, n]) => (
                <option key={name} value={name}>
                  {name} ({n})
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {count === 0 ? (
        <p>{t('console-live.empty')}</p>
      ) : (
        <table className="live__table" aria-label={t('console-live.list')} data-testid="live-list">
          <thead>
            <tr>
              <th scope="col">{t('rollcall.name')}</th>
              <th scope="col">{t('rollcall.groups')}</th>
              <th scope="col">{t('rollcall.arrived')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ learner, arrivedAt }) => (
              <tr key={learner.id} data-learner={learner.id}>
                <td>
                  {learner.lastName.toLocaleUpperCase('fr')} {learner.firstName}
                </td>
                <td>{learner.groups.join(', ') || t('console-live.no-group')}</td>
                <td>{arrivedAt === null ? '—' : formatClock(arrivedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RollCallSheet
        entries={presence.inBuilding}
        ticked={NOBODY_TICKED}
        text={rollCallSheetText(
          t,
          language,
          `${t('app.centre')} · ${t('console-live.where')}`,
          updatedAt,
          presence.inBuilding,
        )}
      />
    </section>
  );
}
