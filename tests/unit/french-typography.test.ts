// French typography over every French string the kiosk shows, prints or exports: a narrow
// no-break space (U+202F) before ! ? : ; and inside « », so that "Léa !" never leaves its "!"
// alone at the start of a line.
import { describe, expect, it } from 'vitest';
import { badgesMessages } from '../../renderer/i18n/features/badges';
import { exportsMessages } from '../../renderer/i18n/features/exports';
import { reportsMessages } from '../../renderer/i18n/features/reports';
import { rosterMessages } from '../../renderer/i18n/features/roster';
import { settingsMessages } from '../../renderer/i18n/features/settings';
import { shellMessages } from '../../renderer/i18n/features/shell';
import { syncMessages } from '../../renderer/i18n/features/sync';
import { fr } from '../../renderer/i18n/messages';
import { EXPORT_MESSAGES } from '../../shared/export-labels';

const NNBSP = '\u202f';

/** What breaks French typography in `text`, one line per problem. */
function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  [...text].forEach((char, i, chars) => {
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    const at = `"${text}" at ${i}`;
    if ('!?:;'.includes(char)) {
      // A clock (14:02) and a URL scheme (https://) are not punctuation.
      if (char === ':' && ((/\d/.test(before) && /\d/.test(after)) || after === '/')) return;
      if (before !== NNBSP) problems.push(`${at}: no narrow no-break space before "${char}"`);
    }
    if (char === '«' && after !== NNBSP) problems.push(`${at}: no narrow no-break space after «`);
    if (char === '»' && before !== NNBSP) problems.push(`${at}: no narrow no-break space before »`);
    if (char === NNBSP && /[\s\u00a0]/.test(before + after.replace(NNBSP, ''))) {
      problems.push(`${at}: another space next to the narrow no-break space`);
    }
  });
  return problems;
}

describe('French typography', () => {
  it('finds what it is meant to find', () => {
    expect(typographyProblems('Bonjour Léa !')).toHaveLength(1);
    expect(typographyProblems('Bonjour Léa!')).toHaveLength(1);
    expect(typographyProblems('Annuler « {what} »')).toHaveLength(2);
    expect(typographyProblems(`Bonjour Léa ${NNBSP}!`)).toHaveLength(1);
    expect(
      typographyProblems(`Bonjour Léa${NNBSP}! Prête${NNBSP}? Oui${NNBSP}: «${NNBSP}ok${NNBSP}»`),
    ).toEqual([]);
    expect(typographyProblems('à 14:02, sur https://accueil.example')).toEqual([]);
  });

  it('holds in every French string: the dictionary, each feature’s messages and the export labels', () => {
    const sources: Record<string, Record<string, string>> = {
      dictionary: fr,
      badges: badgesMessages.fr,
      exports: exportsMessages.fr,
      reports: reportsMessages.fr,
      roster: rosterMessages.fr,
      settings: settingsMessages.fr,
      shell: shellMessages.fr,
      sync: syncMessages.fr,
      'export labels': EXPORT_MESSAGES.fr,
    };
    const problems = Object.entries(sources).flatMap(([source, messages]) =>
      Object.entries(messages).flatMap(([key, text]) =>
        typographyProblems(text).map((problem) => `${source} ${key}: ${problem}`),
      ),
    );
    expect(Object.keys(fr).length).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });
});
