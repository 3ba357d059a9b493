// The evacuation roll call: who is in the building now, sorted by name. Staff tick each person
// found by touch and see how many are still missing; the ticks are kept (rollCallState.ts) until
// the roll call is closed. Printed, it is the sheet of print/RollCallSheet alone.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { KioskBridge } from '../../../shared/bridge';
import { formatDate } from '../../../shared/i18n';
import { missingCount, rollCallEntries } from '../../../shared/roll-call';
import { formatClock } from '../../../shared/time';
import { DEFAULT_KIOSK_SETTINGS } from '../../../shared/types';
import { loadKioskSettings } from '../../db/open';
import type { KioskDatabase } from '../../db/schema';
import { useI18n } from '../../i18n';
import { RollCallSheet, rollCallSheetText } from '../../print/RollCallSheet';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { measureToPaint } from '../../ui/measure';
import { readRollCall, setTicked } from './rollCallState';
import type { Today } from './useToday';

export function RollCall(props: {
  db: KioskDatabase;
  today: Today;
  bridge: KioskBridge;
  /** The click that asked for it: the roll call measures itself from there to its paint. */
  openedAt: number | null;
  onClose: () => Promise<void>;
}) {
  const { db, today, bridge, openedAt, onClose } = props;
  const { t, language } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [closing, setClosing] = useState(false);
  useEffect(() => {
    heading.current?.focus();
    if (openedAt !== null) measureToPaint('accueil:roll-call', openedAt);
  }, [openedAt]);
  const state = useLiveQuery(() => readRollCall(db), [db]);
  const settings = useLiveQuery(() => loadKioskSettings(db), [db]);

  const now = Date.now();
  const entries = useMemo(
    () => rollCallEntries(today.days, today.learners),
    [today.days, today.learners],
  );
  // A tap shows at once; it is stored meanwhile, and forgotten here once the stored row agrees.
  const [taps, setTaps] = useState<ReadonlyMap<string, boolean>>(new Map());
  const ticked = useMemo(() => {
    const set = new Set(state?.ticked ?? []);
    for (const [id, on] of taps) {
      if (on) set.add(id);
      else set.delete(id);
    }
    return set;
  }, [state, taps]);
  useEffect(() => {
    const stored = new Set(state?.ticked ?? []);
    setTaps((current) => {
      const left = [...current].filter(([id, on]) => stored.has(id) !== on);
      return left.length === current.size ? current : new Map(left);
    });
  }, [state]);
  const tick = (learnerId: string, on: boolean) => {
    setTaps((current) => new Map(current).set(learnerId, on));
    setTicked(db, learnerId, on).catch((error: unknown) => {
      console.error('Roll call tick not stored', error);
      setTaps((current) => {
        const next = new Map(current);
        next.delete(learnerId);
        return next;
      });
    });
  };
  const count = entries.length;
  const missing = missingCount(entries, ticked);
  const at = t('rollcall.at', { date: formatDate(language, now, 'long'), time: formatClock(now) });
  const total = t('rollcall.title', { count });
  const kioskName = (settings ?? DEFAULT_KIOSK_SETTINGS).kioskName;
  // The paper copy, hidden on screen, is drawn just after the list: a click or a tick paints
  // sooner.
  const sheet = useMemo(() => ({ entries, ticked }), [entries, ticked]);
  const printed = useDeferredValue(sheet, { entries: [], ticked });

  const close = () => (ticked.size > 0 ? setClosing(true) : void onClose());

  return (
    <section className="rollcall" aria-labelledby="rollcall-title">
      {/* Stays in view while staff scroll the list: the count and the buttons are what they need. */}
      <div className="rollcall__head">
        <h1 id="rollcall-title" ref={heading} tabIndex={-1}>
          {total}
        </h1>
        <p>{at}</p>
        <p role="status" className="rollcall__missing" data-testid="rollcall-missing">
          {missing > 0
            ? t('rollcall.missing', { missing, count })
            : t('rollcall.all-found', { count })}
        </p>
        <div className="rollcall__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void bridge.print()}
          >
            {t('rollcall.print')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('rollcall.end')}
          </button>
        </div>
      </div>
      {count === 0 ? (
        <p>{t('rollcall.empty')}</p>
      ) : (
        <>
          <p className="rollcall__hint">{t('rollcall.hint')}</p>
          <ul className="rollcall__list" aria-label={t('rollcall.list')}>
            {entries.map(({ learner, arrivedAt }) => (
              <li key={learner.id} data-learner={learner.id}>
                <label className="rollcall__row">
                  <input
                    type="checkbox"
                    className="rollcall__check"
                    checked={ticked.has(learner.id)}
                    onChange={(e) => tick(learner.id, e.target.checked)}
                  />
                  <span className="rollcall__name">
                    {learner.lastName.toLocaleUpperCase('fr')} {learner.firstName}
                  </span>
                  <span className="rollcall__meta">
                    {[
                      learner.groups.join(', '),
                      arrivedAt === null
                        ? ''
                        : t('rollcall.arrived-at', { time: formatClock(arrivedAt) }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <RollCallSheet
        entries={printed.entries}
        ticked={printed.ticked}
        text={rollCallSheetText(
          t,
          language,
          `${t('app.centre')} · ${t('staff.kiosk', { name: kioskName })}`,
          now,
          printed.entries,
        )}
      />
      {closing && (
        <ConfirmDialog
          request={{
            title: t('rollcall.end.title'),
            text: t('rollcall.end.text', { count: ticked.size }),
            confirmLabel: t('rollcall.end'),
            onConfirm: onClose,
          }}
          onClose={() => setClosing(false)}
        />
      )}
    </section>
  );
}
