// The audit view: staff actions from every kiosk and the console's own, newest first, filtered by
// person and by day (GET /v1/console/audit), a page at a time ("show older actions").
import { useEffect, useState, type FormEvent } from 'react';
import type { AuditEntry, AuditPage, AuditPerson } from '../../../shared/console-reports';
import { formatDate } from '../../../shared/i18n';
import { formatClock } from '../../../shared/time';
import { useI18n } from '../../i18n';
import { DateField } from '../../ui/fields';
import { api, ConsoleApiError } from '../api';
import { describeAction, describeDetails, describePlace, personName } from './describe';
import './audit.css';

interface Filter {
  person: string;
  day: string;
}

type State =
  | { phase: 'loading' }
  | { phase: 'failed'; message: string }
  | { phase: 'ready'; entries: AuditEntry[]; next: string | null; more: boolean };

const pagePath = (filter: Filter, before: string | null) => {
  const query = new URLSearchParams();
  if (filter.person) query.set('person', filter.person);
  if (filter.day) query.set('day', filter.day);
  if (before) query.set('before', before);
  return `/audit?${query}`;
};

export function AuditScreen() {
  const { t, language } = useI18n();
  const [people, setPeople] = useState<AuditPerson[]>([]);
  const [draft, setDraft] = useState<Filter>({ person: '', day: '' });
  const [filter, setFilter] = useState<Filter>({ person: '', day: '' });
  const [state, setState] = useState<State>({ phase: 'loading' });
  const failed = (error: unknown) =>
    error instanceof ConsoleApiError && error.code !== 'network'
      ? error.message
      : t('console-reports.audit.failed');

  useEffect(() => {
    api.get<{ people: AuditPerson[] }>('/audit/people').then(
      (answer) => setPeople(answer.people),
      // The list still works unfiltered; its own failure is said below it.
      () => setPeople([]),
    );
  }, []);

  useEffect(() => {
    let cancelled = false;
    setState({ phase: 'loading' });
    api.get<AuditPage>(pagePath(filter, null)).then(
      (page) => {
        if (!cancelled) setState({ phase: 'ready', ...page, more: false });
      },
      (error: unknown) => {
        if (!cancelled) setState({ phase: 'failed', message: failed(error) });
      },
    );
    return () => {
      cancelled = true;
    };
    // `failed` only words a failure: a language change must not read the list again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter]);

  const older = async () => {
    if (state.phase !== 'ready' || !state.next || state.more) return;
    setState({ ...state, more: true });
    try {
      const page = await api.get<AuditPage>(pagePath(filter, state.next));
      setState({
        phase: 'ready',
        entries: [...state.entries, ...page.entries],
        next: page.next,
        more: false,
      });
    } catch (error) {
      setState({ phase: 'failed', message: failed(error) });
    }
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ ...draft });
  };
  const clear = () => {
    setDraft({ person: '', day: '' });
    setFilter({ person: '', day: '' });
  };

  return (
    <section className="audit" aria-labelledby="audit-title" aria-busy={state.phase === 'loading'}>
      <h1 id="audit-title">{t('console-reports.audit.title')}</h1>
      <p className="audit__intro">{t('console-reports.audit.intro')}</p>
      <form
        className="audit__filters"
        onSubmit={apply}
        aria-label={t('console-reports.audit.filters')}
      >
        <span className="audit__field">
          <label htmlFor="audit-person">{t('console-reports.audit.person')}</label>
          <select
            id="audit-person"
            value={draft.person}
            onChange={(e) => setDraft((d) => ({ ...d, person: e.target.value }))}
          >
            <option value="">{t('console-reports.audit.person.all')}</option>
            {people.map((person) => (
              <option key={person.key} value={person.key}>
                {personName(person, t)}
              </option>
            ))}
          </select>
        </span>
        <span className="audit__field">
          <label htmlFor="audit-day">{t('console-reports.audit.day')}</label>
          <DateField
            id="audit-day"
            hintId="audit-day-format"
            value={draft.day}
            onChange={(day) => setDraft((d) => ({ ...d, day }))}
          />
        </span>
        <span className="audit__buttons">
          <button type="submit" className="button button--primary">
            {t('console-reports.audit.apply')}
          </button>
          <button type="button" className="button" onClick={clear}>
            {t('console-reports.audit.clear')}
          </button>
        </span>
      </form>
      {state.phase === 'loading' && <p role="status">{t('console-reports.audit.loading')}</p>}
      {state.phase === 'failed' && (
        <p className="staff__problem" role="alert">
          {state.message}
        </p>
      )}
      {state.phase === 'ready' && (
        <>
          <p role="status" className="audit__count">
            {state.entries.length === 0
              ? t('console-reports.audit.none')
              : t('console-reports.audit.shown', { count: state.entries.length })}
          </p>
          {state.entries.length > 0 && (
            <table className="audit__table" aria-labelledby="audit-title" data-testid="audit-table">
              <thead>
                <tr>
                  <th scope="col">{t('console-reports.audit.col.when')}</th>
                  <th scope="col">{t('console-reports.audit.col.who')}</th>
                  <th scope="col">{t('console-reports.audit.col.where')}</th>
                  <th scope="col">{t('console-reports.audit.col.action')}</th>
                  <th scope="col">{t('console-reports.audit.col.details')}</th>
                </tr>
              </thead>
              <tbody>
                {state.entries.map((entry) => (
                  <tr key={entry.key} data-action={entry.action} data-person={entry.person.key}>
                    <td className="audit__when">
                      {formatDate(language, entry.at)} {formatClock(entry.at)}
                    </td>
                    <th scope="row">{personName(entry.person, t)}</th>
                    <td>{describePlace(entry, t)}</td>
                    <td>{describeAction(entry.action, t)}</td>
                    <td>
                      {describeDetails(entry, t).map((phrase, i) => (
                        <span key={i} className="audit__detail">
                          {phrase}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {state.next && (
            <button type="button" className="button" onClick={older} aria-disabled={state.more}>
              {t('console-reports.audit.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
