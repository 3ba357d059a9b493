// Dates, weekdays and numbers for the reports, in the staff member's language. Days arrive as
// Brussels 'YYYY-MM-DD' strings: they are formatted as UTC noon so no zone can shift them.
import { LOCALES } from '../../../shared/i18n';
import type { LanguageCode } from '../../../shared/types';

const noon = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12);

export interface ReportFormat {
  /** "9 mars 2026" */
  longDay(day: string): string;
  /** "lun. 9 mars" */
  shortDay(day: string): string;
  /** "lundi 9 mars" */
  fullDay(day: string): string;
  /** 0 = Monday: "lundi" */
  weekday(index: number): string;
  /** "14:00–15:00" */
  hourRange(hour: number): string;
  /** "14:00" */
  hour(hour: number): string;
  number(n: number): string;
}

const cache = new Map<LanguageCode, ReportFormat>();

export function reportFormat(language: LanguageCode): ReportFormat {
  const cached = cache.get(language);
  if (cached) return cached;
  const locale = LOCALES[language];
  const make = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
  const long = make({ day: 'numeric', month: 'long', year: 'numeric' });
  const short = make({ weekday: 'short', day: 'numeric', month: 'short' });
  const full = make({ weekday: 'long', day: 'numeric', month: 'long' });
  const weekday = make({ weekday: 'long' });
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;
  // 5 January 2026 was a Monday.
  const weekdays = Array.from({ length: 7 }, (_, i) => weekday.format(Date.UTC(2026, 0, 5 + i)));
  const format: ReportFormat = {
    longDay: (day) => long.format(noon(day)),
    shortDay: (day) => short.format(noon(day)),
    fullDay: (day) => full.format(noon(day)),
    weekday: (index) => weekdays[index] ?? '',
    hourRange: (h) => `${hh(h)}–${hh((h + 1) % 24)}`,
    hour: hh,
    number: (n) => numbers.format(n),
  };
  cache.set(language, format);
  return format;
}
