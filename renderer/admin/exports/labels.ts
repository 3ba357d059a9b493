// The words written into an export, in the admin's language: headers and coded values.
import {
  EVENT_COLUMNS,
  MATRIX_COLUMNS,
  SUMMARY_COLUMNS,
  type ColumnKey,
  type ExportLabels,
} from '../../../shared/export';
import type { LanguageCode } from '../../../shared/types';
import { translate } from '../../i18n';

const LOCALES: Record<LanguageCode, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en' };

export function exportLabels(language: LanguageCode): ExportLabels {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
    translate(language, key, params);
  const keys = new Set<ColumnKey>([...EVENT_COLUMNS, ...SUMMARY_COLUMNS, ...MATRIX_COLUMNS]);
  const column = Object.fromEntries(
    [...keys].map((key) => [key, t(`exports.col.${key}`)]),
  ) as Record<ColumnKey, string>;
  return {
    locale: LOCALES[language],
    column,
    rate: (openDays) => t('exports.col.rate', { days: String(openDays) }),
    type: {
      'check-in': t('exports.type.check-in'),
      'check-out': t('exports.type.check-out'),
      void: t('exports.type.void'),
      'unknown-badge': t('exports.type.unknown-badge'),
    },
    method: {
      camera: t('method.camera'),
      scanner: t('method.scanner'),
      manual: t('method.manual'),
    },
    reason: {
      'forgot-badge': t('reason.forgot-badge'),
      'badge-damaged': t('reason.badge-damaged'),
      other: t('reason.other'),
    },
    reasonWithText: (reason, text) => t('exports.reason.with-text', { reason, text }),
    actorLearner: t('exports.actor.learner'),
    actorKiosk: t('exports.actor.kiosk'),
    yes: t('exports.yes'),
    no: t('exports.no'),
  };
}
