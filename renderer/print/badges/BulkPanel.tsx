// Badges for everyone listed: how many learners of the list (search and group, every match, not
// only the rows drawn) have no badge, and one button that issues theirs and prints the cards.
import { useI18n } from '../../i18n';

export function BulkPanel(props: { missing: number; busy: boolean; onIssue: () => void }) {
  const { missing, busy, onIssue } = props;
  const { t } = useI18n();
  return (
    <section className="badges__print" aria-labelledby="badges-bulk-title">
      <h2 id="badges-bulk-title">{t('badges.bulk.title')}</h2>
      <p className="badges__selected">
        {missing > 0 ? t('badges.bulk.count', { count: missing }) : t('badges.bulk.none')}
      </p>
      {missing > 0 && (
        <div className="badges__buttons">
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={onIssue}
          >
            {t('badges.bulk.issue', { count: missing })}
          </button>
        </div>
      )}
    </section>
  );
}
