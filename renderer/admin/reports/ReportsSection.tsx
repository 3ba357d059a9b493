// The admin reports over this kiosk's database (load.ts), shown by the screen the console shares.
import { useCallback } from 'react';
import { ReportScreen } from '../../ui/reports/ReportScreen';
import type { AdminSectionProps } from '../section';
import { loadReport } from './load';

export function ReportsSection(props: AdminSectionProps) {
  const { db } = props;
  const load = useCallback(() => loadReport(db), [db]);
  return <ReportScreen load={load} />;
}
