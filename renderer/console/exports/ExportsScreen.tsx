// The centre's exports: the kiosk's export form (ui/exports), the file made by the server over
// every kiosk's events (GET /v1/console/reports/export, the admin API's streamed export) and
// saved by the browser. The groups are the server roster's.
import { useEffect, useRef, useState } from 'react';
import { useI18n, type Translate } from '../../i18n';
import {
  ExportForm,
  groupChoices,
  type ExportChoice,
  type ExportNotice,
} from '../../ui/exports/ExportForm';
import { api, ConsoleApiError } from '../api';
import { saveBlob } from './save';

/** What went wrong, in the admin's words: the export's own refusals said precisely. */
export function exportError(error: unknown, t: Translate): string {
  if (!(error instanceof ConsoleApiError)) return t('console-reports.error.failed');
  if (error.code === 'busy') return t('console-reports.error.busy');
  if (error.code === 'export-too-large') return t('console-reports.error.too-large');
  if (error.code === 'bad-range') return t('console-reports.error.bad-range');
  return error.message;
}

export function exportPath(choice: ExportChoice): string {
  const query = new URLSearchParams({
    kind: choice.kind,
    format: choice.format,
    from: choice.range.from,
    to: choice.range.to,
    language: choice.language,
  });
  if (choice.group) query.set('group', choice.group);
  return `/reports/export?${query}`;
}

export function ExportsScreen() {
  const { t, language } = useI18n();
  const [names, setNames] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<ExportNotice | null>(null);
  // A second press while a file downloads does nothing (state updates land a render later).
  const running = useRef(false);

  useEffect(() => {
    let cancelled = false;
    api.get<{ groups: string[] }>('/reports/groups').then(
      (answer) => {
        if (!cancelled) setNames(answer.groups);
      },
      () => {
        if (!cancelled) setNotice({ tone: 'alert', text: t('console-reports.groups.failed') });
      },
    );
    return () => {
      cancelled = true;
    };
    // `t` only words the failure: a language change must not read the groups again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = async (choice: ExportChoice) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setNotice(null);
    try {
      const { blob, fileName } = await api.download(exportPath(choice));
      const name = fileName ?? 'accueil-export';
      saveBlob(blob, name);
      setNotice({ tone: 'status', text: t('console-reports.exports.saved', { name }) });
    } catch (error) {
      setNotice({ tone: 'alert', text: exportError(error, t) });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <ExportForm
      groups={groupChoices(names, language)}
      busy={busy}
      notice={notice}
      onSubmit={submit}
      lead={t('console-reports.exports.centre')}
    >
      {busy && (
        <p className="exports__notice" role="status">
          {t('console-reports.exports.downloading')}
        </p>
      )}
    </ExportForm>
  );
}
