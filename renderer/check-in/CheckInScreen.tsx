// The learner-facing screen: camera preview, scanner heard anywhere, one big result card.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ScanRead } from '../../shared/wedge';
import { readScan } from '../../shared/wedge';
import { LANGUAGES, type CheckInSettings, type LanguageCode } from '../../shared/types';
import type { StorageProblem } from '../db/errors';
import type { KioskDatabase } from '../db/schema';
import { useI18n } from '../i18n';
import { SyncIndicator } from '../sync/SyncIndicator';
import { describeResult, displayMs, type Feedback, type ResultView } from './describe';
import { recordScan } from './recordScan';
import { playFeedback } from './sound';
import { useCamera } from './useCamera';
import { useWedgeScanner } from './useWedgeScanner';

interface Shown {
  serial: number;
  result: Feedback;
  view: ResultView;
  /** performance.now() of the last key or of the decoded frame, for the latency measure. */
  startedAt: number;
  /** When the page's own code got the scan: what follows is the app's share of the latency. */
  handledAt: number;
  method: 'camera' | 'scanner';
}

export function CheckInScreen(props: {
  db: KioskDatabase;
  settings: CheckInSettings;
  onLanguage: (language: LanguageCode) => void;
  /** Opens staff mode (the PIN comes next). */
  onStaff: () => void;
  /** The browser did not promise to keep the data: staff should know. */
  persistenceWarning: boolean;
  children?: React.ReactNode;
}) {
  const { db, settings, onLanguage, persistenceWarning } = props;
  const { t, language } = useI18n();
  const [shown, setShown] = useState<Shown | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [storageProblem, setStorageProblem] = useState<StorageProblem | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const serial = useRef(0);
  const [resultCount, setResultCount] = useState(0);
  const languageRef = useRef(language);
  languageRef.current = language;

  // Scans (and the camera's hints) are handled strictly one after the other, in arrival order.
  const submit = useCallback(
    (read: ScanRead | 'hint', method: 'camera' | 'scanner', startedAt: number) => {
      const handledAt = performance.now();
      queue.current = queue.current
        .then(async () => {
          let result: Feedback = { outcome: 'hint' };
          if (read !== 'hint') {
            const recordStart = performance.now();
            result = await recordScan(db, read, method, settings);
            // The database's share of the latency (a strict-durability commit included).
            performance.measure('accueil:record-scan', { start: recordStart });
          }
          const view = describeResult(result, languageRef.current);
          serial.current += 1;
          setShown({ serial: serial.current, result, view, startedAt, handledAt, method });
          setResultCount(serial.current);
          if (result.outcome === 'error') setStorageProblem(result.problem);
          else if (result.outcome !== 'unreadable' && result.outcome !== 'hint')
            setStorageProblem(null);
        })
        // One failed scan must never stop the queue for the next learner.
        .catch((error: unknown) => console.error('Scan handling failed', error));
    },
    [db, settings],
  );

  useWedgeScanner(useCallback((read, at) => submit(read, 'scanner', at), [submit]));

  const video = useRef<HTMLVideoElement>(null);
  const camera = useCamera(
    video,
    useCallback(
      (text: string, frameAt: number) =>
        submit(
          readScan({ text, codes: [], lastKeyAt: frameAt, overflow: false }),
          'camera',
          frameAt,
        ),
      [submit],
    ),
    useCallback((frameAt: number) => submit('hint', 'camera', frameAt), [submit]),
  );

  // Feedback, the announcement and the latency measure, once per result.
  useLayoutEffect(() => {
    if (!shown) return;
    const measure = shown.method === 'camera' ? 'accueil:frame-to-paint' : 'accueil:scan-to-paint';
    requestAnimationFrame(() => {
      // A message posted from a frame callback runs after that frame is painted.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = performance.now();
        performance.measure(measure, { start: shown.startedAt, end });
        performance.measure('accueil:handled-to-paint', { start: shown.handledAt, end });
        // The sound starts right after the card is on screen, never holding up its paint.
        playFeedback(shown.view.tone === 'problem' ? 'problem' : 'success');
      };
      channel.port2.postMessage(null);
    });
    // Cleared first so that two identical results in a row are both announced.
    setAnnouncement('');
    const announce = requestAnimationFrame(() =>
      setAnnouncement(`${shown.view.title} ${shown.view.detail}`),
    );
    const timer = setTimeout(() => setShown(null), displayMs(shown.view.tone));
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(announce);
    };
  }, [shown]);

  useEffect(() => {
    if (shown === null && resultCount > 0)
      setAnnouncement(`${t('idle.prompt')} ${t('idle.scanner')}`);
  }, [shown, resultCount, t]);

  const cameraProblem =
    camera.state === 'denied' || camera.state === 'missing' || camera.state === 'error';

  return (
    <main className="checkin" data-results={resultCount}>
      <header className="checkin__bar">
        <span className="checkin__centre">{t('app.centre')}</span>
        <button type="button" className="checkin__staff" onClick={props.onStaff}>
          {t('staff.open')}
        </button>
        <nav className="checkin__languages" aria-label={t('language.label')}>
          {LANGUAGES.map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-pressed={code === language}
              onClick={() => onLanguage(code)}
            >
              {t(`language.${code}`)}
            </button>
          ))}
        </nav>
      </header>

      <section className="checkin__stage">
        <div className="checkin__camera" data-camera={camera.state}>
          <video ref={video} muted playsInline aria-label={t('camera.preview')} />
          <div className="checkin__target" aria-hidden="true" />
        </div>
        {shown ? (
          <article
            className={`result result--${shown.view.tone}`}
            data-outcome={shown.result.outcome}
            lang={shown.view.language}
            key={shown.serial}
            data-serial={shown.serial}
          >
            <h1 className="result__title">{shown.view.title}</h1>
            <p className="result__detail">{shown.view.detail}</p>
          </article>
        ) : (
          <article className="idle" data-outcome="idle">
            <h1 className="idle__title">{t('idle.title')}</h1>
            <p className="idle__prompt">{t('idle.prompt')}</p>
            <p className="idle__hint">{t('idle.scanner')}</p>
          </article>
        )}
      </section>

      <div className="checkin__staff-notes">
        {storageProblem && (
          <p className="checkin__staff-note checkin__staff-note--alert" role="alert">
            {t(`staff.storage.${storageProblem}`)}
          </p>
        )}
        {cameraProblem && (
          <p className="checkin__staff-note" role="status">
            {t(`staff.camera.${camera.state}`)}
          </p>
        )}
        {persistenceWarning && (
          <p className="checkin__staff-note" role="status">
            {t('staff.storage.not-persisted')}
          </p>
        )}
      </div>
      <SyncIndicator db={db} />
      {props.children}
      <div
        className="visually-hidden"
        role="status"
        aria-live="assertive"
        aria-atomic="true"
        data-testid="announcer"
      >
        {announcement}
      </div>
    </main>
  );
}
