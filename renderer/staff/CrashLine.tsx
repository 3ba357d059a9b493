// "Restarts after a failure: 2 (last: …)" in the staff bar: the shell counts the renderer
// crashes it recovered from (electron/crash-log.ts), which nobody would otherwise notice.
import { useEffect, useState } from 'react';
import type { CrashReport, KioskBridge } from '../../shared/bridge';
import { formatDate } from '../../shared/i18n';
import { formatClock } from '../../shared/time';
import type { LanguageCode } from '../../shared/types';
import { useI18n, type Translate } from '../i18n';

const KNOWN_REASONS = ['crashed', 'oom', 'killed'] as const;
type KnownReason = (typeof KNOWN_REASONS)[number];
const isKnown = (reason: string): reason is KnownReason =>
  (KNOWN_REASONS as readonly string[]).includes(reason);

export function CrashLine(props: { bridge: KioskBridge }) {
  const { bridge } = props;
  const { t, language } = useI18n();
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
  return <span className="staff__crashes">{describeCrashes(report, t, language)}</span>;
}

/** The line's words: how many restarts, and when and why the last one was. */
export function describeCrashes(report: CrashReport, t: Translate, language: LanguageCode): string {
  const { count } = report;
  if (count === 0 || report.lastAt === null) return t('shell.crashes', { count });
  const reason = report.lastReason && isKnown(report.lastReason) ? report.lastReason : 'other';
  return t('shell.crashes.last', {
    count,
    date: formatDate(language, report.lastAt),
    time: formatClock(report.lastAt),
    reason: t(`shell.crash.${reason}`),
  });
}
