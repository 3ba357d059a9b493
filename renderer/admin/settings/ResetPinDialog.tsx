// A new PIN for a staff member, typed twice by the admin. A modal dialog: the focus stays in it
// and Escape closes it.
import { useState, type FormEvent } from 'react';
import type { StaffMember } from '../../../shared/types';
import { useModalDialog } from '../../ui/useModalDialog';
import { useI18n } from '../../i18n';
import { PinPair } from '../../ui/PinPair';
import type { AdminSectionProps } from '../section';
import { resetPin } from './actions';
import { refusalText } from './refusal';

export function ResetPinDialog(
  props: AdminSectionProps & {
    member: StaffMember;
    onDone: (name: string) => void;
    onClose: () => void;
  },
) {
  const { db, staff: admin, member, onDone, onClose } = props;
  const { t } = useI18n();
  const dialog = useModalDialog();
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (pin !== confirm) return setProblem(t('staff.first.mismatch'));
    setBusy(true);
    setProblem('');
    try {
      const outcome = await resetPin(db, admin, member.id, pin);
      if (outcome.ok) {
        onDone(member.name);
        onClose();
        return;
      }
      setProblem(refusalText(t, outcome.refused));
    } catch (error) {
      console.error('PIN could not be reset', error);
      setProblem(t('staff.error'));
    }
    setBusy(false);
  };

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="reset-pin-title" onCancel={onClose}>
      <form onSubmit={submit}>
        <h2 id="reset-pin-title">{t('settings.staff.reset.title', { name: member.name })}</h2>
        <PinPair
          id="reset-pin"
          label={t('settings.staff.reset.pin')}
          confirmLabel={t('settings.staff.reset.confirm')}
          pin={pin}
          confirm={confirm}
          onPin={setPin}
          onConfirm={setConfirm}
          autoFocus
        />
        <p className="staff__problem" role="alert">
          {problem}
        </p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('settings.staff.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? t('settings.staff.busy') : t('settings.staff.reset.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
