// Date, time and file controls in the screen's language. The browser's own <input type=date|time>
// and file button follow the browser's locale (mm/dd/yyyy, AM/PM, "Choose File" on an American
// system), not the staff member's: these are typed fields read by shared/date-input.ts, day first
// and on 24 hours, and a file button whose words are ours. Each is one native input underneath,
// so the keyboard, touch, labels and screen readers work as for any field.
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type InputHTMLAttributes,
} from 'react';
import { formatDayInput, parseClockInput, parseDayInput } from '../../shared/date-input';
import { useI18n } from '../i18n';
import './controls.css';
import './fields.css';

type FieldProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'disabled' | 'aria-invalid' | 'aria-describedby'
>;

/**
 * A text field that holds what is typed and reports `emit(read(text), text)` as its value, where
 * `read` is null while the text does not read as one. On leaving the field, what reads is written
 * back in its canonical form ("2/1/2026" becomes "02/01/2026", "18h30" becomes "18:30").
 */
function TypedField(
  props: FieldProps & {
    value: string;
    /** Stable across renders (useCallback): a new one shows the value again. */
    show: (value: string) => string;
    read: (text: string) => string | null;
    emit: (read: string | null, text: string) => string;
    onChange: (value: string) => void;
    placeholder: string;
    className: string;
  },
) {
  const { value, show, read, emit, onChange, placeholder, className, ...field } = props;
  const [text, setText] = useState(() => show(value));
  // The text being typed stays while the value is the one it gave; a value set from outside (a
  // reset, a new language's way of writing days) is shown afresh.
  const emitted = useRef(value);
  const shownWith = useRef(show);
  useEffect(() => {
    if (value === emitted.current && show === shownWith.current) return;
    emitted.current = value;
    shownWith.current = show;
    setText(show(value));
  }, [value, show]);
  return (
    <input
      {...field}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      className={`typed-field ${className}`}
      placeholder={placeholder}
      value={text}
      onChange={(event) => {
        const typed = event.target.value;
        setText(typed);
        emitted.current = emit(read(typed), typed);
        onChange(emitted.current);
      }}
      onBlur={() => {
        const canonical = read(text);
        if (canonical !== null) setText(show(canonical));
      }}
    />
  );
}

const emitDay = (day: string | null) => day ?? '';

/**
 * A day, typed day first in the language's way ("04/12/2026", "04.12.2026"). `value` and what
 * onChange gives are 'YYYY-MM-DD', or '' while the field is empty or does not read as a day.
 */
export function DateField(
  props: FieldProps & { value: string; onChange: (day: string) => void; hintId: string },
) {
  const { value, onChange, hintId, ...field } = props;
  const { t, language } = useI18n();
  const format = t('control.date.format');
  const show = useCallback((day: string) => formatDayInput(language, day), [language]);
  const describedBy = [hintId, field['aria-describedby']].filter(Boolean).join(' ');
  return (
    <span className="typed-field__wrap">
      <TypedField
        {...field}
        aria-describedby={describedBy}
        className="typed-field--date"
        value={value}
        show={show}
        read={parseDayInput}
        emit={emitDay}
        onChange={onChange}
        placeholder={format}
      />
      <span id={hintId} className="typed-field__hint">
        {format}
      </span>
    </span>
  );
}

const showClock = (value: string) => value;
const emitClock = (time: string | null, text: string) => time ?? text;

/**
 * A time of day on 24 hours ("18:30"; "18h30", "1830" are read too). onChange gives 'HH:MM' once
 * the text reads as a time, else the text itself, for the form's own check to refuse.
 */
export function TimeField(props: FieldProps & { value: string; onChange: (time: string) => void }) {
  const { value, onChange, ...field } = props;
  const { t } = useI18n();
  return (
    <TypedField
      {...field}
      className="typed-field--time"
      value={value}
      show={showClock}
      read={parseClockInput}
      emit={emitClock}
      onChange={onChange}
      placeholder={t('control.time.format')}
    />
  );
}

/**
 * A file button in the screen's language with the chosen file's name beside it. The native
 * input stays underneath, visually hidden but focusable: Space or Enter opens the chooser, its
 * <label> (the field's own, given by the caller) names it, a tap on the button opens it too.
 */
export function FileButton(
  props: Pick<InputHTMLAttributes<HTMLInputElement>, 'accept' | 'aria-describedby'> & {
    id: string;
    /** The chosen file's name, or null: none yet. */
    fileName: string | null;
    onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  },
) {
  const { id, fileName, onChange, ...input } = props;
  const { t } = useI18n();
  return (
    <span className="file-button">
      <input {...input} id={id} type="file" className="file-button__input" onChange={onChange} />
      <label htmlFor={id} className="button file-button__face">
        {t('control.file.choose')}
      </label>
      <span className="file-button__name">{fileName ?? t('control.file.none')}</span>
    </span>
  );
}
