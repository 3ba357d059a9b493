// A small dot in a corner of the learners' screen: staff glance at it, learners need not notice
// it. Calm colours only: a kiosk that is offline still checks everyone in.
import { useI18n } from '../i18n';
import type { KioskDatabase } from '../db/schema';
import { describeSync } from './describe';
import { useSyncState } from './SyncProvider';
import './sync.css';

export function SyncIndicator(props: { db: KioskDatabase }) {
  const { t, language } = useI18n();
  const state = useSyncState(props.db);
  if (!state) return null;
  const view = describeSync(state, Date.now(), t, language);
  if (!view.dot) return null;
  const label = t(view.dot);
  return (
    <span
      className={`sync-dot sync-dot--${view.tone}`}
      role="img"
      aria-label={label}
      title={label}
      data-testid="sync-indicator"
      data-tone={view.tone}
    />
  );
}
