// What a badge scanned while staff mode is open did, for the staff at the kiosk: who, arrival or
// departure, when, or what went wrong. Shown for a few seconds and announced politely. Full names
// once someone is signed in; before that (the PIN screen) the first name only, as learners see.
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n';
import { describeStaffScan } from './describeStaffScan';
import type { StaffScan } from './useStaffScans';
import './scans.css';

/** Long enough to read at a glance between two tasks; the next scan replaces it anyway. */
export const SCAN_NOTICE_MS = 10_000;

export function ScanNotice(props: { scan: StaffScan | null; fullNames: boolean }) {
  const { scan, fullNames } = props;
  const { t } = useI18n();
  const [expired, setExpired] = useState<number | null>(null);
  useEffect(() => {
    if (!scan) return;
    const timer = setTimeout(() => setExpired(scan.serial), SCAN_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [scan]);

  const shown = scan && scan.serial !== expired ? describeStaffScan(scan, fullNames, t) : null;
  return (
    <>
      {/* Always in the page, so that a screen reader hears each new text; no status role, which
          belongs to the messages of the screen below. */}
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {shown?.text ?? ''}
      </div>
      {shown && scan && (
        <p
          className={`scan-notice scan-notice--${shown.tone}`}
          data-testid="scan-notice"
          data-outcome={scan.result.outcome}
          data-serial={scan.serial}
        >
          {shown.text}
        </p>
      )}
    </>
  );
}
