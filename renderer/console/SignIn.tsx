// Signed out: sign-in by name and password, or, while no admin exists, the first admin's
// creation with the server's one-time set-up code.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n';
import { checkNewPassword, type ConsoleSession } from '../../shared/console';
import { api, ConsoleApiError, PASSWORD_PROBLEMS } from './api';
import { Field } from './Field';
import { LanguagePicker } from './LanguagePicker';

/** Why the sign-in shows: nothing to say, the session ran out, or the person signed out. */
export type SignInReason = 'none' | 'expired' | 'signed-out';

export function SignIn(props: {
  setup: boolean;
  reason: SignInReason;
  onSignedIn: (session: ConsoleSession) => void;
}) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const setup = props.setup;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    if (setup) {
      if (text('password') !== text('password2')) return setProblem(t('console.password.mismatch'));
      const weak = checkNewPassword(text('password'), text('name'));
      if (weak) return setProblem(t(PASSWORD_PROBLEMS[weak]));
    }
    setBusy(true);
    try {
      const session = setup
        ? await api.post<ConsoleSession>('/auth/setup', {
            code: text('code'),
            name: text('name'),
            password: text('password'),
          })
        : await api.post<ConsoleSession>('/auth/sign-in', {
            name: text('name'),
            password: text('password'),
          });
      props.onSignedIn(session);
    } catch (error) {
      setProblem(error instanceof ConsoleApiError ? error.message : String(error));
      setBusy(false);
    }
  }

  const title = setup ? t('console.setup.title') : t('console.signIn.title');
  const said =
    props.reason === 'expired'
      ? t('console.signIn.ended')
      : props.reason === 'signed-out'
        ? t('console.signIn.out')
        : null;
  return (
    <main className="console-sign-in">
      <div className="console-sign-in__top">
        <p className="console__title">{t('console.title')}</p>
        <LanguagePicker />
      </div>
      <form className="console-card console-sign-in__form" onSubmit={submit} noValidate>
        <h1>{title}</h1>
        {said && !problem && <p role="status">{said}</p>}
        {setup && <p>{t('console.setup.intro')}</p>}
        {setup && (
          <Field
            label={t('console.setup.code')}
            name="code"
            autoComplete="off"
            spellCheck={false}
            required
          />
        )}
        <Field label={t('console.name')} name="name" autoComplete="username" required />
        <Field
          label={t('console.password')}
          name="password"
          type="password"
          autoComplete={setup ? 'new-password' : 'current-password'}
          hint={setup ? t('console.password.hint') : undefined}
          required
        />
        {setup && (
          <Field
            label={t('console.password.again')}
            name="password2"
            type="password"
            autoComplete="new-password"
            required
          />
        )}
        {problem && (
          <p className="console-problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {setup ? t('console.setup.submit') : t('console.signIn.submit')}
        </button>
      </form>
    </main>
  );
}
