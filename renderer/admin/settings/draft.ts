// The settings form as typed (strings, open/closed days) and its conversion to KioskSettings.
// Pure, so the rules are unit-tested without a browser; the event validator has the last word.
import { CLOCK_PATTERN } from '../../../shared/opening-hours';
import {
  COOLDOWN_MAX_MS,
  KIOSK_NAME_MAX,
  RETENTION_MAX_DAYS,
  RETENTION_MIN_DAYS,
  type KioskMode,
  type KioskSettings,
  type LanguageCode,
  type OpeningHours,
} from '../../../shared/types';

interface DayDraft {
  open: boolean;
  opens: string;
  closes: string;
}

export interface SettingsDraft {
  kioskName: string;
  mode: KioskMode;
  cooldownMinutes: string;
  defaultLanguage: LanguageCode;
  days: DayDraft[];
  retentionDays: string;
}

export type DraftField = 'kioskName' | 'cooldown' | 'retention' | `day-${number}`;

/** What a day shows when an admin ticks "open" on a day that had no hours. */
export const NEW_DAY: OpeningHours = { opens: '14:00', closes: '20:00' };

const MINUTE = 60_000;
const CONTROL = /\p{Cc}/u;
/** Minutes as people type them: "10", "0", "2,5" (a French keyboard), "2.5". */
const MINUTES = /^\d{1,4}(?:[.,]\d{1,2})?$/;

export function draftOf(settings: KioskSettings): SettingsDraft {
  return {
    kioskName: settings.kioskName,
    mode: settings.mode,
    // Two decimals at most: what the form accepts back, so an untouched value saves unchanged.
    cooldownMinutes: String(Math.round((settings.cooldownMs / MINUTE) * 100) / 100),
    defaultLanguage: settings.defaultLanguage,
    days: settings.openingHours.map((day) =>
      day ? { open: true, ...day } : { open: false, opens: '', closes: '' },
    ),
    retentionDays: String(settings.retentionDays),
  };
}

/** Some browsers add seconds to a time field's value: the kiosk keeps minutes. */
function clock(value: string): string {
  return value.length === 8 && value.endsWith(':00') ? value.slice(0, 5) : value;
}

export function parseDraft(
  draft: SettingsDraft,
): { ok: true; settings: KioskSettings } | { ok: false; problems: DraftField[] } {
  const problems: DraftField[] = [];
  const kioskName = draft.kioskName.trim();
  if (kioskName === '' || kioskName.length > KIOSK_NAME_MAX || CONTROL.test(kioskName)) {
    problems.push('kioskName');
  }

  const minutesText = draft.cooldownMinutes.trim();
  const cooldownMs = MINUTES.test(minutesText)
    ? Math.round(Number(minutesText.replace(',', '.')) * MINUTE)
    : NaN;
  if (!(cooldownMs >= 0 && cooldownMs <= COOLDOWN_MAX_MS)) problems.push('cooldown');

  const retentionText = draft.retentionDays.trim();
  const retentionDays = /^\d{1,4}$/.test(retentionText) ? Number(retentionText) : NaN;
  if (!(retentionDays >= RETENTION_MIN_DAYS && retentionDays <= RETENTION_MAX_DAYS)) {
    problems.push('retention');
  }

  const openingHours = draft.days.map((day, i): OpeningHours | null => {
    if (!day.open) return null;
    const opens = clock(day.opens);
    const closes = clock(day.closes);
    // Zero-padded HH:MM strings compare as the times they name.
    if (!CLOCK_PATTERN.test(opens) || !CLOCK_PATTERN.test(closes) || opens >= closes) {
      problems.push(`day-${i}`);
    }
    return { opens, closes };
  });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    settings: {
      kioskName,
      mode: draft.mode,
      cooldownMs,
      defaultLanguage: draft.defaultLanguage,
      openingHours,
      retentionDays,
    },
  };
}

/** Whether two settings say the same thing: saving them again would only add noise. */
export function sameSettings(a: KioskSettings, b: KioskSettings): boolean {
  return JSON.stringify(normalised(a)) === JSON.stringify(normalised(b));
}

function normalised(s: KioskSettings): unknown[] {
  const hours = s.openingHours.map((d) => (d ? [d.opens, d.closes] : null));
  return [s.kioskName, s.mode, s.cooldownMs, s.defaultLanguage, hours, s.retentionDays];
}
