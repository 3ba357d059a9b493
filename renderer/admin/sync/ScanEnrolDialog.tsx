// "Scanner le code": the camera reads the enrolment QR code the console shows (the server's
// address and the one-time code, shared/enrolment.ts), so neither is typed on a touch screen.
import { useCallback, useRef, useState } from 'react';
import { parseEnrolLink, type EnrolLink } from '../../../shared/enrolment';
import { useI18n } from '../../i18n';
import { useCamera } from '../../ui/camera/useCamera';
import { useModalDialog } from '../../ui/useModalDialog';

const ignoreHint = () => undefined;

export function ScanEnrolDialog(props: { onRead: (link: EnrolLink) => void; onClose: () => void }) {
  const { onRead, onClose } = props;
  const { t } = useI18n();
  const dialog = useModalDialog();
  const video = useRef<HTMLVideoElement>(null);
  const [foreign, setForeign] = useState(false);
  const done = useRef(false);
  const onCode = useCallback(
    (text: string) => {
      const link = parseEnrolLink(text);
      if (!link) return setForeign(true);
      // The camera may report the code again before the dialog closes: enrol once.
      if (done.current) return;
      done.current = true;
      onRead(link);
    },
    [onRead],
  );
  const camera = useCamera(video, onCode, ignoreHint);
  const failed =
    camera.state === 'denied' || camera.state === 'missing' || camera.state === 'error';

  return (
    <dialog
      ref={dialog}
      className="dialog sync__scan"
      aria-labelledby="sync-scan-title"
      aria-describedby="sync-scan-hint"
      onCancel={onClose}
    >
      <h2 id="sync-scan-title">{t('sync.scan.title')}</h2>
      <p id="sync-scan-hint">{t('sync.scan.hint')}</p>
      <div className="sync__scan-camera" data-camera={camera.state} hidden={failed}>
        <video ref={video} muted playsInline aria-label={t('camera.preview')} />
      </div>
      {camera.state === 'starting' && <p role="status">{t('sync.scan.starting')}</p>}
      {failed && (
        <p className="staff__problem" role="alert">
          {t(`sync.scan.${camera.state}`)}
        </p>
      )}
      {foreign && (
        <p className="staff__problem" role="alert">
          {t('sync.scan.foreign')}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('sync.cancel')}
        </button>
      </div>
    </dialog>
  );
}
