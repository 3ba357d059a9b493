// What a roster import plan would do, as the kiosk's preview and the console's show it: how the
// file was read, then the counts, or why nothing of it can be imported.
import type { ImportCounts } from '../../../shared/roster-import';
import { useI18n, type PlainMessageKey } from '../../i18n';
import type { FileFormat } from './readFile';
import './roster.css';

const COUNTS: [keyof ImportCounts, PlainMessageKey][] = [
  ['added', 'roster.count.added'],
  ['updated', 'roster.count.updated'],
  ['reactivated', 'roster.count.reactivated'],
  ['unchanged', 'roster.count.unchanged'],
  ['notInFile', 'roster.count.not-in-file'],
];

/** Learners a plan writes: added, updated and brought back. */
export const planWrites = (counts: ImportCounts) =>
  counts.added + counts.updated + counts.reactivated;

export function FormatHint(props: { format: FileFormat }) {
  const { format } = props;
  const { t } = useI18n();
  return (
    <p className="roster__hint">
      {format.kind === 'xlsx'
        ? t('roster.preview.xlsx')
        : t('roster.preview.csv', {
            encoding: format.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252',
            delimiter: format.delimiter,
          })}
    </p>
  );
}

/** The counts, or (a plan with errors) that nothing is imported. #roster-blocked says why not. */
export function PlanSummary(props: { counts: ImportCounts; refused: boolean }) {
  const { counts, refused } = props;
  const { t } = useI18n();
  if (refused) {
    return (
      <p className="staff__problem">{t('roster.preview.blocked', { count: counts.errors })}</p>
    );
  }
  return (
    <>
      <dl className="roster__counts">
        {COUNTS.map(([key, label]) => (
          <div key={key} data-count={key}>
            <dt>{t(label)}</dt>
            <dd>{counts[key]}</dd>
          </div>
        ))}
      </dl>
      {counts.notInFile > 0 && <p className="roster__hint">{t('roster.preview.not-in-file')}</p>}
      {planWrites(counts) === 0 && <p id="roster-blocked">{t('roster.preview.nothing')}</p>}
    </>
  );
}
