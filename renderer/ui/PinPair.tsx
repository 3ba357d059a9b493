// A new PIN typed twice (first admin, a new staff member, a reset): the pad, then a plain
// password field for the confirmation, digits only, which the pad's keys type into when it has
// the focus. The caller compares the two on submit.
import { PinPad } from './PinPad';

export function PinPair(props: {
  id: string;
  label: string;
  confirmLabel: string;
  pin: string;
  confirm: string;
  onPin: (value: string) => void;
  onConfirm: (value: string) => void;
  autoFocus?: boolean;
}) {
  const confirmId = `${props.id}-confirm`;
  return (
    <>
      <PinPad
        id={props.id}
        label={props.label}
        value={props.pin}
        onChange={props.onPin}
        autoFocus={props.autoFocus}
      >
        <label htmlFor={confirmId}>{props.confirmLabel}</label>
        <input
          id={confirmId}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={12}
          value={props.confirm}
          onChange={(e) => props.onConfirm(e.target.value.replace(/\D/g, ''))}
        />
      </PinPad>
    </>
  );
}
