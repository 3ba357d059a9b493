// The staff notice of a scan says who, what and when in every language, with the full name only
// once someone is signed in.
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/types';
import type { ScanResult } from '../../renderer/db/recordScan';
import { translatorFor } from '../../renderer/i18n';
import { describeStaffScan } from '../../renderer/staff/scans/describeStaffScan';
import type { LearnerRow } from '../../renderer/db/schema';

const at = Date.UTC(2026, 10, 25, 13, 2); // 14:02 in Brussels
const since = Date.UTC(2026, 10, 25, 8, 45); // 09:45
const learner: LearnerRow = {
  id: 'L00001',
  firstName: 'Léa',
  lastName: 'Dubois',
  groups: [],
  language: 'nl',
  status: 'active',
  revAt: 0,
  revId: '',
  statusAt: 0,
  statusId: '',
};
const greeted = { firstName: 'Léa', language: 'nl' as const };

const results: [ScanResult, string][] = [
  [{ outcome: 'welcome', learner: greeted, at }, '14:02'],
  [{ outcome: 'goodbye', learner: greeted, at }, '14:02'],
  [{ outcome: 'already-in', learner: greeted, since }, '09:45'],
  [{ outcome: 'already-out', learner: greeted, since }, '09:45'],
  [{ outcome: 'revoked' }, '14:02'],
  [{ outcome: 'archived' }, '14:02'],
];

describe('staff scan notice', () => {
  it('names the learner, says what happened and when, in the staff’s language', () => {
    for (const language of LANGUAGES) {
      const t = translatorFor(language);
      for (const [result, time] of results) {
        const full = describeStaffScan({ serial: 1, result, learner, at }, true, t).text;
        expect(full, `${language} ${result.outcome}`).toContain('Léa Dubois');
        expect(full).toContain(time);
        expect(full).not.toMatch(/[{}]/);
        // Before anyone signs in: the first name only, as on the learners' screen.
        const first = describeStaffScan({ serial: 1, result, learner, at }, false, t).text;
        expect(first).toContain('Léa');
        expect(first).not.toContain('Dubois');
      }
      const problems: ScanResult[] = [
        { outcome: 'unknown' },
        { outcome: 'unreadable', problem: 'bad-check' },
      ];
      for (const result of problems) {
        const view = describeStaffScan({ serial: 1, result, learner: null, at }, true, t);
        expect(view.tone).toBe('problem');
        expect(view.text).toContain('14:02');
      }
      const error = describeStaffScan(
        { serial: 1, result: { outcome: 'error', problem: 'quota' }, learner: null, at },
        true,
        t,
      );
      expect(error.text).toBe(translatorFor(language)('staff.storage.quota'));
    }
  });

  it('writes French with a narrow no-break space before the colon', () => {
    const t = translatorFor('fr');
    const text = describeStaffScan(
      { serial: 1, result: { outcome: 'welcome', learner: greeted, at }, learner, at },
      true,
      t,
    ).text;
    expect(text).toBe('Badge scanné\u202f: arrivée de Léa Dubois à 14:02.');
  });
});
