// Adding a kiosk: its name, then its one-time code shown once, as text (grouped for reading) and
// as a QR code carrying the server's address and the code (shared/enrolment.ts) for the kiosk's
// camera ("Scanner le code" in its sync section).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ConsoleEnrolResponse } from '../../../shared/console-kiosks';
import { formatDate } from '../../../shared/i18n';
import { formatClock } from '../../../shared/time';
import { useI18n } from '../../i18n';
import { qrPath } from '../../print/prepareCards';
import { isLoopback } from './format';

const NAME_MAX = 64;

export function AddKiosk(props: {
  onCreate: (name: string) => Promise<ConsoleEnrolResponse>;
  onCancel: () => void;
  onCreated: (created: ConsoleEnrolResponse) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const trimmed = name.trim();
    if (trimmed === '' || trimmed.length > NAME_MAX) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    setInvalid(false);
    setProblem(null);
    setBusy(true);
    try {
      props.onCreated(await props.onCreate(trimmed));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <form
      className="console-card console-form"
      onSubmit={submit}
      aria-labelledby="kiosks-add-title"
      noValidate
    >
      <h2 id="kiosks-add-title">{t('console.kiosks.add.title')}</h2>
      <div className="console-field">
        <label htmlFor="kiosks-name">{t('console.kiosks.add.name')}</label>
        <input
          id="kiosks-name"
          ref={input}
          autoComplete="off"
          maxLength={NAME_MAX}
          value={name}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'kiosks-name-error' : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {invalid && (
          <p id="kiosks-name-error" className="kiosks__error">
            {t('console.kiosks.add.error.name')}
          </p>
        )}
      </div>
      {problem && (
        <p className="console-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="console-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('console.kiosks.add.submit')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('console.kiosks.cancel')}
        </button>
      </div>
    </form>
  );
}

export function EnrolmentCode(props: { enrolment: ConsoleEnrolResponse; onDone: () => void }) {
  const { enrolment } = props;
  const { t, language } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // The code is shown once: the focus goes to it, so a screen reader reads it out at once.
  useEffect(() => heading.current?.focus(), []);
  const qr = qrPath(enrolment.link);
  return (
    <section className="console-card kiosks__code" aria-labelledby="kiosks-code-title">
      <h2 id="kiosks-code-title" ref={heading} tabIndex={-1}>
        {t('console.kiosks.code.title', { name: enrolment.name })}
      </h2>
      <p>{t('console.kiosks.code.howto')}</p>
      <div className="kiosks__code-body">
        <svg
          className="kiosks__qr"
          viewBox={`0 0 ${qr.size} ${qr.size}`}
          role="img"
          aria-label={t('console.kiosks.code.qr', { name: enrolment.name })}
          data-link={enrolment.link}
        >
          <rect width={qr.size} height={qr.size} fill="#fff" />
          <path d={qr.d} fill="#000" />
        </svg>
        <dl className="kiosks__code-text">
          <dt>{t('console.kiosks.code.server')}</dt>
          <dd data-testid="enrol-server">{enrolment.serverUrl}</dd>
          <dt>{t('console.kiosks.code.code')}</dt>
          <dd className="kiosks__code-value" data-testid="enrol-code">
            {enrolment.code}
          </dd>
        </dl>
      </div>
      {isLoopback(enrolment.serverUrl) && (
        <p className="console-problem" role="alert">
          {t('console.kiosks.code.loopback')}
        </p>
      )}
      <p>
        {t('console.kiosks.code.expires', {
          date: formatDate(language, enrolment.expiresAt),
          time: formatClock(enrolment.expiresAt),
        })}
      </p>
      <div className="console-form__actions">
        <button type="button" className="button button--primary" onClick={props.onDone}>
          {t('console.kiosks.code.done')}
        </button>
      </div>
    </section>
  );
}
