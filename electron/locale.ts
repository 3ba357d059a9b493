// The shell's own language: Chromium's UI locale (its dialogs, the spell checker, what
// navigator.language says) follows the kiosk's default language, not the operating system's.
// Chromium reads it from its command line once, at start-up: this must run before 'ready'.
import type { CommandLine } from 'electron';
import { LOCALES } from '../shared/i18n';
import type { LanguageCode } from '../shared/types';

export function applyAppLocale(
  commandLine: Pick<CommandLine, 'appendSwitch'>,
  language: LanguageCode,
): void {
  commandLine.appendSwitch('lang', LOCALES[language]);
}
