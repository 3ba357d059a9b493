// Staff mode: first admin on a fresh kiosk (with the kiosk's one-time set-up code; without one
// there is no staff area), then name + PIN, then the staff screens. Locks on a tap of "Lock" and
// after two idle minutes, returning to the learners' screen; the signed-in member is warned before.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { KioskBridge } from '../../shared/bridge';
import { DEFAULT_KIOSK_SETTINGS, type CheckInSettings, type StaffMember } from '../../shared/types';
import { loadKioskSettings } from '../db/open';
import type { KioskDatabase } from '../db/schema';
import { useI18n } from '../i18n';
import { attemptsLeft, checkSetupCode, createFirstAdmin, tryUnlock } from './auth';
import { checkNewPin, type NewPinProblem } from '../../shared/pin';
import { CrashLine } from './CrashLine';
import { OnScreenKeyboard } from '../ui/OnScreenKeyboard';
import { PinPad } from '../ui/PinPad';
import { PinPair } from '../ui/PinPair';
import { ScanNotice } from './scans/ScanNotice';
import { useStaffScans, type StaffScan } from './scans/useStaffScans';
import { IdleWarning } from './IdleWarning';
import { useIdleLock } from './useIdleLock';
import { useLockout } from './useLockout';

/** Sign-in (or the first admin), then what `shell` draws for the signed-in member. */
export function StaffArea(props: {
  db: KioskDatabase;
  bridge: KioskBridge;
  /** The learners' screen's check-in settings: a scan here follows the same policy. */
  settings: CheckInSettings;
  onExit: () => void;
  /** The staff screens, composed by the app; `scan` is the latest badge scanned here. */
  shell: (staff: StaffMember, scan: StaffScan | null) => ReactNode;
}) {
  const { db, bridge, onExit, shell } = props;
  const { t } = useI18n();
  const staff = useLiveQuery(() => db.staff.toArray(), [db]);
  // Which kiosk this is, when a centre has several: the name the admin set in the settings.
  const settings = useLiveQuery(() => loadKioskSettings(db), [db]);
  const [signedIn, setSignedIn] = useState<StaffMember | null>(null);
  const idle = useIdleLock(onExit);
  // The door stays open while staff work: badges scanned now are recorded and shown here.
  const scan = useStaffScans(db, props.settings);
  const setup = useSetupState(bridge);

  let body;
  if (staff === undefined) body = <p role="status">{t('app.loading')}</p>;
  else if (signedIn) body = shell(signedIn, scan);
  else if (staff.length === 0 && setup === undefined) {
    body = <p role="status">{t('app.loading')}</p>;
  } else if (staff.length === 0 && setup === 'missing') body = <NotSetUp />;
  else if (staff.length === 0) {
    body = <FirstAdmin db={db} bridge={bridge} onCreated={setSignedIn} />;
  } else body = <SignIn db={db} staff={staff.filter((s) => s.active)} onSignedIn={setSignedIn} />;

  return (
    <div className="staff">
      <header className="staff__bar">
        <span className="staff__title">{t('app.centre')}</span>
        {settings !== undefined && (
          <span className="staff__kiosk">
            {t('staff.kiosk', { name: (settings ?? DEFAULT_KIOSK_SETTINGS).kioskName })}
          </span>
        )}
        {signedIn && <CrashLine bridge={bridge} />}
        {signedIn && (
          <span className="staff__who">
            {signedIn.name} · {t(`staff.role.${signedIn.role}`)}
          </span>
        )}
        <button type="button" className="button" onClick={onExit}>
          {signedIn ? t('staff.lock') : t('staff.back')}
        </button>
      </header>
      {signedIn && idle.lockNear && <IdleWarning onStay={idle.stay} />}
      <main className="staff__main">{body}</main>
      <OnScreenKeyboard />
      <ScanNotice scan={scan} fullNames={signedIn !== null} />
    </div>
  );
}

/** Whether the kiosk has a set-up code; undefined until the shell answers. */
function useSetupState(bridge: KioskBridge): 'ready' | 'missing' | undefined {
  const [state, setState] = useState<'ready' | 'missing'>();
  useEffect(() => {
    let cancelled = false;
    bridge.setupState().then(
      (next) => !cancelled && setState(next),
      (error: unknown) => {
        console.error('Set-up state unavailable', error);
        if (!cancelled) setState('missing');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [bridge]);
  return state;
}

/** A fresh kiosk without a set-up code: learners check in, nobody can become its admin here. */
function NotSetUp() {
  const { t } = useI18n();
  return (
    <section className="staff__panel" aria-labelledby="not-set-up-title">
      <h1 id="not-set-up-title">{t('setup.none.title')}</h1>
      <p>{t('setup.none.text')}</p>
    </section>
  );
}

function FirstAdmin(props: {
  db: KioskDatabase;
  bridge: KioskBridge;
  onCreated: (staff: StaffMember) => void;
}) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The form is taller than a kiosk's screen: a refusal under it must come into view.
  const problemLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    // A statement, not the arrow's value: Chromium's scrollIntoView now returns a promise, which
    // React would take for the effect's clean-up.
    problemLine.current?.scrollIntoView({ block: 'nearest' });
  }, [problem]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = checkNewPin(pin);
    if (!name.trim()) return setProblem(t('staff.first.name-missing'));
    if (!check.ok) return setProblem(t(`staff.pin.${check.problem satisfies NewPinProblem}`));
    if (pin !== confirm) return setProblem(t('staff.first.mismatch'));
    if (!code.trim()) return setProblem(t('setup.code.missing'));
    setBusy(true);
    setProblem(null);
    try {
      const checked = await checkSetupCode(props.db, props.bridge, code);
      if (!checked.ok) {
        setBusy(false);
        const seconds = Math.ceil(checked.lockedForMs / 1000);
        return setProblem(
          seconds > 0 ? t('setup.code.locked', { seconds }) : t('setup.code.wrong'),
        );
      }
      props.onCreated(await createFirstAdmin(props.db, name, pin));
    } catch (error) {
      console.error('First admin could not be created', error);
      setProblem(t('staff.error'));
      setBusy(false);
    }
  };

  return (
    <form className="staff__panel" onSubmit={submit} aria-labelledby="first-admin-title">
      <h1 id="first-admin-title">{t('staff.first.title')}</h1>
      <p>{t('staff.first.hint')}</p>
      <label htmlFor="first-admin-code">{t('setup.code')}</label>
      <input
        id="first-admin-code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        value={code}
        maxLength={64}
        aria-describedby="first-admin-code-hint"
        onChange={(e) => setCode(e.target.value)}
        autoFocus
      />
      <p id="first-admin-code-hint" className="staff__hint">
        {t('setup.code.hint')}
      </p>
      <label htmlFor="first-admin-name">{t('staff.first.name')}</label>
      <input
        id="first-admin-name"
        autoComplete="off"
        value={name}
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
      />
      <PinPair
        id="first-admin-pin"
        label={t('staff.first.pin')}
        confirmLabel={t('staff.first.confirm')}
        pin={pin}
        confirm={confirm}
        onPin={setPin}
        onConfirm={setConfirm}
      />
      {problem && (
        <p ref={problemLine} className="staff__problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('staff.first.creating') : t('staff.first.create')}
      </button>
    </form>
  );
}

function SignIn(props: {
  db: KioskDatabase;
  staff: StaffMember[];
  onSignedIn: (staff: StaffMember) => void;
}) {
  const { db, onSignedIn } = props;
  const { t } = useI18n();
  const [chosen, setChosen] = useState<StaffMember | null>(null);
  const [pin, setPin] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { lockedSeconds, lockFor } = useLockout(db);

  const submit = useCallback(async () => {
    if (!chosen || busy || pin.length === 0) return;
    setBusy(true);
    const result = await tryUnlock(db, chosen.id, pin);
    setBusy(false);
    setPin('');
    if (result.ok) return onSignedIn(result.staff);
    if (result.lockedForMs > 0) {
      lockFor(result.lockedForMs);
      setMessage(null);
    } else {
      setMessage(t('staff.pin.wrong', { left: attemptsLeft(result.attempts) }));
    }
  }, [busy, chosen, db, lockFor, onSignedIn, pin, t]);

  if (!chosen) {
    return (
      <section className="staff__panel" aria-labelledby="who-title">
        <h1 id="who-title">{t('staff.who')}</h1>
        <ul className="staff__people">
          {props.staff.map((member) => (
            <li key={member.id}>
              <button type="button" className="button" onClick={() => setChosen(member)}>
                {member.name}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const locked = lockedSeconds > 0;
  return (
    <section className="staff__panel" aria-labelledby="pin-title">
      <h1 id="pin-title">{t('staff.pin.title', { name: chosen.name })}</h1>
      <PinPad
        id="staff-pin"
        label={t('staff.pin.label')}
        value={pin}
        onChange={setPin}
        onSubmit={() => void submit()}
        disabled={busy || locked}
        autoFocus
        describedBy="pin-message"
      />
      <p id="pin-message" className="staff__problem" role="alert">
        {locked
          ? t('staff.pin.locked', { seconds: lockedSeconds })
          : busy
            ? t('staff.pin.checking')
            : (message ?? '')}
      </p>
      <button type="button" className="button" onClick={() => setChosen(null)}>
        {t('staff.pin.change-person')}
      </button>
    </section>
  );
}
