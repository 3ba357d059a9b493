// Reception: today at a glance, search as you type, manual check-in/out and undo with a reason,
// and the evacuation roll call.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatClock } from '../../../shared/time';
import type { StaffMember } from '../../../shared/types';
import type { KioskBridge } from '../../../shared/bridge';
import { badgeToPrint, linkUnknownBadge } from '../../db/badges';
import { settleScanHelp } from '../../db/queries';
import type { KioskDatabase, LearnerRow } from '../../db/schema';
import { useBadgePrinting } from '../../print/useBadgePrinting';
import { FilterTabs } from '../../ui/controls';
import { useI18n } from '../../i18n';
import { measureToPaint } from '../../ui/measure';
import { manualAttendance, undoLast, voidEvent } from './actions';
import { DoneNotice, type Done } from './DoneNotice';
import { LearnerItem, type LearnerAction } from './LearnerItem';
import { ReasonDialog, type ReasonRequest } from './ReasonDialog';
import { WalkInDialog } from './WalkInDialog';
import { RollCall } from './RollCall';
import { closeRollCall, openRollCall, readRollCall } from './rollCallState';
import { HelpPanel } from '../scans/HelpPanel';
import type { StaffScan } from '../scans/useStaffScans';
import {
  PAGE_ROWS,
  TABS,
  tabOf,
  usePagedRows,
  useReceptionList,
  type Tab,
} from './useReceptionList';
import { useToday } from './useToday';

export function ReceptionScreen(props: {
  db: KioskDatabase;
  staff: StaffMember;
  bridge: KioskBridge;
  /** The latest badge scanned in staff mode: its learner's row is brought into view. */
  scan: StaffScan | null;
}) {
  const { db, staff, bridge, scan } = props;
  const { t } = useI18n();
  const today = useToday(db);
  const [query, setQuery] = useState('');
  const [tab, setTab] = useState<Tab>('in');
  const [request, setRequest] = useState<ReasonRequest | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [walkIn, setWalkIn] = useState(false);
  /** An unknown badge waiting to be given to the learner staff choose in the list, or null. */
  const [linking, setLinking] = useState<string | null>(null);
  const tell = useCallback((text: string, undo?: Done['undo']) => {
    setDone((last) => ({ serial: (last?.serial ?? 0) + 1, text, undo }));
  }, []);
  // After an action the search has the focus, its text selected: the next name replaces it.
  const search = useRef<HTMLInputElement>(null);
  const [searchTurn, setSearchTurn] = useState(0);
  const giveSearchBack = useCallback(() => setSearchTurn((n) => n + 1), []);
  useEffect(() => {
    if (searchTurn === 0) return;
    search.current?.focus();
    search.current?.select();
  }, [searchTurn]);
  /** When the roll call was asked for (it measures itself from there), or null: closed. */
  const [rollCall, setRollCall] = useState<number | null>(null);
  // A roll call left open (a reload, staff signing in again) comes back with its ticks.
  const openRoll = useLiveQuery(() => readRollCall(db), [db]);
  const printing = useBadgePrinting(bridge, t('app.centre'));

  // The learner just scanned is followed: their tab (their row moves there once the scan is in
  // today's events), enough rows to include them, their row highlighted and in view. Scans from
  // before this screen opened are not; choosing a tab stops following until the next scan.
  const [seen, setSeen] = useState(() => scan?.serial ?? 0);
  const followed =
    scan && scan.serial > seen && scan.learner?.status === 'active'
      ? { id: scan.learner.id, serial: scan.serial }
      : null;
  const shownTab = followed && today && !query.trim() ? tabOf(today, followed.id) : tab;
  const chooseTab = (next: Tab) => {
    setTab(next);
    setSeen(scan?.serial ?? 0);
  };

  // Not deferred: a keystroke draws at most PAGE_ROWS rows, a few milliseconds, and a deferred
  // value painted the old list first and the new one a task later.
  const paged = usePagedRows(`${shownTab}\n${query}`);
  const { list, counts } = useReceptionList(today, query, shownTab, paged.rows, followed?.id);

  // Keystroke → results painted, for the benchmarks: measured once the list for what was typed
  // is on screen (it is committed with the keystroke).
  const typedAt = useRef<number | null>(null);
  useEffect(() => {
    if (typedAt.current === null) return;
    measureToPaint('accueil:search', typedAt.current);
    typedAt.current = null;
  }, [list, query]);

  // Stable across keystrokes, so the memoised rows that stay in the list are not drawn again.
  const ask = useCallback(
    (learner: LearnerRow, kind: LearnerAction, after?: () => Promise<void>) => {
      if (!today) return;
      const name = `${learner.firstName} ${learner.lastName}`;
      const day = today.days.get(learner.id);
      if (kind === 'void' && day?.last) {
        const what = t(`what.${day.last.type}`, { time: formatClock(day.last.at) });
        setRequest({
          kind: 'void',
          target: day.last.type,
          title: t('reason.title.void', { name, what }),
          onConfirm: async (reason) => {
            await undoLast(db, staff, day, reason);
            tell(t('reception.done.void', { name }));
          },
        });
      } else if (kind !== 'void') {
        setRequest({
          kind,
          title: t(`reason.title.${kind}`, { name }),
          onConfirm: async (reason) => {
            const event = await manualAttendance(db, staff, learner.id, kind, reason);
            await after?.();
            tell(t(`reception.done.${kind}`, { name }), {
              label: t(`reason.undo.${kind}`),
              run: async () => {
                await voidEvent(
                  db,
                  staff,
                  { id: event.id, learnerId: learner.id },
                  t('reason.void.immediate'),
                );
                tell(t('reception.done.void', { name }));
                giveSearchBack();
              },
            });
          },
        });
      }
    },
    [today, db, staff, t, tell, giveSearchBack],
  );

  // A forgotten or damaged badge: print the learner's current card again, same token; a learner
  // whose every badge was revoked gets a new one.
  const { print } = printing;
  const reprint = useCallback(
    async (learner: LearnerRow) => {
      const name = `${learner.firstName} ${learner.lastName}`;
      const token = (await badgeToPrint(db, staff.id, learner.id))?.token;
      if (!token) return tell(t('reception.no-badge', { name }));
      try {
        await print({
          cards: [{ firstName: learner.firstName, lastName: learner.lastName, token }],
          layout: 'card',
        });
        tell(t('reception.reprinted', { name }));
      } catch (error) {
        console.error('Badge reprint failed', error);
        tell(t('reception.print-failed'));
      }
    },
    [db, staff, print, t, tell],
  );
  const onReprint = useCallback((learner: LearnerRow) => void reprint(learner), [reprint]);
  const printCard = useCallback(
    async (card: { firstName: string; lastName: string; token: string }) => {
      try {
        await print({ cards: [card], layout: 'card' });
        return t('reception.reprinted', { name: `${card.firstName} ${card.lastName}` });
      } catch (error) {
        console.error('Badge print failed', error);
        return t('reception.print-failed');
      }
    },
    [print, t],
  );

  const link = useCallback(
    async (learner: LearnerRow) => {
      if (linking === null || !today) return;
      const name = `${learner.firstName} ${learner.lastName}`;
      if (await linkUnknownBadge(db, staff.id, learner.id, linking)) {
        await settleScanHelp(db, today.day, linking);
        tell(t('help.linked', { name }));
      } else {
        tell(t('help.link-refused'));
      }
      setLinking(null);
      giveSearchBack();
    },
    [db, staff, linking, today, t, tell, giveSearchBack],
  );
  const onLink = useCallback((learner: LearnerRow) => void link(learner), [link]);

  if (!today) return <p role="status">{t('app.loading')}</p>;
  if (rollCall !== null || openRoll) {
    return (
      <RollCall
        db={db}
        today={today}
        bridge={bridge}
        openedAt={rollCall}
        onClose={async () => {
          await closeRollCall(db);
          setRollCall(null);
        }}
      />
    );
  }

  return (
    <section className="reception" aria-labelledby="reception-title">
      <div className="reception__head">
        <h1 id="reception-title">{t('reception.title')}</h1>
        <button type="button" className="button" onClick={() => setWalkIn(true)}>
          {t('walkin.open')}
        </button>
        <button
          type="button"
          className="button"
          onClick={(event) => {
            setRollCall(event.timeStamp);
            void openRollCall(db);
          }}
        >
          {t('rollcall.open')}
        </button>
      </div>
      <HelpPanel
        db={db}
        day={today.day}
        learners={today.learners}
        onCheckIn={(learner, settle) => ask(learner, 'check-in', settle)}
        onReprint={onReprint}
        onLink={setLinking}
      />
      {linking !== null && (
        <div className="reception__linking" role="status">
          <p>{t('help.linking')}</p>
          <button type="button" className="button" onClick={() => setLinking(null)}>
            {t('reason.back')}
          </button>
        </div>
      )}
      <label htmlFor="reception-search" className="reception__search-label">
        {t('reception.search')}
      </label>
      <input
        id="reception-search"
        ref={search}
        type="search"
        className="reception__search"
        autoComplete="off"
        autoFocus
        value={query}
        onChange={(e) => {
          typedAt.current = e.timeStamp;
          setQuery(e.target.value);
        }}
      />
      {!query.trim() && (
        <FilterTabs
          label={t('reception.title')}
          options={TABS}
          value={shownTab}
          onChange={chooseTab}
          text={(name) => t(`reception.tab.${name}`, { count: counts[name] })}
        />
      )}
      <DoneNotice done={done} />
      {query.trim() && list.ids.length === 0 ? (
        <p>{t('reception.no-results', { query: query.trim() })}</p>
      ) : (
        <ul className="reception__list">
          {list.ids.map((id) => {
            const learner = today.learners.get(id);
            return learner ? (
              <LearnerItem
                key={id}
                learner={learner}
                day={today.days.get(id)}
                closingAt={today.closingAt}
                onAction={ask}
                onReprint={onReprint}
                onLink={linking === null ? undefined : onLink}
                scanned={followed?.id === id ? followed.serial : undefined}
              />
            ) : null;
          })}
        </ul>
      )}
      {list.total > list.ids.length && (
        <div>
          <p>{t('reception.more', { count: list.total - list.ids.length })}</p>
          <button type="button" className="button button--quiet" onClick={paged.more}>
            {t('reception.show-more', {
              count: Math.min(PAGE_ROWS, list.total - list.ids.length),
            })}
          </button>
        </div>
      )}
      {request && (
        <ReasonDialog
          request={request}
          onClose={(acted) => {
            setRequest(null);
            if (acted) giveSearchBack();
          }}
        />
      )}
      {walkIn && (
        <WalkInDialog
          db={db}
          staff={staff}
          onPrint={printCard}
          onClose={() => {
            setWalkIn(false);
            giveSearchBack();
          }}
        />
      )}
      {printing.sheet}
    </section>
  );
}
