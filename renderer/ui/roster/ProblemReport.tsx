// A roster import's problems (the kiosk's preview and the console's) as a table an admin can
// work through with the file open beside it: line, column, what is wrong in plain words, the
// value found. Errors and warnings are told apart by a word, not by colour alone.
import type { ImportProblem, RosterField } from '../../../shared/roster-import';
import { useI18n } from '../../i18n';
import './roster.css';

/** A table of thousands of rows helps nobody and slows the screen: the first ones are enough. */
const REPORT_LIMIT = 200;

const FIELDS: readonly string[] = ['id', 'firstName', 'lastName', 'groups', 'language'];

export function ProblemReport(props: { problems: readonly ImportProblem[] }) {
  const { problems } = props;
  const { t } = useI18n();
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.severity === 'error').length;
  // Errors first (they block the import), each kind in line order (the sort is stable).
  const rank = (p: ImportProblem) => (p.severity === 'error' ? 0 : 1);
  const shown = [...problems].sort((a, b) => rank(a) - rank(b)).slice(0, REPORT_LIMIT);

  const column = (problem: ImportProblem) => {
    if (problem.column === null) return t('roster.report.whole-row');
    // A missing column is named by the field it should hold, in the admin's language.
    if (problem.problem === 'missing-column' && FIELDS.includes(problem.column)) {
      return t(`roster.field.${problem.column as RosterField}`);
    }
    return problem.column;
  };

  return (
    <section className="roster__report" aria-labelledby="roster-report-title">
      <h2 id="roster-report-title">
        {t('roster.report.title', {
          errors,
          warnings: problems.length - errors,
        })}
      </h2>
      <table className="roster__table" aria-labelledby="roster-report-title">
        <thead>
          <tr>
            <th scope="col">{t('roster.report.kind')}</th>
            <th scope="col">{t('roster.report.line')}</th>
            <th scope="col">{t('roster.report.column')}</th>
            <th scope="col">{t('roster.report.problem')}</th>
            <th scope="col">{t('roster.report.value')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((problem, i) => (
            <tr
              key={i}
              className={`roster__problem roster__problem--${problem.severity}`}
              data-line={problem.line}
              data-problem={problem.problem}
            >
              <td>{t(`roster.report.${problem.severity}`)}</td>
              <td>{problem.line}</td>
              <td>{column(problem)}</td>
              <td>{t(`roster.problem.${problem.problem}`)}</td>
              <td className="roster__value">{problem.value ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > shown.length && (
        <p>{t('roster.report.more', { count: problems.length - shown.length })}</p>
      )}
    </section>
  );
}
