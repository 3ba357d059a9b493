// The import after the file was read: a preview (counts and the problem report), then the commit
// with a progress bar, then a summary. A plan with any error is refused: its preview shows why and
// the report, with no counts and no "Import" button, since nothing of it can be imported.
import { useEffect, useRef, useState } from 'react';
import type { StaffMember } from '../../../shared/types';
import { classifyStorageError } from '../../db/errors';
import type { KioskDatabase } from '../../db/schema';
import { useI18n } from '../../i18n';
import type { ImportCounts } from '../../../shared/roster-import';
import {
  commitImport,
  previewImport,
  RosterChangedError,
  type ImportPreview,
} from './importRoster';
import type { ReadRoster } from '../../ui/roster/ImportPicker';
import { ProblemReport } from '../../ui/roster/ProblemReport';
import { FormatHint, PlanSummary, planWrites } from '../../ui/roster/PlanSummary';
import { measureToPaint } from '../../ui/measure';
import { ImportBadgeOffer } from '../badges/ImportBadgeOffer';

/** A file read and planned against this kiosk's roster. */
export type ImportJob = ReadRoster & { preview: ImportPreview };

type Phase =
  | { kind: 'preview'; alert: string | null }
  | { kind: 'committing'; done: number; total: number }
  | { kind: 'done'; counts: ImportCounts; startedAt: number };

export function ImportView(props: {
  db: KioskDatabase;
  staff: StaffMember;
  job: ImportJob;
  onClose: () => void;
}) {
  const { db, staff, job, onClose } = props;
  const { t } = useI18n();
  const [preview, setPreview] = useState(job.preview);
  const [phase, setPhase] = useState<Phase>({ kind: 'preview', alert: null });
  const heading = useRef<HTMLHeadingElement>(null);
  const phaseKind = phase.kind;
  // File chosen → preview on screen, and "Import" → summary on screen, for the benchmarks.
  useEffect(() => measureToPaint('accueil:import-preview', job.chosenAt), [job.chosenAt]);
  const doneAt = phase.kind === 'done' ? phase.startedAt : null;
  useEffect(() => {
    if (doneAt !== null) measureToPaint('accueil:import-commit', doneAt);
  }, [doneAt]);
  // The screen changed under the keyboard: start reading it from its heading.
  useEffect(() => {
    if (phaseKind !== 'committing') heading.current?.focus();
  }, [phaseKind]);

  const { counts } = preview;
  const refused = !preview.plan.ok;
  const writes = planWrites(counts);

  const fail = (error: unknown) => {
    console.error('Roster import failed', error);
    const quota = classifyStorageError(error) === 'quota';
    setPhase({
      kind: 'preview',
      alert: t(quota ? 'roster.import.failed.quota' : 'roster.import.failed'),
    });
  };

  const commit = async (startedAt: number) => {
    setPhase({ kind: 'committing', done: 0, total: writes });
    try {
      const result = await commitImport(db, staff, preview, {
        onProgress: (done, total) => setPhase({ kind: 'committing', done, total }),
      });
      setPhase({ kind: 'done', counts: result, startedAt });
    } catch (error) {
      if (!(error instanceof RosterChangedError)) return fail(error);
      // Nothing was written; the admin gets the plan against the roster as it is now.
      try {
        setPreview(await previewImport(db, job.input));
        setPhase({ kind: 'preview', alert: t('roster.preview.changed') });
      } catch (again) {
        fail(again);
      }
    }
  };

  if (phase.kind === 'done') {
    const { added, updated, reactivated, unchanged } = phase.counts;
    return (
      <section className="roster" aria-labelledby="roster-done-title">
        <h1 id="roster-done-title" ref={heading} tabIndex={-1}>
          {t('roster.done.title')}
        </h1>
        <p role="status" className="roster__summary">
          {t('roster.done.detail', {
            added,
            updated,
            reactivated,
            unchanged,
          })}
        </p>
        <div className="roster__actions">
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('roster.done.back')}
          </button>
        </div>
        <ImportBadgeOffer db={db} staff={staff} learners={preview.plan.learners} />
      </section>
    );
  }

  const committing = phase.kind === 'committing';
  return (
    <section className="roster" aria-labelledby="roster-preview-title">
      <h1 id="roster-preview-title" ref={heading} tabIndex={-1}>
        {t('roster.preview.title', { file: job.fileName })}
      </h1>
      <FormatHint format={job.format} />
      {phase.kind === 'preview' && phase.alert && (
        <p className="staff__problem" role="alert">
          {phase.alert}
        </p>
      )}
      <PlanSummary counts={counts} refused={refused} />
      {committing && (
        <div className="roster__progress">
          <div
            role="progressbar"
            aria-label={t('roster.import.progress')}
            aria-valuemin={0}
            aria-valuemax={phase.total}
            aria-valuenow={phase.done}
            className="roster__bar"
          >
            <div style={{ width: `${(100 * phase.done) / Math.max(phase.total, 1)}%` }} />
          </div>
          <p>
            {t('roster.import.progress.text', {
              done: phase.done,
              total: phase.total,
            })}
          </p>
        </div>
      )}
      <div className="roster__actions">
        {!refused && (
          <button
            type="button"
            className="button button--primary"
            disabled={committing || writes === 0}
            aria-describedby={writes === 0 ? 'roster-blocked' : undefined}
            onClick={(event) => void commit(event.timeStamp)}
          >
            {t('roster.import.confirm', { count: writes })}
          </button>
        )}
        <button type="button" className="button" disabled={committing} onClick={onClose}>
          {t('roster.cancel')}
        </button>
      </div>
      <ProblemReport problems={preview.plan.problems} />
    </section>
  );
}
