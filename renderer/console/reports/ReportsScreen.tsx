// The centre's attendance reports: the kiosk's report screen (ui/reports) over every kiosk's
// events, computed by the server with the kiosk's own code (GET /v1/console/reports).
import { useCallback } from 'react';
import { useI18n } from '../../i18n';
import { ReportScreen, type LoadedReport } from '../../ui/reports/ReportScreen';
import { api, ConsoleApiError } from '../api';

export function ReportsScreen() {
  const { t } = useI18n();
  const load = useCallback(() => api.get<LoadedReport>('/reports'), []);
  const describeError = (error: unknown) =>
    error instanceof ConsoleApiError && error.code === 'busy'
      ? t('console-reports.error.busy')
      : t('console-reports.reports.failed');
  return <ReportScreen load={load} describeError={describeError} />;
}
