// The warning before staff mode locks itself: a modal dialog, so that the tap that answers it
// lands on it and nothing beneath; its one button keeps the session (so does Escape).
import { useModalDialog } from '../ui/useModalDialog';
import { useI18n } from '../i18n';
import { IDLE_WARNING_MS } from './useIdleLock';

export function IdleWarning(props: { onStay: () => void }) {
  const { t } = useI18n();
  const dialog = useModalDialog();
  return (
    <dialog
      ref={dialog}
      className="dialog idle-warning"
      data-idle-warning=""
      aria-labelledby="idle-warning-text"
      onCancel={(event) => {
        event.preventDefault();
        props.onStay();
      }}
    >
      <p id="idle-warning-text">{t('idle.warning', { seconds: IDLE_WARNING_MS / 1000 })}</p>
      <button type="button" className="button button--primary" onClick={props.onStay}>
        {t('idle.stay')}
      </button>
    </dialog>
  );
}
