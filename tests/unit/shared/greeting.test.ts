import { describe, expect, it } from 'vitest';
import { EVENING_FROM, wishFor } from '../../../shared/greeting';

/** A Brussels wall-clock time as an instant, given that day's offset from UTC in hours. */
const at = (day: string, clock: string, offsetHours: number) =>
  Date.parse(`${day}T${clock}:00Z`) - offsetHours * 3_600_000;

describe('wishFor', () => {
  it('wishes a good session before 18:00 Brussels time and a good evening from then on', () => {
    expect(EVENING_FROM).toBe('18:00');
    const winter = '2026-11-25'; // UTC+1
    expect(wishFor(at(winter, '09:30', 1))).toBe('session');
    expect(wishFor(at(winter, '17:59', 1))).toBe('session');
    expect(wishFor(at(winter, '18:00', 1))).toBe('evening');
    expect(wishFor(at(winter, '21:45', 1))).toBe('evening');
    const summer = '2026-06-10'; // UTC+2
    expect(wishFor(at(summer, '17:59', 2))).toBe('session');
    expect(wishFor(at(summer, '18:00', 2))).toBe('evening');
  });

  it('reads the Brussels clock, not UTC: 16:30 UTC is 17:30 in winter and 18:30 in summer', () => {
    expect(wishFor(Date.parse('2026-11-25T16:30:00Z'))).toBe('session');
    expect(wishFor(Date.parse('2026-06-10T16:30:00Z'))).toBe('evening');
  });

  it('follows the DST switch on its own day', () => {
    // 29 March 2026: clocks go from 02:00 to 03:00; 16:00 UTC is then 18:00 in Brussels.
    expect(wishFor(Date.parse('2026-03-29T16:00:00Z'))).toBe('evening');
    expect(wishFor(Date.parse('2026-03-29T15:59:00Z'))).toBe('session');
    // 25 October 2026: back to UTC+1; 16:59 UTC is 17:59.
    expect(wishFor(Date.parse('2026-10-25T16:59:00Z'))).toBe('session');
    expect(wishFor(Date.parse('2026-10-25T17:00:00Z'))).toBe('evening');
  });
});
