// Registering a learner who walks in without being on the roster: names, group, language, then
// their badge is issued and can be printed at once. Any staff member can; it is a roster event
// like an admin's and syncs the same way (db/walkIn.ts).
import { useState, type FormEvent } from 'react';
import { LANGUAGES, type LanguageCode, type StaffMember } from '../../../shared/types';
import type { KioskDatabase } from '../../db/schema';
import { registerWalkIn } from '../../db/walkIn';
import { useModalDialog } from '../../ui/useModalDialog';
import { useI18n } from '../../i18n';

export function WalkInDialog(props: {
  db: KioskDatabase;
  staff: StaffMember;
  /** Prints the new badge; resolves to the words to show. */
  onPrint: (card: { firstName: string; lastName: string; token: string }) => Promise<string>;
  onClose: () => void;
}) {
  const { db, staff, onPrint, onClose } = props;
  const { t } = useI18n();
  const dialog = useModalDialog('reception-search');
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [group, setGroup] = useState('');
  const [language, setLanguage] = useState<LanguageCode | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ firstName: string; lastName: string; token: string } | null>(
    null,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const done = await registerWalkIn(db, staff, { firstName, lastName, group, language });
      if (!done) setProblem(t('walkin.incomplete'));
      else {
        setMade({ ...done.learner, token: done.token });
        setProblem(null);
      }
    } catch (error) {
      console.error('Walk-in registration failed', error);
      setProblem(t('staff.error'));
    }
    setBusy(false);
  };
  const text = (id: string, label: string, value: string, set: (v: string) => void) => (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        maxLength={200}
        autoComplete="off"
        onChange={(e) => set(e.target.value)}
      />
    </>
  );

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="walkin-title" onCancel={onClose}>
      {made ? (
        <div className="dialog__body">
          <h2 id="walkin-title">{t('walkin.title')}</h2>
          <p role="status">
            {problem ?? t('walkin.done', { name: `${made.firstName} ${made.lastName}` })}
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('walkin.close')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void onPrint(made).then((words) => {
                  setProblem(words);
                  setBusy(false);
                });
              }}
            >
              {t('walkin.print')}
            </button>
          </div>
        </div>
      ) : (
        <form onSubmit={submit}>
          <h2 id="walkin-title">{t('walkin.title')}</h2>
          {text('walkin-first', t('walkin.first-name'), firstName, setFirstName)}
          {text('walkin-last', t('walkin.last-name'), lastName, setLastName)}
          {text('walkin-group', t('walkin.group'), group, setGroup)}
          <fieldset className="dialog__row">
            <legend>{t('language.label')}</legend>
            {LANGUAGES.map((code) => (
              <label key={code} className="dialog__choice">
                <input
                  type="radio"
                  name="walkin-language"
                  checked={language === code}
                  onChange={() => setLanguage(code)}
                />
                {t(`language.${code}`)}
              </label>
            ))}
          </fieldset>
          {problem && (
            <p className="staff__problem" role="alert">
              {problem}
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('reason.back')}
            </button>
            <button type="submit" className="button button--primary" disabled={busy}>
              {t('walkin.submit')}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
