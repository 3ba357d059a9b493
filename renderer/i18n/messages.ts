// Every dictionary, one per language, composed from the feature files (features/*.ts): each
// holds one feature's messages in the four languages, French first.
import { checkinMessages } from './features/checkin';
import { staffMessages } from './features/staff';
import { rosterMessages } from './features/roster';
import { badgesMessages } from './features/badges';
import { exportsMessages } from './features/exports';
import { reportsMessages } from './features/reports';
import { settingsMessages } from './features/settings';
import { syncMessages } from './features/sync';
import { shellMessages } from './features/shell';
import { scansMessages } from './features/scans';
import { templateMessages } from './features/template';
import { rollcallMessages } from './features/rollcall';
import { setupMessages } from './features/setup';
import { controlsMessages } from './features/controls';
import { receptionMessages } from './features/reception';
import { consoleCoreMessages } from './features/console-core';
import { consoleRosterMessages } from './features/console-roster';
import { consoleLiveMessages } from './features/console-live';
import { consoleKiosksMessages } from './features/console-kiosks';
import { consoleReportsMessages } from './features/console-reports';

export const fr = {
  ...checkinMessages.fr,
  ...staffMessages.fr,
  ...rosterMessages.fr,
  ...badgesMessages.fr,
  ...exportsMessages.fr,
  ...reportsMessages.fr,
  ...settingsMessages.fr,
  ...syncMessages.fr,
  ...shellMessages.fr,
  ...scansMessages.fr,
  ...templateMessages.fr,
  ...rollcallMessages.fr,
  ...setupMessages.fr,
  ...controlsMessages.fr,
  ...receptionMessages.fr,
  ...consoleCoreMessages.fr,
  ...consoleRosterMessages.fr,
  ...consoleLiveMessages.fr,
  ...consoleKiosksMessages.fr,
  ...consoleReportsMessages.fr,
};

export type MessageKey = keyof typeof fr;

export const nl = {
  ...checkinMessages.nl,
  ...staffMessages.nl,
  ...rosterMessages.nl,
  ...badgesMessages.nl,
  ...exportsMessages.nl,
  ...reportsMessages.nl,
  ...settingsMessages.nl,
  ...syncMessages.nl,
  ...shellMessages.nl,
  ...scansMessages.nl,
  ...templateMessages.nl,
  ...rollcallMessages.nl,
  ...setupMessages.nl,
  ...controlsMessages.nl,
  ...receptionMessages.nl,
  ...consoleCoreMessages.nl,
  ...consoleRosterMessages.nl,
  ...consoleLiveMessages.nl,
  ...consoleKiosksMessages.nl,
  ...consoleReportsMessages.nl,
} satisfies Record<MessageKey, string>;

export const de = {
  ...checkinMessages.de,
  ...staffMessages.de,
  ...rosterMessages.de,
  ...badgesMessages.de,
  ...exportsMessages.de,
  ...reportsMessages.de,
  ...settingsMessages.de,
  ...syncMessages.de,
  ...shellMessages.de,
  ...scansMessages.de,
  ...templateMessages.de,
  ...rollcallMessages.de,
  ...setupMessages.de,
  ...controlsMessages.de,
  ...receptionMessages.de,
  ...consoleCoreMessages.de,
  ...consoleRosterMessages.de,
  ...consoleLiveMessages.de,
  ...consoleKiosksMessages.de,
  ...consoleReportsMessages.de,
} satisfies Record<MessageKey, string>;

export const en = {
  ...checkinMessages.en,
  ...staffMessages.en,
  ...rosterMessages.en,
  ...badgesMessages.en,
  ...exportsMessages.en,
  ...reportsMessages.en,
  ...settingsMessages.en,
  ...syncMessages.en,
  ...shellMessages.en,
  ...scansMessages.en,
  ...templateMessages.en,
  ...rollcallMessages.en,
  ...setupMessages.en,
  ...controlsMessages.en,
  ...receptionMessages.en,
  ...consoleCoreMessages.en,
  ...consoleRosterMessages.en,
  ...consoleLiveMessages.en,
  ...consoleKiosksMessages.en,
  ...consoleReportsMessages.en,
} satisfies Record<MessageKey, string>;
