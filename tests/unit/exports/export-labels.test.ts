// shared/export-labels.ts: the one source of an export's words, for the kiosk and the server.
import { describe, expect, it } from 'vitest';
import { translate } from '../../../renderer/i18n';
import {
  EXPORT_MESSAGES,
  exportFileName,
  exportLabels,
  exportMessage,
  exportSheetName,
} from '../../../shared/export-labels';
import { LANGUAGES } from '../../../shared/types';

describe('export labels', () => {
  it('are what the kiosk’s translate() gives for the same keys, in every language', () => {
    for (const language of LANGUAGES) {
      for (const key of Object.keys(EXPORT_MESSAGES.fr) as (keyof typeof EXPORT_MESSAGES.fr)[]) {
        // No parameters given: placeholders stay visible on both sides.
        const none = {} as never;
        expect(exportMessage(language, key, none), `${language} ${key}`).toBe(
          translate(language, key, none),
        );
      }
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(exportLabels('fr').rate(12)).toBe(
      'Taux de présence (% des jours d’ouverture\u202f: 12)',
    );
    expect(exportLabels('nl').reasonWithText('Andere reden', 'ziek')).toBe('Andere reden: ziek');
    // @ts-expect-error: the type checker refuses a missing parameter; at run time it stays visible.
    expect(exportMessage('en', 'exports.col.rate', {})).toBe(
      'Attendance rate (% of open days: {days})',
    );
    expect(exportLabels('de').column.learnerId).toBe('ID des Jugendlichen');
    expect(exportSheetName('summary', 'fr')).toBe('Synthèse par jeune');
  });

  it('name files from the kind, range, group and language', () => {
    const range = { from: '2026-11-01', to: '2026-11-30' };
    expect(
      exportFileName({
        kind: 'events',
        format: 'xlsx',
        range,
        group: 'jeux vidéo',
        language: 'fr',
      }),
    ).toBe('accueil-journal-2026-11-01_2026-11-30-jeux-video.xlsx');
  });
});
