// Admin: the console's accounts. Create one (name, role, initial password), give one a new
// password, disable one. Each of these is written to the audit log by the server.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n';
import { ConfirmDialog, type ConfirmRequest } from '../../ui/ConfirmDialog';
import { checkNewPassword, CONSOLE_ROLES, type ConsoleRole } from '../../../shared/console';
import { api, ConsoleApiError, PASSWORD_PROBLEMS } from '../api';
import { Field } from '../Field';
import { useSession } from '../session';

interface AccountRow {
  id: string;
  name: string;
  role: ConsoleRole;
  disabled: boolean;
  createdAt: number;
}

type Said = { text: string; problem: boolean } | null;

const messageOf = (error: unknown) =>
  error instanceof ConsoleApiError ? error.message : String(error);

export function AccountsScreen() {
  const { t } = useI18n();
  const { account: me } = useSession();
  const [accounts, setAccounts] = useState<AccountRow[] | null>(null);
  const [said, setSaid] = useState<Said>(null);
  const [confirm, setConfirm] = useState<ConfirmRequest | null>(null);
  const [resetting, setResetting] = useState<AccountRow | null>(null);

  const load = useCallback(async () => {
    try {
      setAccounts((await api.get<{ accounts: AccountRow[] }>('/accounts')).accounts);
    } catch (error) {
      setSaid({ text: messageOf(error), problem: true });
    }
  }, []);
  useEffect(() => void load(), [load]);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const name = String(form.get('name') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const weak = checkNewPassword(password, name);
    if (weak) return setSaid({ text: t(PASSWORD_PROBLEMS[weak]), problem: true });
    try {
      await api.post('/accounts', { name, role: form.get('role'), password });
      formElement.reset();
      setSaid({ text: t('console.accounts.created', { name }), problem: false });
      await load();
    } catch (error) {
      setSaid({ text: messageOf(error), problem: true });
    }
  }

  const disable = (row: AccountRow) =>
    setConfirm({
      title: t('console.accounts.disable', { name: row.name }),
      text: t('console.accounts.disable.confirm', { name: row.name }),
      confirmLabel: t('console.accounts.disable', { name: row.name }),
      onConfirm: async () => {
        try {
          await api.post(`/accounts/${encodeURIComponent(row.id)}/disable`);
        } catch (error) {
          return messageOf(error);
        }
        setSaid({ text: t('console.accounts.disabledDone', { name: row.name }), problem: false });
        await load();
      },
    });

  return (
    <section className="console-screen" aria-labelledby="accounts-title">
      <h1 id="accounts-title">{t('console.accounts.title')}</h1>
      {said && (
        <p
          className={said.problem ? 'console-problem' : 'console-done'}
          role={said.problem ? 'alert' : 'status'}
        >
          {said.text}
        </p>
      )}
      {accounts && (
        <table className="console-table">
          <thead>
            <tr>
              <th scope="col">{t('console.name')}</th>
              <th scope="col">{t('console.accounts.role')}</th>
              <th scope="col">{t('console.accounts.state')}</th>
              <th scope="col">{t('console.accounts.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((row) => (
              <tr key={row.id} data-account={row.name}>
                <th scope="row">
                  {row.id === me.id ? t('console.accounts.you', { name: row.name }) : row.name}
                </th>
                <td>{t(`console.role.${row.role}`)}</td>
                <td>
                  {row.disabled ? t('console.accounts.disabled') : t('console.accounts.active')}
                </td>
                <td>
                  {/* Short words to see; the account's name for a screen reader's list of buttons. */}
                  <div className="console-table__actions">
                    {!row.disabled && (
                      <button
                        type="button"
                        className="button"
                        aria-label={t('console.accounts.reset', { name: row.name })}
                        onClick={() => setResetting(row)}
                      >
                        {t('console.accounts.newPassword')}
                      </button>
                    )}
                    {!row.disabled && row.id !== me.id && (
                      <button
                        type="button"
                        className="button"
                        aria-label={t('console.accounts.disable', { name: row.name })}
                        onClick={() => disable(row)}
                      >
                        {t('console.accounts.disableShort')}
                      </button>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {resetting && (
        <ResetPassword
          account={resetting}
          onDone={(text) => {
            setResetting(null);
            if (text) setSaid({ text, problem: false });
          }}
        />
      )}
      <form
        className="console-card console-form"
        onSubmit={create}
        aria-labelledby="create-title"
        noValidate
      >
        <h2 id="create-title">{t('console.accounts.create')}</h2>
        <Field label={t('console.name')} name="name" autoComplete="off" required />
        <div className="console-field">
          <label htmlFor="account-role">{t('console.accounts.role')}</label>
          <select id="account-role" name="role" defaultValue="reception">
            {CONSOLE_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`console.role.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <Field
          label={t('console.accounts.initialPassword')}
          name="password"
          type="password"
          autoComplete="new-password"
          hint={t('console.password.hint')}
          required
        />
        <button type="submit" className="button button--primary">
          {t('console.accounts.create')}
        </button>
      </form>
      {confirm && <ConfirmDialog request={confirm} onClose={() => setConfirm(null)} />}
    </section>
  );
}

/** An admin gives an account a new password; its sessions end. */
function ResetPassword(props: { account: AccountRow; onDone: (said: string | null) => void }) {
  const { t } = useI18n();
  const { account } = props;
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    const weak = checkNewPassword(password, account.name);
    if (weak) return setProblem(t(PASSWORD_PROBLEMS[weak]));
    try {
      await api.post(`/accounts/${encodeURIComponent(account.id)}/password`, { password });
      props.onDone(t('console.accounts.resetDone', { name: account.name }));
    } catch (error) {
      setProblem(messageOf(error));
    }
  }

  return (
    <form
      className="console-card console-form"
      onSubmit={submit}
      aria-labelledby="reset-title"
      noValidate
    >
      <h2 id="reset-title">{t('console.accounts.reset', { name: account.name })}</h2>
      <Field
        label={t('console.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={t('console.password.hint')}
        autoFocus
        required
      />
      {problem && (
        <p className="console-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="console-form__actions">
        <button type="button" className="button" onClick={() => props.onDone(null)}>
          {t('console.accounts.cancel')}
        </button>
        <button type="submit" className="button button--primary">
          {t('console.accounts.save')}
        </button>
      </div>
    </form>
  );
}
