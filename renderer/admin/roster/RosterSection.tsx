// The admin roster section: the learners (search as you type, status, groups, language), import
// from a CSV or XLSX file through a preview, and add, edit, archive or re-activate by hand.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { searchLearners } from '../../../shared/search';
import type { Learner } from '../../../shared/types';
import type { LearnerRow } from '../../db/schema';
import { Notice } from '../../ui/controls';
import { useI18n } from '../../i18n';
import type { AdminSectionProps } from '../section';
import { ConfirmDialog, type ConfirmRequest } from '../../ui/ConfirmDialog';
import { previewImport, toLearner } from './importRoster';
import { ImportPicker } from '../../ui/roster/ImportPicker';
import { ImportView, type ImportJob } from './ImportView';
import { LearnerDialog } from '../../ui/roster/LearnerDialog';
import { LearnerTable } from '../../ui/roster/LearnerTable';
import { RosterFilters, type RosterFilter } from '../../ui/roster/RosterFilters';
import { TemplateDownload } from './TemplateDownload';
import { archiveLearner, reactivateLearner, saveLearner } from './learners';
import { useRoster } from './useRoster';
import '../../ui/roster/roster.css';

/** Rows drawn at once: the search narrows the rest down. */
const LIST_LIMIT = 100;

type Editing = { learner: Learner | null } | null;

export function RosterSection(props: AdminSectionProps) {
  const { db, staff, bridge } = props;
  const [job, setJob] = useState<ImportJob | null>(null);
  const [returned, setReturned] = useState(false);
  // The list (and its live query of every learner) is unmounted while an import runs: it would
  // otherwise reload and re-index the whole roster the moment the import commits.
  if (job) {
    const close = () => {
      setJob(null);
      setReturned(true);
    };
    return <ImportView db={db} staff={staff} job={job} onClose={close} />;
  }
  return (
    <RosterList db={db} staff={staff} bridge={bridge} onImport={setJob} focusHeading={returned} />
  );
}

function RosterList(
  props: AdminSectionProps & {
    onImport: (job: ImportJob) => void;
    /** Back from an import: the keyboard user continues from the list's heading. */
    focusHeading: boolean;
  },
) {
  const { db, staff, bridge, onImport, focusHeading } = props;
  const { t } = useI18n();
  const roster = useRoster(db);
  const heading = useRef<HTMLHeadingElement>(null);
  const ready = roster !== undefined;
  useEffect(() => {
    if (ready && focusHeading) heading.current?.focus();
  }, [ready, focusHeading]);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [filter, setFilter] = useState<RosterFilter>('all');
  const [editing, setEditing] = useState<Editing>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [notice, setNotice] = useState('');

  const list = useMemo(() => {
    if (!roster) return { ids: [] as string[], total: 0 };
    const ids = deferredQuery.trim()
      ? searchLearners(roster.index, deferredQuery, roster.index.ids.length)
      : roster.index.ids;
    const shown = ids.filter(
      (id) => filter === 'all' || roster.learners.get(id)?.status === filter,
    );
    return { ids: shown.slice(0, LIST_LIMIT), total: shown.length };
  }, [roster, deferredQuery, filter]);

  if (!roster) return <p role="status">{t('app.loading')}</p>;

  const nameOf = (l: Learner) => `${l.firstName} ${l.lastName}`;
  const askArchive = (row: LearnerRow) => {
    const name = nameOf(row);
    const archive = row.status === 'active';
    setConfirm({
      title: t(archive ? 'roster.confirm.archive' : 'roster.confirm.reactivate', { name }),
      text: t(archive ? 'roster.confirm.archive.detail' : 'roster.confirm.reactivate.detail'),
      confirmLabel: t(archive ? 'roster.archive' : 'roster.reactivate'),
      onConfirm: async () => {
        if (archive) await archiveLearner(db, staff, row.id);
        else await reactivateLearner(db, staff, toLearner(row));
        setNotice(t(archive ? 'roster.archived' : 'roster.reactivated', { name }));
      },
    });
  };
  const counts = { all: roster.learners.size, active: roster.active, archived: roster.archived };

  return (
    <section className="roster" aria-labelledby="roster-title">
      <div className="roster__head">
        <h1 id="roster-title" ref={heading} tabIndex={-1}>
          {t('roster.title')}
        </h1>
        <button type="button" className="button" onClick={() => setEditing({ learner: null })}>
          {t('roster.add')}
        </button>
      </div>
      <ImportPicker
        onRead={async (read) => onImport({ ...read, preview: await previewImport(db, read.input) })}
      />
      <TemplateDownload bridge={bridge} />
      <RosterFilters
        query={query}
        onQuery={setQuery}
        filter={filter}
        onFilter={setFilter}
        counts={counts}
      />
      <Notice text={notice} />
      {list.ids.length === 0 ? (
        <p>{query.trim() ? t('roster.no-results', { query: query.trim() }) : t('roster.empty')}</p>
      ) : (
        <LearnerTable
          rows={list.ids.flatMap((id) => roster.learners.get(id) ?? [])}
          onEdit={(row) => setEditing({ learner: toLearner(row) })}
          onArchive={askArchive}
        />
      )}
      {list.total > list.ids.length && (
        <p>{t('roster.more', { count: list.total - list.ids.length })}</p>
      )}
      {editing && (
        <LearnerDialog
          save={(learner, kind) => saveLearner(db, staff, learner, kind)}
          learner={editing.learner}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice(t('roster.saved', { name: nameOf(saved) }));
          }}
        />
      )}
      {confirm && <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />}
    </section>
  );
}
