// The audit list names every action the console's server records in the admin's words, never
// as its code: each `audit(db, request, …)` of server/console is found in the source itself, so an
// action added later without words fails here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BadgeAction } from '../../shared/badge-actions';
import { LANGUAGES } from '../../shared/types';
import { describeAction } from '../../renderer/console/audit/describe';
import { translatorFor } from '../../renderer/i18n';

const DIR = 'server/console';
const BADGE_ACTIONS: readonly BadgeAction[] = ['issue', 'reissue', 'revoke'];

/** The literal action names, and the badge actions' template `badge.${action}`. */
function auditedActions(): string[] {
  const found = new Set<string>();
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(DIR, file), 'utf8');
    for (const m of source.matchAll(/audit\(\s*db,\s*request,\s*([^,]+),/g)) {
      const arg = m[1]!;
      // An action is a literal with a dot (`kiosk.revoked`), or the whole argument (`'export'`);
      // a condition's operand (`revoked === 'kiosk'`) is neither.
      for (const [quoted, name] of arg.matchAll(/'([a-z.-]+)'/g)) {
        if (name!.includes('.') || arg.trim() === quoted) found.add(name!);
      }
      if (arg.includes('`badge.${action}`')) for (const a of BADGE_ACTIONS) found.add(`badge.${a}`);
    }
  }
  return [...found].sort();
}

describe('the audit list’s words', () => {
  it('finds the console’s actions in the server', () => {
    expect(auditedActions()).toEqual(
      expect.arrayContaining(['roster.import', 'badge.reissue', 'kiosk.revoked', 'export']),
    );
  });

  it.each(LANGUAGES)('describes every audited action in %s, none by its code', (language) => {
    const t = translatorFor(language);
    for (const action of auditedActions()) {
      const words = describeAction(action, t);
      expect(words, action).not.toBe(t('console-reports.action.other', { action }));
      expect(words, action).not.toContain(action);
    }
  });
});
