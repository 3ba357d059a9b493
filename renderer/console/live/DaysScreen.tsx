// One day's attendance across every kiosk: arrivals, departures, who came, by group, from the
// same fold as the live page (server/console/live.ts). Today by default; any past day.
import { useEffect, useId, useState } from 'react';
import { formatDate } from '../../../shared/i18n';
import type { DayAttendance } from '../../../shared/presence';
import { brusselsDay, dayBounds, formatClock } from '../../../shared/time';
import { useI18n } from '../../i18n';
import { DateField } from '../../ui/fields';
import { api, ConsoleApiError } from '../api';
import './live.css';

export function DaysScreen() {
  const { t, language } = useI18n();
  const today = brusselsDay(Date.now());
  const [typed, setTyped] = useState(today);
  const [day, setDay] = useState(today);
  const [shown, setShown] = useState<DayAttendance | null>(null);
  const [problem, setProblem] = useState('');
  const id = useId();
  useEffect(() => {
    let current = true;
    setProblem('');
    api.get<DayAttendance>(`/live/days/${day}`).then(
      (answer) => current && setShown(answer),
      (error: unknown) => {
        if (!current) return;
        setShown(null);
        setProblem(
          error instanceof ConsoleApiError && error.code === 'bad-day'
            ? t('console-live.days.future')
            : error instanceof Error
              ? error.message
              : String(error),
        );
      },
    );
    return () => {
      current = false;
    };
  }, [day, t]);

  const show = () => {
    if (typed === '' || typed > today) setProblem(t('console-live.days.future'));
    else setDay(typed);
  };
  return (
    <section className="live" aria-labelledby="days-title">
      <h1 id="days-title">
        {t('console-live.days.heading', {
          date: formatDate(language, dayBounds(day).start, 'long'),
        })}
      </h1>
      <form
        className="live__day-form"
        onSubmit={(e) => {
          e.preventDefault();
          show();
        }}
      >
        <label htmlFor={`${id}-day`}>{t('console-live.days.pick')}</label>
        <DateField id={`${id}-day`} hintId={`${id}-hint`} value={typed} onChange={setTyped} />
        <button type="submit" className="button">
          {t('console-live.days.show')}
        </button>
      </form>
      {problem && (
        <p role="alert" className="live__stale">
          {problem}
        </p>
      )}
      {shown && shown.day === day && (
        <>
          <p role="status" data-testid="days-totals">
            {t('console-live.days.totals', {
              present: shown.entries.length + shown.unlisted,
              arrivals: shown.arrivals,
              departures: shown.departures,
            })}
          </p>
          {shown.groups.length > 0 && (
            <ul className="live__groups">
              {shown.groups.map(([name, n]) => (
                <li key={name}>
                  <span>{name}</span> <strong>{n}</strong>
                </li>
              ))}
            </ul>
          )}
          {shown.entries.length === 0 ? (
            <p>{t('console-live.days.empty')}</p>
          ) : (
            <table className="live__table" aria-label={t('console-live.days.list')}>
              <thead>
                <tr>
                  <th scope="col">{t('rollcall.name')}</th>
                  <th scope="col">{t('rollcall.groups')}</th>
                  <th scope="col">{t('rollcall.arrived')}</th>
                  <th scope="col">{t('console-live.days.departure')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.entries.map(({ learner, firstArrival, lastDeparture, noDeparture }) => (
                  <tr key={learner.id} data-learner={learner.id}>
                    <td>
                      {learner.lastName.toLocaleUpperCase('fr')} {learner.firstName}
                    </td>
                    <td>{learner.groups.join(', ') || t('console-live.no-group')}</td>
                    <td>{firstArrival === null ? '—' : formatClock(firstArrival)}</td>
                    <td>
                      {noDeparture
                        ? t('console-live.days.no-departure')
                        : lastDeparture === null
                          ? '—'
                          : formatClock(lastDeparture)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}
