// Asks before an action that cannot be taken back lightly (archive, revoke, reissue…). Cancel
// comes first, so the focus showModal() gives and a stray Enter land on the harmless choice.
import { useState, type FormEvent } from 'react';
import { useModalDialog } from './useModalDialog';
import { useI18n } from '../i18n';

export interface ConfirmRequest {
  title: string;
  text: string;
  confirmLabel: string;
  /** Resolves to an error message to show in the dialog, or to nothing when done. */
  onConfirm: () => Promise<string | null | void>;
}

export function ConfirmDialog(props: { request: ConfirmRequest; onClose: () => void }) {
  const { request, onClose } = props;
  const { t } = useI18n();
  const dialog = useModalDialog();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const failure = await request.onConfirm();
      if (!failure) return onClose();
      setProblem(failure);
    } catch (error) {
      console.error('Confirmed action failed', error);
      setProblem(t('staff.error'));
    }
    setBusy(false);
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
      onCancel={onClose}
    >
      <form onSubmit={submit}>
        <h2 id="confirm-title">{request.title}</h2>
        <p id="confirm-text">{request.text}</p>
        {problem && (
          <p className="staff__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('reason.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {request.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
