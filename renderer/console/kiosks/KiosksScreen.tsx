// The console's Kiosks screen: every kiosk with how it is doing (from its heartbeat), silent ones
// flagged in words and with an icon; adding a kiosk (its code as text and as a QR code for the
// kiosk's camera); revoking a kiosk or withdrawing a code never used, after a confirmation.
import { useCallback, useEffect, useState } from 'react';
import type {
  ConsoleEnrolResponse,
  ConsoleKiosk,
  ConsoleKiosksResponse,
} from '../../../shared/console-kiosks';
import type { RevokeResponse } from '../../../shared/sync-protocol';
import { formatClock } from '../../../shared/time';
import { useI18n } from '../../i18n';
import { api, ConsoleApiError } from '../api';
import { ConfirmDialog, type ConfirmRequest } from '../../ui/ConfirmDialog';
import { AddKiosk, EnrolmentCode } from './AddKiosk';
import { clockWords, crashWords, lastErrorWords, when } from './format';
import './kiosks.css';

const KIOSKS = '/kiosks';
/** The list refreshes itself this often while the screen is open. */
const REFRESH_MS = 15_000;

const message = (error: unknown) =>
  error instanceof ConsoleApiError ? error.message : String(error);

export function KiosksScreen() {
  const { t, language } = useI18n();
  const [list, setList] = useState<ConsoleKiosksResponse | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<ConsoleEnrolResponse | null>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);

  /** `background`: the screen's own polling, which must not keep the session alive. */
  const load = useCallback(async (background = false) => {
    try {
      setList(await api.get<ConsoleKiosksResponse>(KIOSKS, { background }));
      setProblem(null);
    } catch (error) {
      setProblem(message(error));
    }
  }, []);

  useEffect(() => {
    void load();
    const timer = setInterval(() => void load(true), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const revoke = (kiosk: ConsoleKiosk) => {
    const code = kiosk.state === 'awaiting-enrolment';
    const { name } = kiosk;
    setConfirm({
      title: code
        ? t('console.kiosks.withdraw.title', { name })
        : t('console.kiosks.revoke.title', { name }),
      text: code ? t('console.kiosks.withdraw.text') : t('console.kiosks.revoke.text'),
      confirmLabel: code ? t('console.kiosks.withdraw') : t('console.kiosks.revoke'),
      onConfirm: async () => {
        try {
          await api.post<RevokeResponse>(`${KIOSKS}/${encodeURIComponent(kiosk.id)}/revoke`, {});
        } catch (error) {
          return message(error);
        }
        setNotice(
          code
            ? t('console.kiosks.withdraw.done', { name })
            : t('console.kiosks.revoke.done', { name }),
        );
        await load();
      },
    });
  };

  const now = list?.serverTime ?? Date.now();
  return (
    <section className="console-screen kiosks" aria-labelledby="kiosks-title">
      <div className="kiosks__head">
        <h1 id="kiosks-title">{t('console.kiosks.title')}</h1>
        <div className="kiosks__actions">
          <button type="button" className="button" onClick={() => void load()}>
            {t('console.kiosks.refresh')}
          </button>
          {!adding && !created && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setAdding(true)}
            >
              {t('console.kiosks.add')}
            </button>
          )}
        </div>
      </div>
      {list && (
        <p>
          {t('console.kiosks.silence-rule', { minutes: Math.round(list.silentAfterMs / 60_000) })}{' '}
          {t('console.kiosks.updated', { time: formatClock(list.serverTime) })}
        </p>
      )}
      {notice && (
        <p className="console-done" role="status">
          {notice}
        </p>
      )}
      {problem && (
        <p className="console-problem" role="alert">
          {problem}
        </p>
      )}
      {adding && (
        <AddKiosk
          onCreate={(name) => api.post<ConsoleEnrolResponse>(KIOSKS, { name })}
          onCancel={() => setAdding(false)}
          onCreated={(answer) => {
            setAdding(false);
            setCreated(answer);
            void load();
          }}
        />
      )}
      {created && <EnrolmentCode enrolment={created} onDone={() => setCreated(null)} />}
      {!list && !problem && <p role="status">{t('console.kiosks.loading')}</p>}
      {list && list.kiosks.length === 0 && <p>{t('console.kiosks.empty')}</p>}
      {list && list.kiosks.length > 0 && (
        <table className="console-table kiosks__table">
          <thead>
            <tr>
              <th scope="col">{t('console.kiosks.col.name')}</th>
              <th scope="col">{t('console.kiosks.col.presence')}</th>
              <th scope="col">{t('console.kiosks.col.outbox')}</th>
              <th scope="col">{t('console.kiosks.col.clock')}</th>
              <th scope="col">{t('console.kiosks.col.version')}</th>
              <th scope="col">{t('console.kiosks.col.crashes')}</th>
              <th scope="col">{t('console.kiosks.col.error')}</th>
              <th scope="col">{t('console.kiosks.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.kiosks.map((kiosk) => {
              const beat = kiosk.heartbeat;
              const unknown = t('console.kiosks.unknown');
              // Enrolling is a contact too: a kiosk is heard from from then on.
              const heard = kiosk.lastSeenAt ?? kiosk.enrolledAt;
              return (
                <tr key={kiosk.id} data-kiosk={kiosk.id} data-presence={kiosk.presence}>
                  <th scope="row">{kiosk.name}</th>
                  <td data-label={t('console.kiosks.col.presence')}>
                    <Presence kiosk={kiosk} />
                    {heard !== null && (
                      <div className="kiosks__seen">
                        {t('console.kiosks.seen', { when: when(heard, now, language) })}
                      </div>
                    )}
                  </td>
                  <td data-label={t('console.kiosks.col.outbox')}>
                    {kiosk.outbox === null
                      ? unknown
                      : t('console.kiosks.outbox', { count: kiosk.outbox })}
                  </td>
                  <td data-label={t('console.kiosks.col.clock')}>
                    {beat ? clockWords(beat.clockOffsetMs, t) : unknown}
                  </td>
                  <td data-label={t('console.kiosks.col.version')}>
                    {beat ? beat.appVersion : unknown}
                  </td>
                  <td data-label={t('console.kiosks.col.crashes')}>
                    {beat ? crashWords(beat, now, t, language) : unknown}
                  </td>
                  <td data-label={t('console.kiosks.col.error')}>
                    {lastErrorWords(kiosk, now, t, language)}
                  </td>
                  <td data-label={t('console.kiosks.col.actions')}>
                    {kiosk.state !== 'revoked' && (
                      <button
                        type="button"
                        className="button"
                        aria-label={
                          kiosk.state === 'awaiting-enrolment'
                            ? t('console.kiosks.withdraw.label', { name: kiosk.name })
                            : t('console.kiosks.revoke.label', { name: kiosk.name })
                        }
                        onClick={() => revoke(kiosk)}
                      >
                        {kiosk.state === 'awaiting-enrolment'
                          ? t('console.kiosks.withdraw')
                          : t('console.kiosks.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {confirm && <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />}
    </section>
  );
}

/** Online, silent, waiting or revoked: in words with an icon, never by colour alone. */
function Presence(props: { kiosk: ConsoleKiosk }) {
  const { t } = useI18n();
  const { presence } = props.kiosk;
  const icon = { online: '●', silent: '⚠', waiting: '…', revoked: '✕' }[presence];
  return (
    <span className={`kiosks__presence kiosks__presence--${presence}`}>
      <span aria-hidden="true">{icon}</span> {t(`console.kiosks.${presence}`)}
    </span>
  );
}
