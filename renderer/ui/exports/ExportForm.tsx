// The export form the kiosk's admin section and the centre's console share: a date range
// (default: this month; presets from shared/range-presets.ts), a group, which file, which format,
// then one button. Each caller makes and saves the file its own way (kiosk: from its database,
// through the bridge; console: the server's streamed export) and says how it went in `notice`.
import { useState, type FormEvent, type ReactNode } from 'react';
import { groupKey, type DayRange, type ExportKind } from '../../../shared/export';
import type { ExportFileFormat } from '../../../shared/export-labels';
import { RANGE_PRESETS, presetOf, presetRange } from '../../../shared/range-presets';
import type { LanguageCode } from '../../../shared/types';
import { useI18n } from '../../i18n';
import { DateField } from '../fields';
import '../controls.css';
import './exports.css';

const KINDS: ExportKind[] = ['events', 'summary', 'matrix'];
const FORMATS: ExportFileFormat[] = ['csv-semicolon', 'csv-comma', 'xlsx'];

export interface ExportChoice {
  kind: ExportKind;
  format: ExportFileFormat;
  range: DayRange;
  /** null: every learner. */
  group: string | null;
  /** The admin's language: headers and coded values are written in it. */
  language: LanguageCode;
}

export type ExportNotice = { tone: 'status' | 'alert'; text: string };

/** One entry a group, however the roster spells it (the export matches groups the same way). */
export function groupChoices(names: Iterable<string>, language: LanguageCode): string[] {
  const byKey = new Map<string, string>();
  for (const name of [...new Set(names)].sort((a, b) => a.localeCompare(b, language))) {
    if (!byKey.has(groupKey(name))) byKey.set(groupKey(name), name);
  }
  return [...byKey.values()];
}

export function ExportForm(props: {
  groups: string[];
  busy: boolean;
  notice: ExportNotice | null;
  /** A valid choice, and the press's time (a measure may start there). */
  onSubmit: (choice: ExportChoice, timeStamp: number) => void;
  /** Said under the title: where the files' events come from, when that needs saying. */
  lead?: string;
  /** Shown between the form and the notice: the caller's progress. */
  children?: ReactNode;
}) {
  const { groups, busy, onSubmit, lead, children } = props;
  const { t, language } = useI18n();
  const [range, setRange] = useState(() => presetRange('this-month', Date.now()));
  const [group, setGroup] = useState('');
  const [kind, setKind] = useState<ExportKind>('events');
  const [format, setFormat] = useState<ExportFileFormat>('csv-semicolon');
  const [problem, setProblem] = useState<string | null>(null);
  // Read at each render: the screen may stay open across midnight.
  const preset = presetOf(range, Date.now());
  const notice: ExportNotice | null = problem ? { tone: 'alert', text: problem } : props.notice;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!range.from || !range.to) return setProblem(t('exports.missing-date'));
    if (range.from > range.to) return setProblem(t('exports.bad-range'));
    setProblem(null);
    onSubmit({ kind, format, range, group: group || null, language }, event.timeStamp);
  };

  return (
    <section className="exports" aria-labelledby="exports-title">
      <h1 id="exports-title">{t('exports.title')}</h1>
      <p className="exports__intro">
        {lead && `${lead} `}
        {t('exports.intro')}
      </p>
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
          <button type="submit" className="button button--primary" aria-disabled={busy}>
            {t('exports.submit')}
          </button>
        </div>
      </form>
      {children}
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
