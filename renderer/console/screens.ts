// The console's screens, one entry each: the navigation lists those the account's role allows,
// in this order; the first is where the console opens. A feature adds its line here.
import type { ComponentType } from 'react';
import type { PlainMessageKey } from '../i18n';
import type { ConsoleRole } from '../../shared/console';
import { AccountsScreen } from './accounts/AccountsScreen';
import { PasswordScreen } from './accounts/PasswordScreen';
import { BadgesScreen } from './roster/BadgesScreen';
import { RosterScreen } from './roster/RosterScreen';
import { DaysScreen } from './live/DaysScreen';
import { LiveScreen } from './live/LiveScreen';
import { KiosksScreen } from './kiosks/KiosksScreen';
import { AuditScreen } from './audit/AuditScreen';
import { ExportsScreen } from './exports/ExportsScreen';
import { ReportsScreen } from './reports/ReportsScreen';

export interface ConsoleScreen {
  id: string;
  /** Its address under /console/ (one segment, no slash). */
  path: string;
  /** The least role that sees it (admin sees everything). */
  role: ConsoleRole;
  label: PlainMessageKey;
  component: ComponentType;
}

export const SCREENS: readonly ConsoleScreen[] = [
  { id: 'live', path: 'live', role: 'reception', label: 'console-live.nav', component: LiveScreen },
  {
    id: 'days',
    path: 'days',
    role: 'admin',
    label: 'console-live.days.nav',
    component: DaysScreen,
  },
  {
    id: 'kiosks',
    path: 'kiosks',
    role: 'admin',
    label: 'console.kiosks.nav',
    component: KiosksScreen,
  },
  {
    id: 'roster',
    path: 'roster',
    role: 'admin',
    label: 'console.roster.nav',
    component: RosterScreen,
  },
  {
    id: 'badges',
    path: 'badges',
    role: 'admin',
    label: 'console.badges.nav',
    component: BadgesScreen,
  },
  {
    id: 'exports',
    path: 'exports',
    role: 'admin',
    label: 'console-reports.nav.exports',
    component: ExportsScreen,
  },
  {
    id: 'reports',
    path: 'reports',
    role: 'admin',
    label: 'console-reports.nav.reports',
    component: ReportsScreen,
  },
  {
    id: 'audit',
    path: 'audit',
    role: 'admin',
    label: 'console-reports.nav.audit',
    component: AuditScreen,
  },
  {
    id: 'accounts',
    path: 'accounts',
    role: 'admin',
    label: 'console.accounts.nav',
    component: AccountsScreen,
  },
  { id: 'me', path: 'me', role: 'reception', label: 'console.me.nav', component: PasswordScreen },
];
