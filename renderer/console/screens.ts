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
  {
    id: 'accounts',
    path: 'accounts',
    role: 'admin',
    label: 'console.accounts.nav',
    component: AccountsScreen,
  },
  {
    id: 'kiosks',
    path: 'kiosks',
    role: 'admin',
    label: 'console.kiosks.nav',
    component: KiosksScreen,
  },
  { id: 'me', path: 'me', role: 'reception', label: 'console.me.nav', component: PasswordScreen },
  { id: 'live', path: 'live', role: 'reception', label: 'console-live.nav', component: LiveScreen },
  {
    id: 'days',
    path: 'days',
    role: 'admin',
    label: 'console-live.days.nav',
    component: DaysScreen,
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
];
