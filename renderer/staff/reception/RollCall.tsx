// The evacuation roll call: who is in the building now, sorted by name, on one printed page.
import { useEffect, useRef } from 'react';
import { inBuildingNow } from '../../../shared/attendance';
import { formatClock } from '../../../shared/time';
import type { KioskBridge } from '../../../shared/bridge';
import { useI18n } from '../../i18n';
import { measureToPaint } from '../../ui/measure';
import type { Today } from './useToday';

const collator = new Intl.Collator('fr');

export function RollCall(props: {
  today: Today;
  bridge: KioskBridge;
  /** The click that asked for it: the roll call measures itself from there to its paint. */
  openedAt: number;
  onClose: () => void;
}) {
  const { today, bridge, openedAt, onClose } = props;
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    measureToPaint('accueil:roll-call', openedAt);
  }, [openedAt]);

  const now = Date.now();
  const people = inBuildingNow(today.days)
    .flatMap((day) => {
      const learner = today.learners.get(day.learnerId);
      return learner ? [{ learner, day }] : [];
    })
    .sort(
      (a, b) =>
        collator.compare(a.learner.lastName, b.learner.lastName) ||
        collator.compare(a.learner.firstName, b.learner.firstName),
    );
  const date = new Intl.DateTimeFormat('fr-BE', {
    timeZone: 'Europe/Brussels',
    dateStyle: 'long',
  }).format(now);

  return (
    <section className="rollcall" aria-labelledby="rollcall-title">
      <h1 id="rollcall-title" ref={heading} tabIndex={-1}>
        {t('rollcall.title', { count: people.length })}
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
