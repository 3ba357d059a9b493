// The admin section for sync: the status in words, "sync now", and the enrolment (server address
// + one-time code → device token), changing server and unlinking.
import { useState, type FormEvent } from 'react';
import type { AdminSectionProps } from '../section';
import { loadKioskSettings } from '../../db/open';
import { useI18n, type PlainMessageKey } from '../../i18n';
import { ConfirmDialog, type ConfirmRequest } from '../../ui/ConfirmDialog';
import { describeSync } from '../../sync/describe';
import { enrolKiosk, unenrolKiosk } from '../../sync/enrol';
import { normaliseServerUrl, SyncError } from '../../sync/request';
import { useSyncControls, useSyncState } from '../../sync/SyncProvider';
import '../../sync/sync.css';
import type { EnrolLink } from '../../../shared/enrolment';
import { ScanEnrolDialog } from './ScanEnrolDialog';

export function SyncSection(props: AdminSectionProps) {
  const { db, staff, bridge } = props;
  const { t, language } = useI18n();
  const state = useSyncState(db);
  const { requestSync } = useSyncControls();
  const [changing, setChanging] = useState(false);
  const [notice, setNotice] = useState('');
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  if (staff.role !== 'admin') {
    return (
      <p className="staff__problem" role="alert">
        {t('admin.only')}
      </p>
    );
  }
  if (!state) return <p role="status">{t('app.loading')}</p>;
  const view = describeSync(state, Date.now(), t, language);
  const { server } = state;

  const unenrol = () =>
    setConfirm({
      title: t('sync.unenrol.title'),
      text: t('sync.unenrol.text'),
      confirmLabel: t('sync.unenrol'),
      onConfirm: async () => {
        await unenrolKiosk(db, (token) => bridge.storeDeviceToken(token));
        setNotice(t('sync.unenrol.done'));
      },
    });

  return (
    <section className="sync" aria-labelledby="sync-title">
      <h1 id="sync-title">{t('sync.title')}</h1>
      <div className="sync__panel">
        <h2>{t('sync.status.title')}</h2>
        <p
          className={`sync__headline sync__headline--${view.tone}`}
          role="status"
          data-testid="sync-status"
          data-tone={view.tone}
          data-phase={state.status.phase}
          data-attempted-at={state.status.lastAttemptAt ?? undefined}
        >
          {view.headline}
        </p>
        {server && (
          <>
            <ul className="sync__details">
              {view.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <div className="sync__actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  requestSync();
                  setNotice(t('sync.requested'));
                }}
              >
                {t('sync.now')}
              </button>
            </div>
          </>
        )}
      </div>
      {notice && (
        <p className="sync__notice" role="status">
          {notice}
        </p>
      )}
      {server && !changing ? (
        <div className="sync__panel">
          <p>{t('sync.server.current', { url: server.url })}</p>
          <p>{t('sync.server.name', { name: server.name })}</p>
          <div className="sync__actions">
            <button type="button" className="button" onClick={() => setChanging(true)}>
              {t('sync.change')}
            </button>
            <button type="button" className="button" onClick={unenrol}>
              {t('sync.unenrol')}
            </button>
          </div>
        </div>
      ) : (
        <EnrolForm
          {...props}
          initialUrl={server?.url ?? ''}
          onCancel={server ? () => setChanging(false) : undefined}
          onDone={(name) => {
            setChanging(false);
            setNotice(t('sync.enrol.done', { name }));
          }}
        />
      )}
      {confirm && <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />}
    </section>
  );
}

type Field = 'url' | 'code';

function EnrolForm(
  props: AdminSectionProps & {
    initialUrl: string;
    onCancel?: () => void;
    onDone: (name: string) => void;
  },
) {
  const { db, bridge } = props;
  const { t } = useI18n();
  const [url, setUrl] = useState(props.initialUrl);
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState<Field[]>([]);
  const [failure, setFailure] = useState<PlainMessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  const [scanning, setScanning] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const serverUrl = normaliseServerUrl(url);
    const problems: Field[] = [];
    if (!serverUrl) problems.push('url');
    if (code.trim() === '') problems.push('code');
    setInvalid(problems);
    setFailure(null);
    if (!serverUrl || problems.length > 0) {
      document.getElementById(`sync-${problems[0]}`)?.focus();
      return;
    }
    void enrol(serverUrl, code);
  };

  /** The scanned link fills the form (so a failure can be read and retried) and enrols. */
  const onScanned = (link: EnrolLink) => {
    setScanning(false);
    setUrl(link.serverUrl);
    setCode(link.code);
    setInvalid([]);
    setFailure(null);
    const serverUrl = normaliseServerUrl(link.serverUrl);
    if (serverUrl) void enrol(serverUrl, link.code);
    else setInvalid(['url']);
  };

  const enrol = async (serverUrl: string, code: string) => {
    setBusy(true);
    try {
      const kioskName =
        (await loadKioskSettings(db))?.kioskName ?? (await bridge.getConfig()).kioskName;
      const server = await enrolKiosk({
        db,
        fetch: (input, init) => fetch(input, init),
        serverUrl,
        code,
        kioskName,
        storeToken: async (token) => {
          try {
            await bridge.storeDeviceToken(token);
          } catch (error) {
            throw new TokenStoreError(error);
          }
        },
      });
      setCode('');
      props.onDone(server.name);
    } catch (error) {
      console.error('Enrolment failed', error);
      setFailure(enrolFailure(error));
    } finally {
      setBusy(false);
    }
  };

  const errorId = (field: Field) => (invalid.includes(field) ? `sync-${field}-error` : undefined);
  return (
    <form className="sync__panel" onSubmit={submit} aria-labelledby="sync-enrol-title" noValidate>
      <h2 id="sync-enrol-title">{t('sync.enrol.title')}</h2>
      <p>{t('sync.enrol.hint')}</p>
      <div className="sync__field">
        <label htmlFor="sync-url">{t('sync.enrol.url')}</label>
        <input
          id="sync-url"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={url}
          aria-invalid={invalid.includes('url')}
          aria-describedby={errorId('url')}
          onChange={(e) => setUrl(e.target.value)}
        />
        {invalid.includes('url') && (
          <p id="sync-url-error" className="sync__error">
            {t('sync.enrol.error.url')}
          </p>
        )}
      </div>
      <div className="sync__field">
        <label htmlFor="sync-code">{t('sync.enrol.code')}</label>
        <input
          id="sync-code"
          autoComplete="off"
          spellCheck={false}
          value={code}
          aria-invalid={invalid.includes('code')}
          aria-describedby={errorId('code')}
          onChange={(e) => setCode(e.target.value)}
        />
        {invalid.includes('code') && (
          <p id="sync-code-error" className="sync__error">
            {t('sync.enrol.error.code')}
          </p>
        )}
      </div>
      {failure && (
        <p className="staff__problem" role="alert">
          {t(failure)}
        </p>
      )}
      {busy && <p role="status">{t('sync.enrol.busy')}</p>}
      <div className="sync__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('sync.enrol.submit')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => setScanning(true)}>
          {t('sync.scan.open')}
        </button>
        {props.onCancel && (
          <button type="button" className="button" onClick={props.onCancel}>
            {t('sync.cancel')}
          </button>
        )}
      </div>
      {scanning && <ScanEnrolDialog onRead={onScanned} onClose={() => setScanning(false)} />}
    </form>
  );
}

class TokenStoreError extends Error {
  constructor(readonly inner: unknown) {
    super('The device token could not be stored');
    this.name = 'TokenStoreError';
  }
}

function enrolFailure(error: unknown): PlainMessageKey {
  if (error instanceof TokenStoreError) return 'sync.enrol.error.token';
  if (!(error instanceof SyncError)) return 'sync.enrol.error.refused';
  if (error.problem === 'offline' || error.problem === 'timeout') return 'sync.enrol.error.offline';
  if (error.status === 401) return 'sync.enrol.error.invalid-code';
  if (error.code === 'kiosk-id-taken') return 'sync.enrol.error.taken';
  return 'sync.enrol.error.refused';
}
