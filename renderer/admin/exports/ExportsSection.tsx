// The admin exports section: a date range (default: this month; presets from
// shared/range-presets.ts), a group, which file, which format, then one button. Progress shows
// while events are read and the file is written; the file is saved through the bridge (a save
// dialog in the shell, a download in a browser).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { groupKey, type ExportKind } from '../../../shared/export';
import { RANGE_PRESETS, presetOf, presetRange } from '../../../shared/range-presets';
import { useI18n } from '../../i18n';
import { DateField } from '../../ui/fields';
import type { AdminSectionProps } from '../section';
import { runExport, type ExportFormat, type ExportProgress, type ExportRequest } from './runExport';
import './exports.css';

const KINDS: ExportKind[] = ['events', 'summary', 'matrix'];
const FORMATS: ExportFormat[] = ['csv-semicolon', 'csv-comma', 'xlsx'];

type Notice = { tone: 'status' | 'alert'; text: string };

export function ExportsSection(props: AdminSectionProps) {
  const { db, bridge } = props;
  const { t, language } = useI18n();
  const [range, setRange] = useState(() => presetRange('this-month', Date.now()));
  const [group, setGroup] = useState('');
  const [kind, setKind] = useState<ExportKind>('events');
  const [format, setFormat] = useState<ExportFormat>('csv-semicolon');
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // A second press while an export runs does nothing (state updates land a render later).
  const busy = useRef(false);

  const learners = useLiveQuery(() => db.learners.toArray(), [db]);
  // One entry a group, however the roster spells it (the export matches groups the same way).
  const groups = useMemo(() => {
    const all = [...new Set(learners?.flatMap((l) => l.groups) ?? [])];
    const byKey = new Map<string, string>();
    for (const name of all.sort((a, b) => a.localeCompare(b, language))) {
      if (!byKey.has(groupKey(name))) byKey.set(groupKey(name), name);
    }
    return [...byKey.values()];
  }, [learners, language]);
  // Read at each render: the screen may stay open across midnight.
  const preset = presetOf(range, Date.now());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy.current) return;
    if (!range.from || !range.to)
      return setNotice({ tone: 'alert', text: t('exports.missing-date') });
    if (range.from > range.to) return setNotice({ tone: 'alert', text: t('exports.bad-range') });
    const request: ExportRequest = { kind, format, range, group: group || null, language };
    busy.current = true;
    setNotice(null);
    setProgress({ phase: 'reading', done: 0, total: 0 });
    try {
      const outcome = await runExport(db, bridge, request, setProgress, event.timeStamp);
      setNotice({
        tone: 'status',
        text:
          outcome.result === 'saved'
            ? t('exports.saved', { name: outcome.name, rows: outcome.rows })
            : t('exports.cancelled'),
      });
    } catch (error) {
      console.error('Export failed', error);
      setNotice({ tone: 'alert', text: t('exports.error') });
    } finally {
      busy.current = false;
      setProgress(null);
    }
  };

  return (
    <section className="exports" aria-labelledby="exports-title">
      <h1 id="exports-title">{t('exports.title')}</h1>
      <p className="exports__intro">{t('exports.intro')}</p>
      {/* Our own checks, in the admin's language, instead of the browser's validation bubbles. */}
      <form className="exports__form" onSubmit={submit} noValidate>
        <fieldset className="exports__range">
          <legend>{t('exports.range')}</legend>
          <div className="exports__presets" role="group" aria-label={t('exports.presets')}>
            {RANGE_PRESETS.map((option) => (
              <button
                key={option}
                type="button"
                className="button"
                aria-pressed={preset === option}
                onClick={() => setRange(presetRange(option, Date.now()))}
              >
                {t(`exports.preset.${option}`)}
              </button>
            ))}
          </div>
          <span className="exports__date">
            <label htmlFor="exports-from">{t('exports.from')}</label>
            <DateField
              id="exports-from"
              hintId="exports-from-format"
              value={range.from}
              onChange={(from) => setRange((r) => ({ ...r, from }))}
            />
          </span>
          <span className="exports__date">
            <label htmlFor="exports-to">{t('exports.to')}</label>
            <DateField
              id="exports-to"
              hintId="exports-to-format"
              value={range.to}
              onChange={(to) => setRange((r) => ({ ...r, to }))}
            />
          </span>
        </fieldset>
        <div className="exports__group">
          <label htmlFor="exports-group">{t('exports.group')}</label>
          <select id="exports-group" value={group} onChange={(e) => setGroup(e.target.value)}>
            <option value="">{t('exports.group.all')}</option>
            {groups.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <Choices
          legend={t('exports.kind')}
          name="kind"
          options={KINDS}
          value={kind}
          onChange={setKind}
          label={(k) => t(`exports.kind.${k}`)}
          hint={(k) => t(`exports.kind.${k}.hint`)}
        />
        <Choices
          legend={t('exports.format')}
          name="format"
          options={FORMATS}
          value={format}
          onChange={setFormat}
          label={(f) => t(`exports.format.${f}`)}
        />
        <div className="exports__actions">
          <button type="submit" className="button button--primary" aria-disabled={!!progress}>
            {t('exports.submit')}
          </button>
        </div>
      </form>
      {progress && <Progress progress={progress} />}
      <p className="visually-hidden" role="status">
        {notice?.tone === 'status' ? notice.text : ''}
      </p>
      {notice?.tone === 'status' && <p className="exports__notice">{notice.text}</p>}
      {notice?.tone === 'alert' && (
        <p className="staff__problem" role="alert">
          {notice.text}
        </p>
      )}
    </section>
  );
}

function Choices<T extends string>(props: {
  legend: string;
  name: string;
  options: T[];
  value: T;
  onChange: (value: T) => void;
  label: (value: T) => string;
  hint?: (value: T) => string;
}) {
  const { legend, name, options, value, onChange, label, hint } = props;
  return (
    <fieldset className="exports__choices">
      <legend>{legend}</legend>
      {options.map((option) => {
        const id = `exports-${name}-${option}`;
        return (
          <div key={option} className="exports__choice">
            <input
              id={id}
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              aria-describedby={hint ? `${id}-hint` : undefined}
              onChange={() => onChange(option)}
            />
            <div>
              <label htmlFor={id}>{label(option)}</label>
              {hint && (
                <p id={`${id}-hint`} className="exports__hint">
                  {hint(option)}
                </p>
              )}
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

function Progress(props: { progress: ExportProgress }) {
  const { progress } = props;
  const { t, language } = useI18n();
  const number = new Intl.NumberFormat(language);
  const reading = progress.phase === 'reading';
  const fraction = reading
    ? progress.total === 0
      ? 0
      : progress.done / progress.total
    : progress.fraction;
  const text = reading
    ? t('exports.progress.reading', {
        done: number.format(progress.done),
        total: number.format(progress.total),
      })
    : t('exports.progress.writing');
  // Reading is the first half of the bar, writing the second: one bar that only moves forward.
  const value = Math.round((reading ? fraction / 2 : 0.5 + fraction / 2) * 100);
  return (
    <div className="exports__progress">
      <progress id="exports-progress" max={100} value={value} aria-label={t('exports.progress')} />
      <p className="exports__progress-text" aria-hidden="true">
        {text}
      </p>
    </div>
  );
}
