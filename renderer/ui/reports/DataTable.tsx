// The numbers behind a chart as a plain table, folded away by default: exact figures for anyone,
// and the chart's full content for screen readers and keyboard users.
import { useI18n } from '../../i18n';

export function DataTable(props: { caption: string; head: string[]; rows: string[][] }) {
  const { caption, head, rows } = props;
  const { t } = useI18n();
  return (
    <details className="report-data">
      <summary>{t('reports.data.show')}</summary>
      <table className="report-table report-table--numbers">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([first, ...rest], i) => (
            <tr key={i}>
              <th scope="row">{first}</th>
              {rest.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
