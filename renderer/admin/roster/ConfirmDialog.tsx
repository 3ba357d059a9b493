// Archive or re-activate after a confirmation: the badge stops (or starts) working at once.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n';

export interface ConfirmRequest {
  title: string;
  detail: string;
  confirm: string;
  onConfirm: () => Promise<void>;
}

export function ConfirmDialog(props: { request: ConfirmRequest; onClose: () => void }) {
  const { request, onClose } = props;
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const confirm = async () => {
    setBusy(true);
    try {
      await request.onConfirm();
      onClose();
    } catch (error) {
      console.error('Roster action failed', error);
      setProblem(t('staff.error'));
      setBusy(false);
    }
  };

  // Cancel comes first, so the focus that showModal() gives lands on the harmless choice.
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-detail"
      onCancel={onClose}
    >
      <h2 id="confirm-title">{request.title}</h2>
      <p id="confirm-detail">{request.detail}</p>
      <p className="staff__problem" role="alert">
        {problem ?? ''}
      </p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('roster.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={busy} onClick={confirm}>
          {request.confirm}
        </button>
      </div>
    </dialog>
  );
}
