// "Restarts after a failure: 2 (last: …)" in the staff bar: the shell counts the renderer
// crashes it recovered from (electron/crash-log.ts), which nobody would otherwise notice.
import { useEffect, useState } from 'react';
import type { CrashReport, KioskBridge } from '../../shared/bridge';
import { brusselsDay, formatClock } from '../../shared/time';
import { useI18n, type MessageKey } from '../i18n';

const KNOWN_REASONS = new Set(['crashed', 'oom', 'killed']);

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
  const count = String(report.count);
  let text = t('shell.crashes', { count });
  if (report.count > 0 && report.lastAt !== null) {
    const [year, month, day] = brusselsDay(report.lastAt).split('-');
    const reason =
      report.lastReason && KNOWN_REASONS.has(report.lastReason) ? report.lastReason : 'other';
    text = t('shell.crashes.last', {
      count,
      date: `${day}/${month}/${year}`,
      time: formatClock(report.lastAt),
      reason: t(`shell.crash.${reason}` as MessageKey),
    });
  }
  return <span className="staff__crashes">{text}</span>;
}
