import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../renderer/i18n';
import { describeCrashes } from '../../renderer/staff/CrashLine';

describe('the crash line', () => {
  it('writes the last crash’s date in the screen’s language', () => {
    const report = { count: 2, lastAt: Date.UTC(2026, 10, 24, 13, 2), lastReason: 'oom' };
    expect(describeCrashes(report, translatorFor('fr'), 'fr')).toContain('24/11/2026');
    expect(describeCrashes(report, translatorFor('de'), 'de')).toContain('24.11.2026');
    expect(
      describeCrashes({ ...report, count: 0, lastAt: null }, translatorFor('en'), 'en'),
    ).not.toMatch(/\d{4}/);
  });
});
