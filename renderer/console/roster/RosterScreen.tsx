// The console's learners: the server's roster (search as on the kiosk, status), an import from a
// CSV or XLSX file read in this browser and planned by the server, and a learner's name, groups
// and language edited, archived or brought back: each written by the server as a kiosk's event.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { buildSearchIndex, searchLearners } from '../../../shared/search';
import type { ConsoleLearner, LearnerEditRequest } from '../../../shared/console-roster';
import { draftOf, type LearnerDraft } from '../../../shared/learner-draft';
import { useI18n } from '../../i18n';
import { ConfirmDialog, type ConfirmRequest } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/controls';
import { ImportPicker } from '../../ui/roster/ImportPicker';
import { LearnerDialog } from '../../ui/roster/LearnerDialog';
import { LearnerTable } from '../../ui/roster/LearnerTable';
import { RosterFilters, type RosterFilter } from '../../ui/roster/RosterFilters';
import { api } from '../api';
import { ConsoleImport, type ConsoleImportJob } from './ConsoleImport';
import { planImport } from './importPlan';
import { messageOf, ROSTER_API, useConsoleRoster } from './useConsoleRoster';
import './console-roster.css';

/** Rows drawn at once: the search narrows the rest down. */
const LIST_LIMIT = 100;

const nameOf = (l: { firstName: string; lastName: string }) => `${l.firstName} ${l.lastName}`;

export function RosterScreen() {
  const [job, setJob] = useState<ConsoleImportJob | null>(null);
  const [returned, setReturned] = useState(false);
  if (job) {
    const close = () => {
      setJob(null);
      setReturned(true);
    };
    return <ConsoleImport job={job} onClose={close} />;
  }
  return <RosterList onImport={setJob} focusHeading={returned} />;
}

function RosterList(props: {
  onImport: (job: ConsoleImportJob) => void;
  /** Back from an import: the keyboard user continues from the list's heading. */
  focusHeading: boolean;
}) {
  const { onImport, focusHeading } = props;
  const { t } = useI18n();
  const roster = useConsoleRoster();
  const { learners, reload } = roster;
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = learners !== null;
  useEffect(() => {
    if (ready && focusHeading) heading.current?.focus();
  }, [ready, focusHeading]);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [filter, setFilter] = useState<RosterFilter>('all');
  const [editing, setEditing] = useState<ConsoleLearner | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [notice, setNotice] = useState('');

  const byId = useMemo(() => new Map(learners?.map((l) => [l.id, l])), [learners]);
  const index = useMemo(() => buildSearchIndex(learners ?? []), [learners]);
  const list = useMemo(() => {
    const ids = deferredQuery.trim()
      ? searchLearners(index, deferredQuery, index.ids.length)
      : index.ids;
    const shown = ids.filter((id) => filter === 'all' || byId.get(id)?.status === filter);
    return { ids: shown.slice(0, LIST_LIMIT), total: shown.length };
  }, [byId, index, deferredQuery, filter]);

  if (!learners) {
    return roster.problem ? (
      <div className="console-roster">
        <p className="staff__problem" role="alert">
          {t('console.roster.load-failed', { reason: roster.problem })}
        </p>
        <button type="button" className="button" onClick={() => void reload()}>
          {t('console.roster.retry')}
        </button>
      </div>
    ) : (
      <p role="status">{t('console.loading')}</p>
    );
  }

  const askArchive = (learner: ConsoleLearner) => {
    const name = nameOf(learner);
    const archive = learner.status === 'active';
    setConfirm({
      title: t(archive ? 'roster.confirm.archive' : 'roster.confirm.reactivate', { name }),
      text: t(archive ? 'roster.confirm.archive.detail' : 'roster.confirm.reactivate.detail'),
      confirmLabel: t(archive ? 'roster.archive' : 'roster.reactivate'),
      onConfirm: async () => {
        await api.post(
          `${ROSTER_API}/learners/${encodeURIComponent(learner.id)}/${archive ? 'archive' : 'reactivate'}`,
        );
        await reload();
        setNotice(t(archive ? 'roster.archived' : 'roster.reactivated', { name }));
      },
    });
  };
  const active = learners.filter((l) => l.status === 'active').length;
  const counts = { all: learners.length, active, archived: learners.length - active };

  return (
    <section className="roster console-roster" aria-labelledby="roster-title">
      <div className="roster__head">
        <h1 id="roster-title" ref={heading} tabIndex={-1}>
          {t('roster.title')}
        </h1>
      </div>
      <ImportPicker
        onRead={async (read) =>
          onImport({ ...read, preview: await planImport(read.input, { dryRun: true }) })
        }
        explain={messageOf}
      />
      <RosterFilters
        query={query}
        onQuery={setQuery}
        filter={filter}
        onFilter={setFilter}
        counts={counts}
      />
      <Notice text={notice} />
      {list.ids.length === 0 ? (
        <p>
          {query.trim()
            ? t('roster.no-results', { query: query.trim() })
            : t('console.roster.empty')}
        </p>
      ) : (
        <LearnerTable
          rows={list.ids.flatMap((id) => byId.get(id) ?? [])}
          onEdit={setEditing}
          onArchive={askArchive}
        />
      )}
      {list.total > list.ids.length && (
        <p>{t('roster.more', { count: list.total - list.ids.length })}</p>
      )}
      {editing && (
        <LearnerDialog
          learner={editing}
          save={async (learner) => {
            const { id: _id, ...edit }: LearnerDraft = draftOf(learner);
            await api.post(
              `${ROSTER_API}/learners/${encodeURIComponent(learner.id)}`,
              edit satisfies LearnerEditRequest,
            );
            await reload();
          }}
          explain={messageOf}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice(t('console.roster.saved', { name: nameOf(saved) }));
          }}
        />
      )}
      {confirm && <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />}
    </section>
  );
}
