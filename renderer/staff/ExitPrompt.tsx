// The admin PIN prompt behind the staff exit chord (Ctrl+Alt+Shift+Q). Only after an active
// admin's PIN checks out (auth.ts, with the kiosk's lock-out) does it ask the host to quit; the
// shell also refuses a quit without the chord (electron/exit-guard.ts). Wrong PINs here count
// toward the same lock-out as the staff sign-in.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { KioskBridge } from '../../shared/bridge';
import type { KioskDatabase } from '../db/schema';
import { useI18n } from '../i18n';
import { attemptsLeft, tryUnlock } from './auth';
import { PinPad } from '../ui/PinPad';
import { useIdleLock } from './useIdleLock';
import { useLockout } from './useLockout';
import { useModalDialog } from '../ui/useModalDialog';

/** The prompt closes itself after this long untouched: the kiosk belongs to learners. */
const EXIT_PROMPT_IDLE_MS = 60_000;

export function ExitPrompt(props: { db: KioskDatabase; bridge: KioskBridge; onClose: () => void }) {
  const { db, bridge, onClose } = props;
  const { t } = useI18n();
  const dialog = useModalDialog();
  // Closed without leaving (cancel, Escape, idle): the shell forgets the chord's grant.
  const dismiss = useCallback(() => {
    bridge.cancelExit().catch((error: unknown) => console.warn('cancelExit failed', error));
    onClose();
  }, [bridge, onClose]);
  useIdleLock(dismiss, EXIT_PROMPT_IDLE_MS);
  const admins = useLiveQuery(
    async () => (await db.staff.toArray()).filter((s) => s.active && s.role === 'admin'),
    [db],
  );
  const [chosenId, setChosenId] = useState('');
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const { lockedSeconds, lockFor } = useLockout(db);
  const locked = lockedSeconds > 0;
  const staffId = chosenId || admins?.[0]?.id || '';
  // Until the admins are read, a PIN typed and sent would have nobody to check it against, and
  // Enter would seem to do nothing: the fields wait (a few ms).
  const waiting = busy || locked || admins === undefined;
  // Keyboard first: the PIN field has the focus on opening and again after a refusal.
  useEffect(() => {
    if (!waiting) document.getElementById('exit-pin')?.focus();
  }, [waiting]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy || locked || !staffId || pin.length === 0) return;
    setBusy(true);
    setMessage('');
    const result = await tryUnlock(db, staffId, pin);
    setPin('');
    if (!result.ok) {
      setBusy(false);
      if (result.lockedForMs > 0) {
        lockFor(result.lockedForMs);
      } else {
        setMessage(t('staff.pin.wrong', { left: attemptsLeft(result.attempts) }));
      }
      return;
    }
    // The list offers admins only; checked again in case the roles changed meanwhile.
    if (result.staff.role !== 'admin') {
      setBusy(false);
      setMessage(t('exit.not-admin'));
      return;
    }
    setMessage(t('exit.quitting'));
    try {
      await bridge.quit();
      onClose();
    } catch (error) {
      console.error('The host refused to quit', error);
      setBusy(false);
      setMessage(t('exit.refused'));
    }
  };

  const noAdmin = admins !== undefined && admins.length === 0;
  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="exit-title"
      aria-describedby="exit-hint"
      onCancel={dismiss}
    >
      <h2 id="exit-title">{t('exit.title')}</h2>
      <p id="exit-hint">{t('exit.hint')}</p>
      {noAdmin ? (
        <p className="staff__problem" role="alert">
          {t('exit.no-admin')}
        </p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          <label htmlFor="exit-admin">{t('exit.who')}</label>
          <select
            id="exit-admin"
            value={staffId}
            disabled={waiting}
            onChange={(event) => setChosenId(event.target.value)}
          >
            {(admins ?? []).map((admin) => (
              <option key={admin.id} value={admin.id}>
                {admin.name}
              </option>
            ))}
          </select>
          <PinPad
            id="exit-pin"
            label={t('exit.pin')}
            value={pin}
            onChange={setPin}
            disabled={waiting}
            describedBy="exit-message"
          />
          <p id="exit-message" className="staff__problem" role="alert">
            {locked ? t('staff.pin.locked', { seconds: lockedSeconds }) : message}
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={dismiss}>
              {t('exit.cancel')}
            </button>
            <button type="submit" className="button button--primary" disabled={waiting}>
              {t('exit.submit')}
            </button>
          </div>
        </form>
      )}
      {noAdmin && (
        <div className="dialog__actions">
          <button type="button" className="button" onClick={dismiss}>
            {t('exit.cancel')}
          </button>
        </div>
      )}
    </dialog>
  );
}
