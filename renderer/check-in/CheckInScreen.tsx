// The learner-facing screen: camera preview, scanner heard anywhere, one big result card at a time.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ScanRead } from '../../shared/wedge';
import { readScan } from '../../shared/wedge';
import { LANGUAGES, type CheckInSettings, type LanguageCode } from '../../shared/types';
import type { StorageProblem } from '../db/errors';
import type { KioskDatabase } from '../db/schema';
import { useI18n } from '../i18n';
import { SyncIndicator } from '../sync/SyncIndicator';
import { afterPaint } from '../ui/measure';
import { blurAfterTap } from './blurAfterTap';
import { describeResult, displayMs, type Feedback, type ResultView } from './describe';
import { recordScan } from '../db/recordScan';
import { IdlePanel, idleWords, ResultCard, spoken } from './ResultCard';
import { playFeedback } from './sound';
import { useCamera } from '../ui/camera/useCamera';
import { useResultQueue } from './useResultQueue';
import { useWedgeScanner } from '../ui/useWedgeScanner';

interface Shown {
  serial: number;
  durationMs: number;
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
  const [results, show] = useResultQueue<Shown>();
  const [announcement, setAnnouncement] = useState('');
  const [storageProblem, setStorageProblem] = useState<StorageProblem | null>(null);
  const handling = useRef<Promise<void>>(Promise.resolve());
  const serial = useRef(0);
  const languageRef = useRef(language);
  languageRef.current = language;

  // Scans (and the camera's hints) are handled strictly one after the other, in arrival order.
  const submit = useCallback(
    (read: ScanRead | 'hint', method: 'camera' | 'scanner', startedAt: number) => {
      const handledAt = performance.now();
      handling.current = handling.current
        .then(async () => {
          let result: Feedback = { outcome: 'hint' };
          if (read !== 'hint') {
            const recordStart = performance.now();
            result = await recordScan(db, read, method, settings);
            // The database's share of the latency (a strict-durability commit included).
            performance.measure('accueil:record-scan', { start: recordStart });
          }
          const view = describeResult(result, {
            language: languageRef.current,
            mode: settings.mode,
            now: Date.now(),
          });
          serial.current += 1;
          const durationMs = displayMs(view.category);
          show({ serial: serial.current, durationMs, result, view, startedAt, handledAt, method });
          if (result.outcome === 'error') setStorageProblem(result.problem);
          else if (result.outcome !== 'unreadable' && result.outcome !== 'hint')
            setStorageProblem(null);
        })
        // One failed scan must never hold up the next learner's.
        .catch((error: unknown) => console.error('Scan handling failed', error));
    },
    [db, settings, show],
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

  // Feedback, the announcement and the latency measure, once per card shown. A card shown at once
  // measures scan → paint as the app's latency; one that waited behind another card measures the
  // same span, wait included, under its own name, so the wait is seen and the latency not blurred.
  const showing = results.showing;
  useLayoutEffect(() => {
    if (!showing) return;
    const { item, queued } = showing;
    const measure = item.method === 'camera' ? 'accueil:frame-to-paint' : 'accueil:scan-to-paint';
    afterPaint(() => {
      const end = performance.now();
      if (queued) {
        performance.measure(`${measure}:queued`, { start: item.startedAt, end });
      } else {
        performance.measure(measure, { start: item.startedAt, end });
        performance.measure('accueil:handled-to-paint', { start: item.handledAt, end });
      }
      // The sound starts right after the card is on screen, never holding up its paint.
      playFeedback(item.view.category);
    });
    // Cleared first so that two identical results in a row are both announced.
    setAnnouncement('');
    const announce = requestAnimationFrame(() => setAnnouncement(spoken(item.view)));
    return () => cancelAnimationFrame(announce);
  }, [showing]);

  const readerOnly =
    camera.state === 'denied' || camera.state === 'missing' || camera.state === 'error';
  const idle = idleWords(readerOnly);
  useEffect(() => {
    if (showing === null && results.shown > 0) setAnnouncement(`${t(idle.prompt)} ${t(idle.hint)}`);
  }, [showing, results.shown, t, idle.prompt, idle.hint]);

  return (
    <main
      className="checkin"
      data-results={results.shown}
      data-waiting={results.waiting.length}
      onClick={blurAfterTap}
    >
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

      <section className="checkin__stage" data-input={readerOnly ? 'reader' : 'camera'}>
        {/* Stays mounted without a camera: plugging one in starts it again. */}
        <div className="checkin__camera" data-camera={camera.state} hidden={readerOnly}>
          <video ref={video} muted playsInline aria-label={t('camera.preview')} />
          <div className="checkin__target" aria-hidden="true" />
        </div>
        {showing ? (
          <ResultCard
            key={showing.item.serial}
            view={showing.item.view}
            outcome={showing.item.result.outcome}
            serial={showing.item.serial}
            shownAt={showing.shownAt}
          />
        ) : (
          <IdlePanel readerOnly={readerOnly} />
        )}
      </section>

      <div className="checkin__footer">
        <div className="checkin__staff-notes">
          {storageProblem && (
            <p className="checkin__staff-note checkin__staff-note--alert" role="alert">
              {t(`staff.storage.${storageProblem}`)}
            </p>
          )}
          {readerOnly && (
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
      </div>
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
