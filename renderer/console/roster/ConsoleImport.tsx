// The console's roster import after the file was read: the server's preview (the kiosk's counts
// and problem report), the import, then a summary. A plan with any error is refused, as on the
// kiosk: its preview says why and shows the report, with no "Import" button.
import { useEffect, useRef, useState } from 'react';
import type { ConsoleImportResponse } from '../../../shared/console-roster';
import { useI18n } from '../../i18n';
import type { ReadRoster } from '../../ui/roster/ImportPicker';
import { FormatHint, PlanSummary, planWrites } from '../../ui/roster/PlanSummary';
import { ProblemReport } from '../../ui/roster/ProblemReport';
import { ConsoleApiError } from '../api';
import { planImport } from './importPlan';
import { messageOf } from './useConsoleRoster';

export type ConsoleImportJob = ReadRoster & { preview: ConsoleImportResponse };

type Phase =
  | { kind: 'preview'; alert: string | null }
  | { kind: 'committing' }
  | { kind: 'done'; result: ConsoleImportResponse };

export function ConsoleImport(props: { job: ConsoleImportJob; onClose: () => void }) {
  const { job, onClose } = props;
  const { t } = useI18n();
  const [preview, setPreview] = useState(job.preview);
  const [phase, setPhase] = useState<Phase>({ kind: 'preview', alert: null });
  const heading = useRef<HTMLHeadingElement>(null);
  const phaseKind = phase.kind;
  // The screen changed under the keyboard: start reading it from its heading.
  useEffect(() => {
    if (phaseKind !== 'committing') heading.current?.focus();
  }, [phaseKind]);

  const refused = !preview.ok;
  const writes = planWrites(preview.counts);

  const commit = async () => {
    setPhase({ kind: 'committing' });
    try {
      const result = await planImport(job.input, {
        dryRun: false,
        rosterSeq: preview.rosterSeq,
      });
      setPhase({ kind: 'done', result });
    } catch (error) {
      if (!(error instanceof ConsoleApiError && error.code === 'roster-changed')) {
        const reason = messageOf(error);
        return setPhase({ kind: 'preview', alert: t('console.roster.import.failed', { reason }) });
      }
      // Nothing was written; the admin gets the plan against the roster as it is now.
      try {
        setPreview(await planImport(job.input, { dryRun: true }));
        setPhase({ kind: 'preview', alert: t('roster.preview.changed') });
      } catch (again) {
        const reason = messageOf(again);
        setPhase({ kind: 'preview', alert: t('console.roster.import.failed', { reason }) });
      }
    }
  };

  if (phase.kind === 'done') {
    const { added, updated, reactivated, unchanged } = phase.result.counts;
    return (
      <section className="roster console-roster" aria-labelledby="roster-done-title">
        <h1 id="roster-done-title" ref={heading} tabIndex={-1}>
          {t('roster.done.title')}
        </h1>
        <p role="status" className="roster__summary">
          {t('roster.done.detail', { added, updated, reactivated, unchanged })}
        </p>
        <p className="roster__hint">{t('console.roster.done.kiosks')}</p>
        <div className="roster__actions">
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('roster.done.back')}
          </button>
        </div>
      </section>
    );
  }

  const committing = phase.kind === 'committing';
  return (
    <section className="roster console-roster" aria-labelledby="roster-preview-title">
      <h1 id="roster-preview-title" ref={heading} tabIndex={-1}>
        {t('roster.preview.title', { file: job.fileName })}
      </h1>
      <FormatHint format={job.format} />
      <p className="roster__hint">{t('console.roster.import.server')}</p>
      {phase.kind === 'preview' && phase.alert && (
        <p className="staff__problem" role="alert">
          {phase.alert}
        </p>
      )}
      <PlanSummary counts={preview.counts} refused={refused} />
      <p role="status" className="roster__hint">
        {committing ? t('console.roster.importing') : ''}
      </p>
      <div className="roster__actions">
        {!refused && (
          <button
            type="button"
            className="button button--primary"
            disabled={committing || writes === 0}
            aria-describedby={writes === 0 ? 'roster-blocked' : undefined}
            onClick={() => void commit()}
          >
            {t('roster.import.confirm', { count: writes })}
          </button>
        )}
        <button type="button" className="button" disabled={committing} onClick={onClose}>
          {t('roster.cancel')}
        </button>
      </div>
      <ProblemReport problems={preview.problems} />
    </section>
  );
}
