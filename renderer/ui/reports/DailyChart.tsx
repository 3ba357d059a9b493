// Bar chart of learners present per open day. Drawn in SVG by hand: a few dozen bars need no
// library. Screen readers get a one-sentence summary on the image and the full data as a table.
import { daysBetween, weekdayOf, type DayCount } from '../../../shared/reports';
import { useI18n } from '../../i18n';
import { DataTable } from './DataTable';
import type { ReportFormat } from './format';
import { niceTicks } from './scale';

const WIDTH = 1000;
const HEIGHT = 300;
const M = { top: 28, right: 8, bottom: 40, left: 48 };
const PLOT_W = WIDTH - M.left - M.right;
const PLOT_H = HEIGHT - M.top - M.bottom;
/** Value labels need about this many SVG units per digit at the chart's font size. */
const DIGIT_W = 7.5;
const MIN_LABEL_GAP = 92;

export function DailyChart(props: {
  days: DayCount[];
  today: string;
  first: string;
  format: ReportFormat;
}) {
  const { days, today, first, format } = props;
  const { t } = useI18n();
  const counts = days.map((d) => d.present);
  const max = Math.max(...counts);
  const min = Math.min(...counts);
  const average = counts.reduce((a, b) => a + b, 0) / counts.length;
  const busiest = days.find((d) => d.present === max) as DayCount;
  const ticks = niceTicks(max, 6);
  const top = ticks[ticks.length - 1] ?? max;
  const y = (v: number) => M.top + PLOT_H - (v / top) * PLOT_H;
  const band = PLOT_W / days.length;
  const barW = Math.min(band * 0.72, 44);
  const showValues = band >= String(max).length * DIGIT_W + 4;

  // Calendar weeks (Monday to Sunday) are marked by a dashed line and dated under their first
  // bar when there is room; the very first bar is dated too when it does not crowd the next date.
  const centre = (i: number) => M.left + (i + 0.5) * band;
  const weekStarts = days.flatMap((d, i) => {
    const previous = days[i - 1];
    const newWeek =
      previous !== undefined &&
      (weekdayOf(d.day) <= weekdayOf(previous.day) || daysBetween(previous.day, d.day) >= 7);
    return newWeek ? [i] : [];
  });
  const labelled: number[] = [];
  for (const i of weekStarts) {
    const last = labelled[labelled.length - 1];
    if (last === undefined || centre(i) - centre(last) >= MIN_LABEL_GAP) labelled.push(i);
  }
  if (labelled[0] === undefined || centre(labelled[0]) - centre(0) >= MIN_LABEL_GAP) {
    labelled.unshift(0);
  }
  const labels = labelled.map((index) => {
    const text = format.shortDay(days[index]?.day ?? first);
    // Keep the date inside the chart: about 3.6 units per half character at 13px.
    const half = text.length * 3.6;
    const x = Math.min(Math.max(centre(index), half), WIDTH - M.right - half);
    return { index, x, text };
  });

  const summary = t('reports.daily.summary', {
    count: format.number(days.length),
    from: format.longDay(first),
    to: format.longDay(today),
    min: format.number(min),
    max: format.number(max),
    average: format.number(Math.round(average)),
    busiest: `${format.fullDay(busiest.day)} (${format.number(max)})`,
  });

  return (
    <figure className="report-card" aria-labelledby="report-daily-title">
      <figcaption className="report-card__head">
        <h2 id="report-daily-title">{t('reports.daily.title')}</h2>
        <p className="report-card__note">{t('reports.daily.note')}</p>
      </figcaption>
      <svg
        className="chart chart--bars"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        data-testid="daily-chart"
      >
        <text className="chart__axis-title" x={M.left} y={14}>
          {t('reports.daily.axis')}
        </text>
        {ticks.map((v) => (
          <g key={v}>
            <line className="chart__grid" x1={M.left} x2={WIDTH - M.right} y1={y(v)} y2={y(v)} />
            <text className="chart__tick" x={M.left - 8} y={y(v)} dy="0.35em" textAnchor="end">
              {format.number(v)}
            </text>
          </g>
        ))}
        {weekStarts.map((i) => (
          <line
            key={`sep-${i}`}
            className="chart__week"
            x1={M.left + i * band}
            x2={M.left + i * band}
            y1={M.top}
            y2={M.top + PLOT_H}
          />
        ))}
        {days.map((d, i) => {
          const x = M.left + i * band + (band - barW) / 2;
          const isToday = d.day === today;
          const label = t('reports.daily.bar', {
            day: format.fullDay(d.day),
            count: format.number(d.present),
          });
          return (
            <g key={d.day} className="chart__bar-group" data-day={d.day} data-count={d.present}>
              <rect
                className={isToday ? 'chart__bar chart__bar--today' : 'chart__bar'}
                x={x}
                y={y(d.present)}
                width={barW}
                height={Math.max(1, y(0) - y(d.present))}
                rx={Math.min(3, barW / 4)}
              >
                <title>{isToday ? `${label} (${t('reports.daily.today')})` : label}</title>
              </rect>
              {showValues && (
                <text
                  className="chart__value"
                  x={x + barW / 2}
                  y={y(d.present) - 5}
                  textAnchor="middle"
                >
                  {format.number(d.present)}
                </text>
              )}
            </g>
          );
        })}
        <line className="chart__axis" x1={M.left} x2={WIDTH - M.right} y1={y(0)} y2={y(0)} />
        {labels.map((l) => (
          <text
            key={`x-${l.index}`}
            className="chart__tick"
            x={l.x}
            y={HEIGHT - 16}
            textAnchor="middle"
          >
            {l.text}
          </text>
        ))}
      </svg>
      {days[days.length - 1]?.day === today && (
        <p className="chart__key">
          <span className="chart__swatch chart__swatch--today" aria-hidden="true" />
          {t('reports.daily.today')}
        </p>
      )}
      <DataTable
        caption={t('reports.daily.title')}
        head={[t('reports.daily.day'), t('reports.daily.present')]}
        rows={days.map((d) => [format.fullDay(d.day), format.number(d.present)])}
      />
    </figure>
  );
}
