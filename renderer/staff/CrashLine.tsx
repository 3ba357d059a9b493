// "Restarts after a failure: 2 (last: …)" in the staff bar: the shell counts the renderer
// crashes it recovered from (electron/crash-log.ts), which nobody would otherwise notice.
import { useEffect, useState } from 'react';
import type { CrashReport, KioskBridge } from '../../shared/bridge';
import { brusselsDay, formatClock } from '../../shared/time';
import { useI18n } from '../i18n';

const KNOWN_REASONS = ['crashed', 'oom', 'killed'] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];
const isKnown = (reason: string): reason is KnownReason =>
  (KNOWN_REASONS as readonly string[]).includes(reason);

export function CrashLine(props: { bridge: KioskBridge }) {
  const { bridge } = props;
  const { t } = useI18n();
  const [report, setReport] = useState<CrashReport | null>(null);
  useEffect(() => {
    let cancelled = false;
    bridge.crashReport().then(
      (next) => !cancelled && setReport(next),
      (error: unknown) => console.error('Crash report unavailable', error),
    );
    return () => {
      cancelled = true;
    };
  }, [bridge]);

  if (!report) return null;
  const { count } = report;
  let text = t('shell.crashes', { count });
  if (report.count > 0 && report.lastAt !== null) {
    const [year, month, day] = brusselsDay(report.lastAt).split('-');
    const reason = report.lastReason && isKnown(report.lastReason) ? report.lastReason : 'other';
    text = t('shell.crashes.last', {
      count,
      date: `${day}/${month}/${year}`,
      time: formatClock(report.lastAt),
      reason: t(`shell.crash.${reason}`),
    });
  }
  return <span className="staff__crashes">{text}</span>;
}
