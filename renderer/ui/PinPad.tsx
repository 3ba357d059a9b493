// A PIN entry that works with the touch screen (big digit keys) and with the keyboard alone (a
// real password field that keeps the focus). The keys type into the PIN field that had the focus
// last, through the browser's editing like a key would: a PinPair's confirmation field (passed
// as children) is typed into when it has the focus, not the first field.
import { useEffect, useRef, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { deleteBackward, focusField, insertText } from './typing';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** A key pressed with the mouse leaves the focus in the field (a tap refocuses it anyway). */
const keepFocus = (event: MouseEvent) => event.preventDefault();

export function PinPad(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit?: () => void;
  disabled?: boolean;
  autoFocus?: boolean;
  describedBy?: string;
  /** More PIN fields the keys serve (a confirmation), shown after the keys. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  /** The PIN field that had the focus last: the keys type there. */
  const target = useRef<HTMLInputElement | null>(null);
  const { autoFocus } = props;
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const press = (digit: string | null) => {
    const field = target.current?.isConnected ? target.current : input.current;
    if (!field || field.disabled) return;
    focusField(field);
    if (digit === null) deleteBackward();
    else insertText(digit);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit?.();
  };

  const field = (
    <div
      className="pinpad__fields"
      onFocus={(event) => {
        if (event.target instanceof HTMLInputElement) target.current = event.target;
      }}
    >
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
            onMouseDown={keepFocus}
            onClick={() => press(digit)}
          >
            {digit}
          </button>
        ))}
        <button
          type="button"
          tabIndex={-1}
          aria-label={t('staff.pin.erase')}
          disabled={props.disabled}
          onMouseDown={keepFocus}
          onClick={() => press(null)}
        >
          ⌫
        </button>
      </div>
      {props.children}
    </div>
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
