// Add or edit one learner, in a modal <dialog> (focus trapped, Escape cancels), on the kiosk and in
// the console (each saves its own way). Problems are shown beside their field, and the focus goes
// to the first one.
import { useEffect, useState, type FormEvent } from 'react';
import { LANGUAGES, type Learner } from '../../../shared/types';
import { useI18n, type PlainMessageKey } from '../../i18n';
import { useModalDialog } from '../useModalDialog';
import {
  checkDraft,
  draftOf,
  IdTakenError,
  type DraftField,
  type DraftProblem,
  type LearnerDraft,
} from '../../../shared/learner-draft';

const EMPTY: LearnerDraft = { id: '', firstName: '', lastName: '', groups: '', language: '' };
const LABELS: Record<DraftField, PlainMessageKey> = {
  id: 'roster.form.id',
  firstName: 'roster.form.first-name',
  lastName: 'roster.form.last-name',
  groups: 'roster.form.groups',
};

export function LearnerDialog(props: {
  /** Stores the learner; an IdTakenError for a new one whose id is someone's. */
  save: (learner: Learner, kind: 'new' | 'edit') => Promise<void>;
  /** Why saving failed, in the admin's words (default: a generic sentence). */
  explain?: (error: unknown) => string | null;
  /** The learner to edit; null to add one. */
  learner: Learner | null;
  onClose: () => void;
  onSaved: (learner: Learner) => void;
}) {
  const { save, explain, learner, onClose, onSaved } = props;
  const { t } = useI18n();
  const dialog = useModalDialog();
  const [draft, setDraft] = useState<LearnerDraft>(() => (learner ? draftOf(learner) : EMPTY));
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [taken, setTaken] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0) dialog.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, dialog]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setTaken(null);
    const checked = checkDraft(
      learner ? { ...draft, id: learner.id } : draft,
      learner?.status ?? 'active',
    );
    setProblems(checked.problems);
    setAttempt((n) => n + 1);
    if (!checked.learner) return;
    setBusy(true);
    try {
      await save(checked.learner, learner === null ? 'new' : 'edit');
      onSaved(checked.learner);
    } catch (error) {
      setBusy(false);
      if (error instanceof IdTakenError) {
        const { firstName, lastName } = error.learner;
        setTaken(t('roster.form.taken', { name: `${firstName} ${lastName}` }));
        setProblems([{ field: 'id', code: 'taken' }]);
        setAttempt((n) => n + 1);
      } else {
        console.error('Learner could not be saved', error);
        setFailure(explain?.(error) ?? t('staff.error'));
      }
    }
  };

  const field = (name: DraftField) => {
    const problem = problems.find((p) => p.field === name);
    const message =
      problem === undefined
        ? null
        : problem.code === 'taken'
          ? taken
          : t(`roster.form.${problem.code}`);
    const id = `learner-${name}`;
    return (
      <div className="roster__field">
        <label htmlFor={id}>{t(LABELS[name])}</label>
        <input
          id={id}
          type="text"
          value={draft[name]}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
        />
        {message && (
          <p id={`${id}-problem`} className="staff__problem">
            {message}
          </p>
        )}
      </div>
    );
  };

  const name = learner ? `${learner.firstName} ${learner.lastName}` : '';
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="learner-title" onCancel={onClose}>
      <form onSubmit={submit} noValidate>
        <h2 id="learner-title">
          {learner ? t('roster.form.edit', { name }) : t('roster.form.add')}
        </h2>
        {learner ? (
          <p className="roster__hint">
            {t('roster.col.id')} <strong>{learner.id}</strong>
          </p>
        ) : (
          field('id')
        )}
        {field('firstName')}
        {field('lastName')}
        {field('groups')}
        <div className="roster__field">
          <label htmlFor="learner-language">{t('roster.form.language')}</label>
          <select
            id="learner-language"
            value={draft.language}
            onChange={(e) =>
              setDraft({ ...draft, language: e.target.value as LearnerDraft['language'] })
            }
          >
            <option value="">{t('roster.language.none')}</option>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {t(`language.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <p className="staff__problem" role="alert">
          {problems.length > 0 ? t('roster.form.invalid') : (failure ?? '')}
        </p>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('roster.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('roster.form.save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
