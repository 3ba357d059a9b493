// An audit entry in the admin's words: its action, and who or what it was about.
import type { AuditEntry, AuditPerson } from '../../../shared/console-reports';
import type { ManualReason } from '../../../shared/types';
import type { Translate } from '../../i18n';

const ACTIONS = [
  'check-in',
  'check-out',
  'void',
  'learner-upserted',
  'learner-archived',
  'badge-issued',
  'badge-revoked',
  'staff-upserted',
  'settings-changed',
  'unknown-badge',
  'session.sign-in',
  'session.sign-out',
  'account.setup',
  'account.create',
  'account.disable',
  'account.change-password',
  'account.reset-password',
  'export',
  'roster.import',
  'roster.edit',
  'roster.archive',
  'roster.reactivate',
  'badge.issue',
  'badge.reissue',
  'badge.revoke',
  'badge.bulk-issue',
  'kiosk.code-created',
  'kiosk.revoked',
  'kiosk.code-withdrawn',
] as const;
type KnownAction = (typeof ACTIONS)[number];
const known = (action: string): action is KnownAction =>
  (ACTIONS as readonly string[]).includes(action);

const REASONS: readonly ManualReason['code'][] = [
  'forgot-badge',
  'badge-damaged',
  'forgot-scan-out',
  'left-early',
  'other',
];

/** An admin token (a script, or the server's imports) is named as such. */
export function personName(person: AuditPerson, t: Translate): string {
  return person.key.startsWith('admin:')
    ? t('console-reports.audit.admin-token', { name: person.name })
    : person.name;
}

/** Where: the kiosk, the console, or the server itself (a roster import). */
export function describePlace(entry: AuditEntry, t: Translate): string {
  if (entry.source === 'console') return t('console-reports.audit.console');
  return entry.kiosk ?? t('console-reports.audit.server');
}

export function describeAction(action: string, t: Translate): string {
  return known(action)
    ? t(`console-reports.action.${action}`)
    : t('console-reports.action.other', { action });
}

/** The details as short phrases, in the order they are read. */
export function describeDetails(entry: AuditEntry, t: Translate): string[] {
  const d = entry.details;
  const text = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : '');
  // A console action's details are the feature's own: what it names, if it names something
  // (ids alone tell a person nothing).
  if (entry.source === 'console') return text('name') ? [text('name')] : [];
  const phrases: string[] = [];
  const learnerId = text('learnerId');
  if (learnerId) phrases.push(text('learner') ? `${text('learner')} (${learnerId})` : learnerId);
  if (text('groups')) phrases.push(t('console-reports.detail.groups', { groups: text('groups') }));
  const reason = text('reason');
  if (reason) {
    const code = REASONS.find((r) => r === reason);
    const said = code ? t(`reason.${code}`) : reason;
    const full = text('text')
      ? t('exports.reason.with-text', { reason: said, text: text('text') })
      : said;
    phrases.push(t('console-reports.detail.reason', { reason: full }));
  }
  if (text('staff')) {
    const name = text('staff');
    const role = d.role === 'admin' ? 'admin' : 'reception';
    phrases.push(
      d.active === false
        ? t('console-reports.detail.inactive', { name })
        : t(`console-reports.detail.role.${role}`, { name }),
    );
  }
  if (text('kioskName')) {
    phrases.push(t('console-reports.detail.kiosk-name', { name: text('kioskName') }));
  }
  return phrases;
}
