// What staff type in date and time fields, read the same way whatever the browser's or the
// operating system's locale: days as day, month, year (every language of the kiosk writes them in
// that order), times on 24 hours. The fields show a day the way the language writes it.
import type { LanguageCode } from './types';

/** The separator each language writes between day, month and year ("04.12.2026" in German). */
const DAY_SEPARATOR: Record<LanguageCode, string> = { fr: '/', nl: '/', de: '.', en: '/' };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED_DAY = /^\s*(\d{1,2})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{4})\s*$/;
// "18:30", "18.30", "18h30", "18 h 30", "1830", "8:05", "8h", "8".
const TYPED_CLOCK = /^\s*(\d{1,2})\s*(?:[:.hH]\s*(\d{2})?|(\d{2}))?\s*$/;

const pad = (n: number) => String(n).padStart(2, '0');

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 'YYYY-MM-DD' as the language writes it in a field: "04/12/2026"; '' for anything else. */
export function formatDayInput(language: LanguageCode, day: string): string {
  const match = ISO_DAY.exec(day);
  if (!match) return '';
  const separator = DAY_SEPARATOR[language];
  return `${match[3]}${separator}${match[2]}${separator}${match[1]}`;
}

/** A typed day ("4/12/2026", "04.12.2026", "4-12-2026") as 'YYYY-MM-DD', or null. */
export function parseDayInput(text: string): string | null {
  const match = TYPED_DAY.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** A typed time of day on 24 hours ("18h30", "8:05", "1830") as 'HH:MM', or null. */
export function parseClockInput(text: string): string | null {
  const match = TYPED_CLOCK.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? match[3] ?? 0);
  return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : null;
}
