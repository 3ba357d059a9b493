// The admin exports section: the shared export form (ui/exports), the file made from this
// kiosk's database (runExport). Progress shows while events are read and the file is written; the
// file is saved through the bridge (a save dialog in the shell, a download in a browser).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import { useI18n } from '../../i18n';
import {
  ExportForm,
  groupChoices,
  type ExportChoice,
  type ExportNotice,
} from '../../ui/exports/ExportForm';
import type { AdminSectionProps } from '../section';
import { runExport, type ExportProgress } from './runExport';

export function ExportsSection(props: AdminSectionProps) {
  const { db, bridge } = props;
  const { t, language } = useI18n();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [notice, setNotice] = useState<ExportNotice | null>(null);
  // A second press while an export runs does nothing (state updates land a render later).
  const busy = useRef(false);

  const learners = useLiveQuery(() => db.learners.toArray(), [db]);
  const groups = useMemo(
    () => groupChoices(learners?.flatMap((l) => l.groups) ?? [], language),
    [learners, language],
  );

  const submit = async (request: ExportChoice, timeStamp: number) => {
    if (busy.current) return;
    busy.current = true;
    setNotice(null);
    setProgress({ phase: 'reading', done: 0, total: 0 });
    try {
      const outcome = await runExport(db, bridge, request, setProgress, timeStamp);
      setNotice({
        tone: 'status',
        text:
          outcome.result === 'saved'
            ? t('exports.saved', { name: outcome.name, rows: outcome.rows })
            : t('exports.cancelled'),
      });
    } catch (error) {
      console.error('Export failed', error);
      setNotice({ tone: 'alert', text: t('exports.error') });
    } finally {
      busy.current = false;
      setProgress(null);
    }
  };

  return (
    <ExportForm groups={groups} busy={!!progress} notice={notice} onSubmit={submit}>
      {progress && <Progress progress={progress} />}
    </ExportForm>
  );
}

function Progress(props: { progress: ExportProgress }) {
  const { progress } = props;
  const { t, language } = useI18n();
  const number = new Intl.NumberFormat(language);
  const reading = progress.phase === 'reading';
  const fraction = reading
    ? progress.total === 0
      ? 0
      : progress.done / progress.total
    : progress.fraction;
  const text = reading
    ? t('exports.progress.reading', {
        done: number.format(progress.done),
        total: number.format(progress.total),
      })
    : t('exports.progress.writing');
  // Reading is the first half of the bar, writing the second: one bar that only moves forward.
  const value = Math.round((reading ? fraction / 2 : 0.5 + fraction / 2) * 100);
  return (
    <div className="exports__progress">
      <progress id="exports-progress" max={100} value={value} aria-label={t('exports.progress')} />
      <p className="exports__progress-text" aria-hidden="true">
        {text}
      </p>
    </div>
  );
}
