// Staff on this kiosk: the list with deactivate/reactivate and a new PIN, and the add form.
// Every change is one staff-upserted event with the signed-in admin as actor (actions.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import type { StaffRole } from '../../../shared/types';
import type { StaffRow } from '../../db/schema';
import { useI18n } from '../../i18n';
import { PinPair } from '../../ui/PinPair';
import type { AdminSectionProps } from '../section';
import { addStaff, setStaffActive, type Outcome } from './actions';
import { refusalText } from './refusal';
import { ResetPinDialog } from './ResetPinDialog';

export function StaffPanel(props: AdminSectionProps) {
  const { db, staff: admin } = props;
  const { t } = useI18n();
  const members = useLiveQuery(() => db.staff.toArray(), [db]);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState('');
  const [resetting, setResetting] = useState<StaffRow | null>(null);

  const report = (outcome: Outcome, done: string) => {
    setNotice(outcome.ok ? done : '');
    setProblem(outcome.ok ? '' : refusalText(t, outcome.refused));
  };
  const toggle = async (member: StaffRow) => {
    try {
      const active = !member.active;
      const outcome = await setStaffActive(db, admin, member.id, active);
      const done = active ? 'settings.staff.done.reactivated' : 'settings.staff.done.deactivated';
      report(outcome, t(done, { name: member.name }));
    } catch (error) {
      console.error('Staff change failed', error);
      setProblem(t('staff.error'));
    }
  };

  // Active first, then by name: the people who can sign in are the ones looked for.
  const sorted = [...(members ?? [])].sort(
    (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'fr'),
  );

  return (
    <section className="settings__panel" aria-labelledby="settings-staff-title">
      <h2 id="settings-staff-title">{t('settings.staff.title')}</h2>
      <p className="settings__hint">{t('settings.staff.hint')}</p>
      <table className="settings__table">
        <thead>
          <tr>
            <th scope="col">{t('settings.staff.name')}</th>
            <th scope="col">{t('settings.staff.role')}</th>
            <th scope="col">{t('settings.staff.status')}</th>
            <th scope="col">{t('settings.staff.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((member) => (
            <tr key={member.id} data-staff={member.id}>
              <th scope="row">
                {member.name} {member.id === admin.id && t('settings.staff.you')}
              </th>
              <td>{t(`staff.role.${member.role}`)}</td>
              <td>{t(member.active ? 'settings.staff.active' : 'settings.staff.inactive')}</td>
              <td className="settings__actions">
                <button type="button" className="button" onClick={() => void toggle(member)}>
                  {t(member.active ? 'settings.staff.deactivate' : 'settings.staff.reactivate')}
                  <span className="visually-hidden"> {member.name}</span>
                </button>
                <button type="button" className="button" onClick={() => setResetting(member)}>
                  {t('settings.staff.reset')}
                  <span className="visually-hidden"> {member.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="settings__messages">
        <p className="staff__problem" role="alert">
          {problem}
        </p>
        <p className="settings__status" role="status">
          {notice}
        </p>
      </div>
      <AddStaffForm
        {...props}
        onDone={(outcome, name) => report(outcome, t('settings.staff.done.added', { name }))}
      />
      {resetting && (
        <ResetPinDialog
          {...props}
          member={resetting}
          onDone={(name) => report({ ok: true }, t('settings.staff.done.reset', { name }))}
          onClose={() => setResetting(null)}
        />
      )}
    </section>
  );
}

function AddStaffForm(
  props: AdminSectionProps & { onDone: (outcome: Outcome, name: string) => void },
) {
  const { db, staff: admin, onDone } = props;
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('reception');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!name.trim()) return setProblem(t('settings.staff.refused.name'));
    if (pin !== confirm) return setProblem(t('staff.first.mismatch'));
    setBusy(true);
    setProblem('');
    try {
      const outcome = await addStaff(db, admin, { name, role, pin });
      if (outcome.ok) {
        onDone(outcome, name.trim());
        setName('');
        setRole('reception');
        setPin('');
        setConfirm('');
      } else {
        setProblem(refusalText(t, outcome.refused));
      }
    } catch (error) {
      console.error('Staff member could not be added', error);
      setProblem(t('staff.error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="settings__add" onSubmit={submit} aria-labelledby="settings-add-title">
      <h3 id="settings-add-title">{t('settings.staff.add.title')}</h3>
      <label htmlFor="settings-new-name">{t('settings.staff.add.name')}</label>
      <input
        id="settings-new-name"
        autoComplete="off"
        maxLength={200}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <fieldset className="settings__choices">
        <legend>{t('settings.staff.add.role')}</legend>
        {(['reception', 'admin'] as const).map((r) => (
          <label key={r} className="settings__choice">
            <input
              type="radio"
              name="settings-new-role"
              value={r}
              checked={role === r}
              onChange={() => setRole(r)}
            />
            {t(`staff.role.${r}`)}
          </label>
        ))}
      </fieldset>
      <PinPair
        id="settings-new-pin"
        label={t('settings.staff.add.pin')}
        confirmLabel={t('settings.staff.add.confirm')}
        pin={pin}
        confirm={confirm}
        onPin={setPin}
        onConfirm={setConfirm}
      />
      <p className="staff__problem" role="alert">
        {problem}
      </p>
      <div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('settings.staff.busy') : t('settings.staff.add.submit')}
        </button>
      </div>
    </form>
  );
}
