// The words of the staff notice for a scan: who, arrival or departure, when, or what went wrong.
import { formatClock } from '../../../shared/time';
import type { Translate } from '../../i18n';
import type { StaffScan } from './useStaffScans';

export type NoticeTone = 'done' | 'info' | 'problem';

export function describeStaffScan(
  scan: StaffScan,
  fullNames: boolean,
  t: Translate,
): { text: string; tone: NoticeTone } {
  const { result, learner } = scan;
  const name = !learner
    ? t('scan.nameless')
    : fullNames
      ? `${learner.firstName} ${learner.lastName}`
      : learner.firstName;
  switch (result.outcome) {
    case 'welcome':
    case 'goodbye':
      return {
        text: t(`scan.${result.outcome}`, { name, time: formatClock(result.at) }),
        tone: 'done',
      };
    case 'already-in':
    case 'already-out':
      return {
        text: t(`scan.${result.outcome}`, { name, time: formatClock(result.since) }),
        tone: 'info',
      };
    case 'error':
      return { text: t(`staff.storage.${result.problem}`), tone: 'problem' };
    default:
      return {
        text: t(`scan.${result.outcome}`, { name, time: formatClock(scan.at) }),
        tone: 'problem',
      };
  }
}
