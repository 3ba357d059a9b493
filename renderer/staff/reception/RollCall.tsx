// The evacuation roll call: who is in the building now, sorted by name, on one printed page.
import { useEffect, useRef } from 'react';
import { inBuildingNow } from '../../../shared/attendance';
import { formatClock } from '../../../shared/time';
import type { KioskBridge } from '../../../shared/bridge';
import { useI18n } from '../../i18n';
import type { Today } from './useToday';

export function RollCall(props: { today: Today; bridge: KioskBridge; onClose: () => void }) {
  const { today, bridge, onClose } = props;
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const now = Date.now();
  const people = inBuildingNow(today.days)
    .flatMap((day) => {
      const learner = today.learners.get(day.learnerId);
      return learner ? [{ learner, day }] : [];
    })
    .sort(
      (a, b) =>
        a.learner.lastName.localeCompare(b.learner.lastName, 'fr') ||
        a.learner.firstName.localeCompare(b.learner.firstName, 'fr'),
    );
  const date = new Intl.DateTimeFormat('fr-BE', {
    timeZone: 'Europe/Brussels',
    dateStyle: 'long',
  }).format(now);

  return (
    <section className="rollcall" aria-labelledby="rollcall-title">
      <h1 id="rollcall-title" ref={heading} tabIndex={-1}>
        {t('rollcall.title', { count: String(people.length) })}
      </h1>
      <p>{t('rollcall.at', { date, time: formatClock(now) })}</p>
      <div className="rollcall__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void bridge.print()}
        >
          {t('rollcall.print')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('rollcall.close')}
        </button>
      </div>
      {people.length === 0 ? (
        <p>{t('rollcall.empty')}</p>
      ) : (
        <table className="rollcall__table">
          <thead>
            <tr>
              <th scope="col">{t('rollcall.present')}</th>
              <th scope="col">{t('rollcall.name')}</th>
              <th scope="col">{t('rollcall.arrived')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map(({ learner, day }) => (
              <tr key={learner.id} data-learner={learner.id}>
                <td className="rollcall__tick" aria-hidden="true">
                  ☐
                </td>
                <td>
                  {learner.lastName.toLocaleUpperCase('fr')} {learner.firstName}
                </td>
                <td>{day.firstArrival === null ? '—' : formatClock(day.firstArrival)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
