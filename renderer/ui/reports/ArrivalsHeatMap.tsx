// Weekday × hour heat map of first arrivals, to staff the desk when the surges come. Every cell
// prints its number (colour alone would not do), in ink or white, whichever contrasts more.
import { weekdayOf, type DayCount } from '../../../shared/reports';
import { useI18n } from '../../i18n';
import { DataTable } from './DataTable';
import type { ReportFormat } from './format';
import { HEAT_COLOURS, heatClasses, heatLevel, textOn } from './scale';

const LABEL_W = 124;
const HEAD_H = 30;
const CELL_W = 60;
const CELL_H = 40;
const GAP = 4;

interface Slot {
  weekday: number;
  hour: number;
  count: number;
}

/** The busiest weekday-hour slots, most arrivals first (ties: earlier in the week, then hour). */
export function peakSlots(arrivals: number[][], n: number): Slot[] {
  const slots = arrivals.flatMap((row, weekday) =>
    row.map((count, hour) => ({ weekday, hour, count })),
  );
  return slots
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count || a.weekday - b.weekday || a.hour - b.hour)
    .slice(0, n);
}

export function ArrivalsHeatMap(props: {
  arrivals: number[][];
  days: DayCount[];
  weeks: number;
  format: ReportFormat;
}) {
  const { arrivals, days, weeks, format } = props;
  const { t } = useI18n();
  const openWeekdays = new Set(days.map((d) => weekdayOf(d.day)));
  const rows = [0, 1, 2, 3, 4, 5, 6].filter((w) => openWeekdays.has(w));
  const busyHours = Array.from({ length: 24 }, (_, h) => h).filter((h) =>
    arrivals.some((row) => (row[h] ?? 0) > 0),
  );
  const total = arrivals.flat().reduce((a, b) => a + b, 0);
  const head = (
    <figcaption className="report-card__head">
      <h2 id="report-arrivals-title">{t('reports.arrivals.title')}</h2>
      <p className="report-card__note">{t('reports.arrivals.note', { weeks: weeks })}</p>
    </figcaption>
  );
  if (total === 0 || busyHours.length === 0) {
    return (
      <figure className="report-card" aria-labelledby="report-arrivals-title">
        {head}
        <p className="report-card__empty">{t('reports.arrivals.empty')}</p>
      </figure>
    );
  }

  const firstHour = busyHours[0] as number;
  const hours = Array.from(
    { length: (busyHours[busyHours.length - 1] as number) - firstHour + 1 },
    (_, i) => firstHour + i,
  );
  const classes = heatClasses(Math.max(...arrivals.flat()));
  const width = LABEL_W + hours.length * (CELL_W + GAP);
  const height = HEAD_H + rows.length * (CELL_H + GAP);
  const count = (weekday: number, hour: number) => arrivals[weekday]?.[hour] ?? 0;
  const summary = t('reports.arrivals.summary', {
    total: format.number(total),
    peaks: peakSlots(arrivals, 3)
      .map((s) =>
        t('reports.arrivals.peak', {
          weekday: format.weekday(s.weekday),
          hours: format.hourRange(s.hour),
          count: format.number(s.count),
        }),
      )
      .join(', '),
  });

  return (
    <figure className="report-card" aria-labelledby="report-arrivals-title">
      {head}
      <svg
        className="chart chart--heat"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={summary}
        data-testid="arrivals-heatmap"
      >
        {hours.map((h, i) => (
          <text
            key={h}
            className="chart__tick"
            x={LABEL_W + i * (CELL_W + GAP) + CELL_W / 2}
            y={HEAD_H - 10}
            textAnchor="middle"
          >
            {format.hour(h)}
          </text>
        ))}
        {rows.map((weekday, r) => {
          const rowY = HEAD_H + r * (CELL_H + GAP);
          return (
            <g key={weekday}>
              <text
                className="chart__row-label"
                x={LABEL_W - 12}
                y={rowY + CELL_H / 2}
                dy="0.35em"
                textAnchor="end"
              >
                {format.weekday(weekday)}
              </text>
              {hours.map((hour, i) => {
                const n = count(weekday, hour);
                const fill = HEAT_COLOURS[heatLevel(n, classes)] ?? HEAT_COLOURS[0];
                const x = LABEL_W + i * (CELL_W + GAP);
                return (
                  <g
                    key={hour}
                    className="heat__cell"
                    data-weekday={weekday}
                    data-hour={hour}
                    data-count={n}
                  >
                    <rect
                      x={x}
                      y={rowY}
                      width={CELL_W}
                      height={CELL_H}
                      rx={4}
                      fill={fill}
                      className={n === 0 ? 'heat__rect heat__rect--empty' : 'heat__rect'}
                    >
                      <title>
                        {t('reports.arrivals.cell', {
                          weekday: format.weekday(weekday),
                          hours: format.hourRange(hour),
                          count: format.number(n),
                        })}
                      </title>
                    </rect>
                    {n > 0 && (
                      <text
                        className="heat__value"
                        x={x + CELL_W / 2}
                        y={rowY + CELL_H / 2}
                        dy="0.35em"
                        textAnchor="middle"
                        fill={textOn(fill as string)}
                      >
                        {format.number(n)}
                      </text>
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <div className="heat-legend">
        <span className="heat-legend__title">{t('reports.arrivals.legend')}</span>
        <ul>
          <li>
            <Swatch colour={HEAT_COLOURS[0] as string} />
            {t('reports.arrivals.none')}
          </li>
          {classes.map((c) => (
            <li key={c.level}>
              <Swatch colour={HEAT_COLOURS[c.level] as string} />
              {c.from === c.to
                ? format.number(c.from)
                : `${format.number(c.from)}–${format.number(c.to)}`}
            </li>
          ))}
        </ul>
      </div>
      <DataTable
        caption={t('reports.arrivals.title')}
        head={[t('reports.arrivals.weekday'), ...hours.map((h) => format.hour(h))]}
        rows={rows.map((w) => [format.weekday(w), ...hours.map((h) => format.number(count(w, h)))])}
      />
    </figure>
  );
}

function Swatch(props: { colour: string }) {
  return (
    <svg className="heat-legend__swatch" width="20" height="20" aria-hidden="true">
      <rect x="0.5" y="0.5" width="19" height="19" rx="3" fill={props.colour} />
    </svg>
  );
}
