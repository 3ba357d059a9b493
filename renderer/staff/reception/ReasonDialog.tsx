// Asks why before a manual check or an undo: every override carries its reason in the log.
import { useState, type FormEvent } from 'react';
import type { ManualReason } from '../../../shared/types';
import { useModalDialog } from '../../ui/useModalDialog';
import { useI18n } from '../../i18n';

export type ReasonRequest =
  | { kind: 'manual'; title: string; onConfirm: (reason: ManualReason) => Promise<void> }
  | { kind: 'void'; title: string; onConfirm: (reason: string) => Promise<void> };

const CODES: ManualReason['code'][] = ['forgot-badge', 'badge-damaged', 'other'];

export function ReasonDialog(props: { request: ReasonRequest; onClose: () => void }) {
  const { request, onClose } = props;
  const { t } = useI18n();
  const dialog = useModalDialog('reception-search');
  const [code, setCode] = useState<ManualReason['code']>('forgot-badge');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const needsText = request.kind === 'void' || code === 'other';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (needsText && !text.trim()) return setProblem(t('reason.required'));
    setBusy(true);
    try {
      if (request.kind === 'void') await request.onConfirm(text.trim());
      else await request.onConfirm(text.trim() ? { code, text: text.trim() } : { code });
      onClose();
    } catch (error) {
      console.error('Reception action failed', error);
      setProblem(t('staff.error'));
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="reason-title" onCancel={onClose}>
      <form onSubmit={submit}>
        <h2 id="reason-title">{request.title}</h2>
        {request.kind === 'manual' && (
          <fieldset>
            <legend className="visually-hidden">{request.title}</legend>
            {CODES.map((c) => (
              <label key={c} className="dialog__choice">
                <input
                  type="radio"
                  name="reason"
                  value={c}
                  checked={code === c}
                  onChange={() => setCode(c)}
                />
                {t(`reason.${c}`)}
              </label>
            ))}
          </fieldset>
        )}
        {needsText && (
          <>
            <label htmlFor="reason-text">
              {request.kind === 'void' ? t('reason.void-text') : t('reason.text')}
            </label>
            <input
              id="reason-text"
              value={text}
              maxLength={500}
              autoComplete="off"
              autoFocus
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
          <button type="button" className="button" onClick={onClose}>
            {t('reason.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('reason.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
