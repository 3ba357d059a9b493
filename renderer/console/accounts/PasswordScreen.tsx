// Everyone's own password: the current one, then the new one twice.
import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { checkNewPassword, type ConsoleSession } from '../../../shared/console';
import { api, configureApi, ConsoleApiError, PASSWORD_PROBLEMS } from '../api';
import { Field } from '../Field';
import { useSession } from '../session';

export function PasswordScreen() {
  const { t } = useI18n();
  const { account } = useSession();
  const [said, setSaid] = useState<{ text: string; problem: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? '');
    const refuse = (said: string) => setSaid({ text: said, problem: true });
    if (text('password') !== text('password2')) return refuse(t('console.password.mismatch'));
    const weak = checkNewPassword(text('password'), account.name);
    if (weak) return refuse(t(PASSWORD_PROBLEMS[weak]));
    setBusy(true);
    try {
      const session = await api.post<ConsoleSession>('/session/password', {
        current: text('current'),
        password: text('password'),
      });
      configureApi({ csrf: session.csrf });
      formElement.reset();
      setSaid({ text: t('console.me.done'), problem: false });
    } catch (error) {
      setSaid({
        text: error instanceof ConsoleApiError ? error.message : String(error),
        problem: true,
      });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="console-screen" aria-labelledby="me-title">
      <h1 id="me-title">{t('console.me.title')}</h1>
      <form className="console-card console-form" onSubmit={submit} noValidate>
        <Field
          label={t('console.me.current')}
          name="current"
          type="password"
          autoComplete="current-password"
          required
        />
        <Field
          label={t('console.me.new')}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={t('console.password.hint')}
          required
        />
        <Field
          label={t('console.me.new.again')}
          name="password2"
          type="password"
          autoComplete="new-password"
          required
        />
        {said && (
          <p
            className={said.problem ? 'console-problem' : 'console-done'}
            role={said.problem ? 'alert' : 'status'}
          >
            {said.text}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('console.me.submit')}
        </button>
      </form>
    </section>
  );
}
