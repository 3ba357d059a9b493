// Reception: today at a glance, search as you type, manual check-in/out and undo with a reason,
// and the evacuation roll call.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { LearnerDay } from '../../../shared/attendance';
import { searchLearners } from '../../../shared/search';
import { formatClock } from '../../../shared/time';
import type { StaffMember } from '../../../shared/types';
import type { KioskBridge } from '../../../shared/bridge';
import { activeTokens } from '../../admin/badges/badgeActions';
import type { KioskDatabase, LearnerRow } from '../../db/schema';
import { useBadgePrinting } from '../../print/useBadgePrinting';
import { FilterTabs, Notice } from '../controls';
import { useI18n } from '../../i18n';
import { manualAttendance, undoLast } from './actions';
import { ReasonDialog, type ReasonRequest } from './ReasonDialog';
import { RollCall } from './RollCall';
import { useToday } from './useToday';

const TABS = ['in', 'left', 'unseen'] as const;
type Tab = (typeof TABS)[number];
const LIST_LIMIT = 100;

export function ReceptionScreen(props: {
  db: KioskDatabase;
  staff: StaffMember;
  bridge: KioskBridge;
}) {
  const { db, staff, bridge } = props;
  const { t } = useI18n();
  const today = useToday(db);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [tab, setTab] = useState<Tab>('in');
  const [request, setRequest] = useState<ReasonRequest | null>(null);
  const [notice, setNotice] = useState('');
  const [rollCall, setRollCall] = useState(false);
  const printing = useBadgePrinting(bridge, t('app.centre'));

  const list = useMemo(() => {
    if (!today) return { ids: [] as string[], total: 0 };
    if (deferredQuery.trim()) {
      const ids = searchLearners(today.index, deferredQuery, LIST_LIMIT);
      return { ids, total: ids.length };
    }
    const all = [...today.learners.values()].filter((l) => l.status === 'active');
    const byTab = (l: LearnerRow) => {
      const day = today.days.get(l.id);
      if (tab === 'in') return day?.inBuilding === true;
      if (tab === 'left') return day !== undefined && !day.inBuilding;
      return day === undefined;
    };
    const ids = all
      .filter(byTab)
      .sort(
        (a, b) =>
          a.lastName.localeCompare(b.lastName, 'fr') ||
          a.firstName.localeCompare(b.firstName, 'fr'),
      )
      .map((l) => l.id);
    return { ids: ids.slice(0, LIST_LIMIT), total: ids.length };
  }, [today, deferredQuery, tab]);

  // Keystroke → results on screen, for the benchmarks (passive effects run after the paint).
  const typedAt = useRef<number | null>(null);
  useEffect(() => {
    if (typedAt.current === null || deferredQuery !== query) return;
    performance.measure('accueil:search', { start: typedAt.current });
    typedAt.current = null;
  }, [list, deferredQuery, query]);

  if (!today) return <p role="status">{t('app.loading')}</p>;
  if (rollCall)
    return <RollCall today={today} bridge={bridge} onClose={() => setRollCall(false)} />;

  // A forgotten or damaged badge: print the learner's current card again, same token.
  const reprint = async (learner: LearnerRow) => {
    const name = `${learner.firstName} ${learner.lastName}`;
    const [token] = await activeTokens(db, learner.id);
    if (!token) return setNotice(t('reception.no-badge', { name }));
    try {
      await printing.print({
        cards: [{ firstName: learner.firstName, lastName: learner.lastName, token }],
        layout: 'card',
      });
      setNotice(t('reception.reprinted', { name }));
    } catch (error) {
      console.error('Badge reprint failed', error);
      setNotice(t('reception.print-failed'));
    }
  };

  const counts = { in: 0, left: 0, unseen: 0 };
  for (const learner of today.learners.values()) {
    if (learner.status !== 'active') continue;
    const day = today.days.get(learner.id);
    counts[day === undefined ? 'unseen' : day.inBuilding ? 'in' : 'left'] += 1;
  }

  const ask = (learner: LearnerRow, kind: 'check-in' | 'check-out' | 'void') => {
    const name = `${learner.firstName} ${learner.lastName}`;
    const day = today.days.get(learner.id);
    if (kind === 'void' && day?.last) {
      const what = t(`what.${day.last.type}`, { time: formatClock(day.last.at) });
      setRequest({
        kind: 'void',
        title: t('reason.title.void', { name, what }),
        onConfirm: async (reason) => {
          await undoLast(db, staff, day, reason);
          setNotice(t('reception.done.void', { name }));
        },
      });
    } else if (kind !== 'void') {
      setRequest({
        kind: 'manual',
        title: t(`reason.title.${kind}`, { name }),
        onConfirm: async (reason) => {
          await manualAttendance(db, staff, learner.id, kind, reason);
          setNotice(t(`reception.done.${kind}`, { name }));
        },
      });
    }
  };

  return (
    <section className="reception" aria-labelledby="reception-title">
      <div className="reception__head">
        <h1 id="reception-title">{t('reception.title')}</h1>
        <button type="button" className="button" onClick={() => setRollCall(true)}>
          {t('rollcall.open')}
        </button>
      </div>
      <label htmlFor="reception-search" className="reception__search-label">
        {t('reception.search')}
      </label>
      <input
        id="reception-search"
        type="search"
        className="reception__search"
        autoComplete="off"
        autoFocus
        value={query}
        onChange={(e) => {
          typedAt.current = performance.now();
          setQuery(e.target.value);
        }}
      />
      {!query.trim() && (
        <FilterTabs
          label={t('reception.title')}
          options={TABS}
          value={tab}
          onChange={setTab}
          text={(name) => t(`reception.tab.${name}`, { count: String(counts[name]) })}
        />
      )}
      <Notice text={notice} />
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
                onAction={ask}
                onReprint={(l) => void reprint(l)}
              />
            ) : null;
          })}
        </ul>
      )}
      {list.total > list.ids.length && (
        <p>{t('reception.more', { count: String(list.total - list.ids.length) })}</p>
      )}
      {request && <ReasonDialog request={request} onClose={() => setRequest(null)} />}
      {printing.sheet}
    </section>
  );
}

function LearnerItem(props: {
  learner: LearnerRow;
  day: LearnerDay | undefined;
  onAction: (learner: LearnerRow, kind: 'check-in' | 'check-out' | 'void') => void;
  onReprint: (learner: LearnerRow) => void;
}) {
  const { learner, day, onAction, onReprint } = props;
  const { t } = useI18n();
  const archived = learner.status === 'archived';
  let status: string;
  if (archived) status = t('reception.status.archived');
  else if (!day) status = t('reception.status.unseen');
  else if (day.inBuilding && day.last)
    status = t('reception.status.in', {
      time: formatClock(day.last.at),
      method: t(`method.${day.last.method}`),
    });
  else
    status = t('reception.status.left', {
      time: day.lastDeparture === null ? '—' : formatClock(day.lastDeparture),
      arrival: day.firstArrival === null ? '—' : formatClock(day.firstArrival),
    });

  return (
    <li className="learner" data-learner={learner.id}>
      <div className="learner__who">
        <strong>
          {learner.firstName} {learner.lastName}
        </strong>
        <span className="learner__id">{learner.id}</span>
        <span className="learner__status">{status}</span>
      </div>
      {!archived && (
        <div className="learner__actions">
          {day?.inBuilding ? (
            <button type="button" className="button" onClick={() => onAction(learner, 'check-out')}>
              {t('reception.check-out')}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => onAction(learner, 'check-in')}>
              {t('reception.check-in')}
            </button>
          )}
          {day?.last && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => onAction(learner, 'void')}
            >
              {t('reception.undo')}
            </button>
          )}
          <button type="button" className="button button--quiet" onClick={() => onReprint(learner)}>
            {t('reception.reprint')}
          </button>
        </div>
      )}
    </li>
  );
}
