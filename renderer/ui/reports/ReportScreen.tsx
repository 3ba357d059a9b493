// The attendance reports as staff read them: the period, key figures, learners present per open
// day, arrivals by weekday and hour, and learners whose attendance dropped. Shown by the kiosk
// (from its own database) and by the centre's console (from the server): each passes how to load
// the report. Loaded on opening and on "Refresh", not live: a surge of scans must not recompute
// weeks of history at every check-in.
import { useEffect, useState } from 'react';
import { weekdayOf, type AttendanceReport, type DropRule } from '../../../shared/reports';
import { formatClock } from '../../../shared/time';
import { useI18n } from '../../i18n';
import { ArrivalsHeatMap, peakSlots } from './ArrivalsHeatMap';
import { DailyChart } from './DailyChart';
import { DroppedLearners, type DroppedRow } from './DroppedLearners';
import { reportFormat, type ReportFormat } from './format';
import '../controls.css';
import './reports.css';

export interface LoadedReport {
  report: AttendanceReport;
  /** Dropped learners minus archived ones: an archived learner left on purpose. */
  dropped: DroppedRow[];
  rule: DropRule;
  /** Weeks the charts cover. */
  weeks: number;
  computedAt: number;
}

type State =
  | { phase: 'loading' }
  | { phase: 'failed'; message: string }
  | { phase: 'ready'; loaded: LoadedReport; refreshing: boolean };

export function ReportScreen(props: {
  load: () => Promise<LoadedReport>;
  /** What to tell staff when loading failed; by default, the kiosk's words. */
  describeError?: (error: unknown) => string;
}) {
  const { load, describeError } = props;
  const { t, language } = useI18n();
  const format = reportFormat(language);
  const [state, setState] = useState<State>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // When a refresh finished, for the status message; null until the first refresh.
  const [refreshedAt, setRefreshedAt] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    load().then(
      (loaded) => {
        if (cancelled) return;
        setState({ phase: 'ready', loaded, refreshing: false });
        if (attempt > 0) setRefreshedAt(loaded.computedAt);
      },
      (error: unknown) => {
        console.error('Reports failed', error);
        if (cancelled) return;
        const message = describeError?.(error) ?? t('reports.failed');
        setState({ phase: 'failed', message });
      },
    );
    return () => {
      cancelled = true;
    };
    // `t` and `describeError` only word a failure: a language change must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load, attempt]);

  const busy = state.phase === 'loading' || (state.phase === 'ready' && state.refreshing);
  const refresh = () => {
    if (busy) return;
    setState((s) => (s.phase === 'ready' ? { ...s, refreshing: true } : { phase: 'loading' }));
    setRefreshedAt(null);
    setAttempt((n) => n + 1);
  };

  const loaded = state.phase === 'ready' ? state.loaded : null;
  const report = loaded?.report;
  return (
    <section
      className="reports"
      aria-labelledby="reports-title"
      aria-busy={busy}
      data-first={report?.first}
      data-last={report?.last}
    >
      <div className="reports__head">
        <div>
          <h1 id="reports-title">{t('reports.title')}</h1>
          {loaded && report && (
            <p className="reports__period">
              {t('reports.period', {
                weeks: loaded.weeks,
                from: format.longDay(report.first),
                to: format.longDay(report.last),
              })}{' '}
              {t('reports.computed', { time: formatClock(loaded.computedAt) })}
            </p>
          )}
        </div>
        <button
          type="button"
          className="button"
          onClick={refresh}
          // Not `disabled`: that would drop the keyboard focus while the report is recomputed.
          aria-disabled={busy}
        >
          {state.phase === 'ready' && state.refreshing
            ? t('reports.refreshing')
            : t('reports.refresh')}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {refreshedAt === null ? '' : t('reports.updated', { time: formatClock(refreshedAt) })}
      </p>
      {state.phase === 'loading' && <p role="status">{t('reports.loading')}</p>}
      {state.phase === 'failed' && (
        <p className="staff__problem" role="alert">
          {state.message}
        </p>
      )}
      {loaded && report && report.days.length === 0 && (
        <div className="reports__empty" data-testid="reports-empty">
          <h2>{t('reports.empty.title')}</h2>
          <p>{t('reports.empty.detail', { weeks: loaded.weeks })}</p>
        </div>
      )}
      {loaded && report && report.days.length > 0 && (
        <>
          <KeyFigures loaded={loaded} format={format} />
          <DailyChart days={report.days} today={report.last} first={report.first} format={format} />
          <ArrivalsHeatMap
            arrivals={report.arrivals}
            days={report.days}
            weeks={loaded.weeks}
            format={format}
          />
          <DroppedLearners rows={loaded.dropped} rule={loaded.rule} format={format} />
        </>
      )}
    </section>
  );
}

function KeyFigures(props: { loaded: LoadedReport; format: ReportFormat }) {
  const { loaded, format } = props;
  const { report } = loaded;
  const { t } = useI18n();
  const counts = report.days.map((d) => d.present);
  const average = counts.reduce((a, b) => a + b, 0) / counts.length;
  const peak = peakSlots(report.arrivals, 1)[0];
  // Average per open day of that weekday: what the desk should expect in that hour next time.
  const openDays = peak ? report.days.filter((d) => weekdayOf(d.day) === peak.weekday).length : 0;
  return (
    <>
      <h2 className="visually-hidden">{t('reports.kpi.label')}</h2>
      <dl className="reports__figures">
        <div className="report-figure">
          <dt>{t('reports.kpi.open-days')}</dt>
          <dd className="report-figure__value">{format.number(report.days.length)}</dd>
        </div>
        <div className="report-figure">
          <dt>{t('reports.kpi.average')}</dt>
          <dd className="report-figure__value">{format.number(Math.round(average))}</dd>
          <dd className="report-figure__detail">
            {t('reports.kpi.average-detail', { max: format.number(Math.max(...counts)) })}
          </dd>
        </div>
        <div className="report-figure">
          <dt>{t('reports.kpi.peak')}</dt>
          <dd className="report-figure__value">
            {peak ? `${format.weekday(peak.weekday)} ${format.hour(peak.hour)}` : '—'}
          </dd>
          {peak && openDays > 0 && (
            <dd className="report-figure__detail">
              {t('reports.kpi.peak-detail', {
                count: format.number(Math.round(peak.count / openDays)),
                weekday: format.weekday(peak.weekday),
              })}
            </dd>
          )}
        </div>
        <div className="report-figure">
          <dt>{t('reports.kpi.dropped')}</dt>
          <dd className="report-figure__value">{format.number(loaded.dropped.length)}</dd>
          <dd className="report-figure__detail">
            {t('reports.kpi.dropped-detail', { count: loaded.dropped.length })}
          </dd>
        </div>
      </dl>
    </>
  );
}
