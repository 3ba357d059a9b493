// A PIN entry that works with the touch screen (big digit keys) and with the keyboard alone (a
// real password field that keeps the focus).
import { useEffect, useRef, type FormEvent } from 'react';
import { useI18n } from '../i18n';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

export function PinPad(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit?: () => void;
  disabled?: boolean;
  autoFocus?: boolean;
  describedBy?: string;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const { autoFocus } = props;
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const type = (digit: string) => {
    if (props.value.length < 12) props.onChange(props.value + digit);
    input.current?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit?.();
  };

  const field = (
    <>
      <label htmlFor={props.id}>{props.label}</label>
      <input
        ref={input}
        id={props.id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={12}
        value={props.value}
        disabled={props.disabled}
        aria-describedby={props.describedBy}
        onChange={(event) => props.onChange(event.target.value.replace(/\D/g, ''))}
      />
      <div className="pinpad__keys">
        {DIGITS.map((digit) => (
          <button
            key={digit}
            type="button"
            tabIndex={-1}
            aria-label={t('staff.pin.digit', { digit })}
            disabled={props.disabled}
            onClick={() => type(digit)}
          >
            {digit}
          </button>
        ))}
        <button
          type="button"
          tabIndex={-1}
          aria-label={t('staff.pin.erase')}
          disabled={props.disabled}
          onClick={() => props.onChange(props.value.slice(0, -1))}
        >
          ⌫
        </button>
      </div>
    </>
  );

  return props.onSubmit ? (
    <form className="pinpad" onSubmit={submit}>
      {field}
      <button type="submit" className="button button--primary" disabled={props.disabled}>
        {t('staff.pin.submit')}
      </button>
    </form>
  ) : (
    <div className="pinpad">{field}</div>
  );
}
