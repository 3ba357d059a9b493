// Asks why before a manual check or an undo: every override carries its reason in the log. The
// reasons are presets, one tap each: arrivals and departures have their own, an undo its own.
// The buttons say what they do: "Back" leaves everything as it was, the other acts.
import { useState, type FormEvent } from 'react';
import type { ManualReason } from '../../../shared/types';
import { useModalDialog } from '../../ui/useModalDialog';
import { useI18n } from '../../i18n';

export type ReasonRequest =
  | {
      kind: 'check-in' | 'check-out';
      title: string;
      onConfirm: (reason: ManualReason) => Promise<void>;
    }
  | {
      kind: 'void';
      /** What is undone: the confirm button names it. */
      target: 'check-in' | 'check-out';
      title: string;
      onConfirm: (reason: string) => Promise<void>;
    };

const MANUAL_CODES = {
  'check-in': ['forgot-badge', 'badge-damaged', 'other'],
  'check-out': ['forgot-scan-out', 'left-early', 'forgot-badge', 'other'],
} as const satisfies Record<string, readonly ManualReason['code'][]>;
const VOID_CODES = ['wrong-person', 'scanned-twice', 'test', 'other'] as const;
type VoidCode = (typeof VOID_CODES)[number];

export function ReasonDialog(props: {
  request: ReasonRequest;
  /** `done`: the action was taken (reception then gives the search back). */
  onClose: (done: boolean) => void;
}) {
  const { request, onClose } = props;
  const { t } = useI18n();
  const dialog = useModalDialog('reception-search');
  // A manual check starts on the commonest reason; an undo waits for a deliberate choice.
  const [code, setCode] = useState<string | null>(() =>
    request.kind === 'void' ? null : MANUAL_CODES[request.kind][0],
  );
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choices: readonly string[] =
    request.kind === 'void' ? VOID_CODES : MANUAL_CODES[request.kind];
  const label = (c: string) =>
    request.kind === 'void'
      ? t(`reason.void.${c as VoidCode}`)
      : t(`reason.${c as ManualReason['code']}`);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const note = text.trim();
    if (code === null) return setProblem(t('reason.choose'));
    if (request.kind !== 'void' && code === 'other' && !note)
      return setProblem(t('reason.required'));
    setBusy(true);
    try {
      if (request.kind === 'void') {
        const reason = label(code);
        await request.onConfirm(note ? t('reason.with-text', { reason, text: note }) : reason);
      } else {
        const c = code as ManualReason['code'];
        await request.onConfirm(note ? { code: c, text: note } : { code: c });
      }
      onClose(true);
    } catch (error) {
      console.error('Reception action failed', error);
      setProblem(t('staff.error'));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="reason-title"
      onCancel={() => onClose(false)}
    >
      <form onSubmit={submit}>
        <h2 id="reason-title">{request.title}</h2>
        <fieldset>
          <legend className="visually-hidden">{request.title}</legend>
          {choices.map((c) => (
            <label key={c} className="dialog__choice">
              <input
                type="radio"
                name="reason"
                value={c}
                checked={code === c}
                onChange={() => setCode(c)}
              />
              {label(c)}
            </label>
          ))}
        </fieldset>
        {code === 'other' && (
          <>
            <label htmlFor="reason-text">
              {request.kind === 'void' ? t('reason.void.text') : t('reason.text')}
            </label>
            <input
              id="reason-text"
              value={text}
              maxLength={500}
              autoComplete="off"
              onChange={(e) => setText(e.target.value)}
            />
          </>
        )}
        {problem && (
          <p className="staff__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={() => onClose(false)}>
            {t('reason.back')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {request.kind === 'void' ? t(`reason.undo.${request.target}`) : t('reason.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
