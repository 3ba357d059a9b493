// Asks before a badge stops working (reissue, revoke): the learner's card is refused at once and
// cannot be re-enabled. Cancel comes first, so Enter on the opened dialog changes nothing.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';

export interface ConfirmRequest {
  title: string;
  text: string;
  confirmLabel: string;
  /** Resolves to an error message to show in the dialog, or null when done. */
  onConfirm: () => Promise<string | null>;
}

export function ConfirmDialog(props: { request: ConfirmRequest; onClose: () => void }) {
  const { request, onClose } = props;
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    // React removes the dialog from the document before this cleanup runs, and a removed dialog
    // does not hand the focus back: give it back to the button that opened it, if still there.
    const opener = document.activeElement;
    element?.showModal();
    return () => {
      element?.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const failure = await request.onConfirm();
    if (failure === null) return onClose();
    setProblem(failure);
    setBusy(false);
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="badge-confirm-title"
      aria-describedby="badge-confirm-text"
      onCancel={onClose}
    >
      <form onSubmit={submit}>
        <h2 id="badge-confirm-title">{request.title}</h2>
        <p id="badge-confirm-text">{request.text}</p>
        {problem && (
          <p className="staff__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('badges.confirm.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {request.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
