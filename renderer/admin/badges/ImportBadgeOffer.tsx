// Shown when a roster import is done: how many of the file's learners have no badge, and a button
// that issues one to each (batched; the cards are printed from the badges section).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { StaffMember } from '../../../shared/types';
import type { KioskDatabase } from '../../db/schema';
import { useI18n } from '../../i18n';
import { issueMissingBadges } from './bulkIssue';

export function ImportBadgeOffer(props: {
  db: KioskDatabase;
  staff: StaffMember;
  learners: readonly { id: string }[];
}) {
  const { db, staff, learners } = props;
  const learnerIds = useMemo(() => learners.map((l) => l.id), [learners]);
  const { t } = useI18n();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<{ text: string; failed: boolean } | null>(null);
  const missing = useLiveQuery(async () => {
    const rows = await db.badges.where('learnerId').anyOf(learnerIds).toArray();
    const holders = new Set(rows.filter((r) => r.status === 'active').map((r) => r.learnerId));
    const active = await db.learners.bulkGet([...learnerIds]);
    return learnerIds.filter((id, i) => active[i]?.status === 'active' && !holders.has(id));
  }, [db, learnerIds]);

  const issue = async () => {
    if (!missing || progress) return;
    setResult(null);
    setProgress({ done: 0, total: missing.length });
    let count = 0;
    try {
      const done = await issueMissingBadges(db, staff, missing, {
        onProgress: (d, total, issued) => {
          count = issued;
          setProgress({ done: d, total });
        },
      });
      count = done.issued.length;
      setResult({ text: t('badges.bulk.issued', { count }), failed: false });
    } catch (error) {
      console.error('Issuing badges after the import failed', error);
      setResult({ text: t('badges.bulk.failed', { count }), failed: true });
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      {missing !== undefined && missing.length > 0 && (
        <div className="roster__actions">
          <p>{t('badges.import.count', { count: missing.length })}</p>
          <button
            type="button"
            className="button button--primary"
            disabled={progress !== null}
            onClick={() => void issue()}
          >
            {t('badges.import.issue', { count: missing.length })}
          </button>
        </div>
      )}
      <p role="status" className={result?.failed ? 'staff__problem' : 'roster__summary'}>
        {progress ? t('badges.bulk.progress', progress) : (result?.text ?? '')}
      </p>
    </>
  );
}
