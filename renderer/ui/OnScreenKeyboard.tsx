// The keyboard on the screen, for a kiosk whose physical keyboard is put away (DEPLOY.md): AZERTY
// with the accents French names need, or a digit pad when the field takes digits only (a PIN
// field has its own pad). It opens
// when a text field is tapped and types into that field through the browser's editing, like a
// key would (ui/typing.ts): the field's input events, maxlength and undo, and never the scanner
// listener's keys, so nothing typed here can pass for a scan. In a modal dialog (the rest of the
// page is inert) it is drawn inside that dialog.
import { useEffect, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../i18n';
import { deleteBackward, focusField, insertText } from './typing';
import { focusKind } from './WedgeScanner';

type Field = HTMLInputElement | HTMLTextAreaElement;

const LETTER_ROWS = [
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'],
  ['a', 'z', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p'],
  ['q', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm'],
  ['w', 'x', 'c', 'v', 'b', 'n', '’', '-', '.', '@'],
  ['é', 'è', 'ê', 'ë', 'à', 'â', 'ç', 'ï', 'î', 'ô', 'ù', 'û', 'ü'],
];
/** The digit pad; a decimal field gets the French decimal comma beside 0. */
const digitRows = (decimal: boolean) => [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
  decimal ? ['0', ','] : ['0'],
];

/** A key pressed leaves the focus in the field: no blur, no caret moved. */
const keepFocus = (event: ReactMouseEvent) => event.preventDefault();

function isField(target: EventTarget | null): target is Field {
  return (
    (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) &&
    focusKind(target) === 'text' &&
    !target.readOnly &&
    !target.disabled &&
    // A PIN field has its pad's digit keys (PinPad) right below it.
    target.closest('.pinpad') === null
  );
}

export function OnScreenKeyboard() {
  const { t } = useI18n();
  /** The field typed into: the text field tapped last. */
  const [field, setField] = useState<Field | null>(null);
  const [open, setOpen] = useState(false);
  const [shift, setShift] = useState(false);
  const latest = useRef<Field | null>(null);

  useEffect(() => {
    // A tap on a text field opens the keyboard for it; a field focused by the page itself (a
    // screen's first field) is typed into once the keyboard is opened by its button. On the
    // click, not the pointerdown: the keyboard moves things (a dialog grows and centres again),
    // and the focus, given at the end of a tap, would land on whatever then lies under the finger.
    const onClick = (event: MouseEvent) => {
      if (!isField(event.target)) return;
      latest.current = event.target;
      setField(event.target);
      setOpen(true);
    };
    const onFocusIn = (event: FocusEvent) => {
      if (!isField(event.target)) return;
      latest.current = event.target;
      setField(event.target);
    };
    document.addEventListener('click', onClick, true);
    document.addEventListener('focusin', onFocusIn, true);
    return () => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('focusin', onFocusIn, true);
    };
  }, []);

  const target = field?.isConnected ? field : null;
  const press = (key: string | null) => {
    const into = latest.current;
    if (!into?.isConnected) return;
    focusField(into);
    if (key === null) return deleteBackward();
    insertText(shift ? key.toLocaleUpperCase('fr') : key);
    setShift(false);
  };
  const keyButton = (key: string) => (
    <button
      key={key}
      type="button"
      tabIndex={-1}
      className="osk__key"
      onMouseDown={keepFocus}
      onClick={() => press(key)}
    >
      {shift ? key.toLocaleUpperCase('fr') : key}
    </button>
  );
  const erase = (
    <button
      type="button"
      tabIndex={-1}
      className="osk__key osk__key--wide"
      aria-label={t('keyboard.erase')}
      onMouseDown={keepFocus}
      onClick={() => press(null)}
    >
      ⌫
    </button>
  );

  if (!open || !target) {
    return (
      <button
        type="button"
        className="button osk__show"
        onMouseDown={keepFocus}
        onClick={() => setOpen(true)}
      >
        {t('keyboard.show')}
      </button>
    );
  }
  const mode = target instanceof HTMLInputElement ? target.inputMode : '';
  const digits = mode === 'numeric' || mode === 'decimal';
  const keyboard = (
    <div
      className={digits ? 'osk osk--digits' : 'osk'}
      role="group"
      aria-label={t('keyboard.label')}
      data-testid="on-screen-keyboard"
    >
      {(digits ? digitRows(mode === 'decimal') : LETTER_ROWS).map((row) => (
        <div key={row.join('')} className="osk__row">
          {row.map(keyButton)}
        </div>
      ))}
      <div className="osk__row">
        {!digits && (
          <button
            type="button"
            tabIndex={-1}
            className="osk__key osk__key--wide"
            aria-pressed={shift}
            onMouseDown={keepFocus}
            onClick={() => setShift((on) => !on)}
          >
            {t('keyboard.shift')}
          </button>
        )}
        {!digits && (
          <button
            type="button"
            tabIndex={-1}
            className="osk__key osk__key--space"
            aria-label={t('keyboard.space')}
            onMouseDown={keepFocus}
            onClick={() => press(' ')}
          />
        )}
        {erase}
        <button
          type="button"
          tabIndex={-1}
          className="osk__key osk__key--wide"
          onMouseDown={keepFocus}
          onClick={() => setOpen(false)}
        >
          {t('keyboard.hide')}
        </button>
      </div>
    </div>
  );
  const dialog = target.closest('dialog');
  return dialog ? createPortal(keyboard, dialog) : keyboard;
}
