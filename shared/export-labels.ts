// The words written into an attendance export, per language, and the glue that turns them into
// ExportLabels: one copy for the kiosk (whose i18n dictionaries spread these messages in) and the
// server (which may not import renderer/). French is the source; the others must have its keys.
import type { DayRange, ExportKind, ExportLabels } from './export';
import { EVENT_COLUMNS, MATRIX_COLUMNS, SUMMARY_COLUMNS, type ColumnKey } from './export';
import { createTranslate, LOCALES, type ParamArgs } from './i18n';
import type { LanguageCode } from './types';

const fr = {
  'exports.kind.events': 'Journal des passages',
  'exports.kind.summary': 'Synthèse par jeune',
  'exports.kind.matrix': 'Présences par jour',
  'exports.file.events': 'journal',
  'exports.file.summary': 'synthese',
  'exports.file.matrix': 'presences',
  'exports.col.date': 'Date',
  'exports.col.time': 'Heure',
  'exports.col.type': 'Type',
  'exports.col.learnerId': 'Identifiant du jeune',
  'exports.col.firstName': 'Prénom',
  'exports.col.lastName': 'Nom',
  'exports.col.groups': 'Groupes',
  'exports.col.method': 'Méthode',
  'exports.col.reason': 'Raison',
  'exports.col.actor': 'Auteur',
  'exports.col.kioskId': 'Poste',
  'exports.col.seq': 'Séquence',
  'exports.col.eventId': 'Identifiant du passage',
  'exports.col.voided': 'Annulé',
  'exports.col.voidId': 'Identifiant de l’annulation',
  'exports.col.daysPresent': 'Jours de présence',
  'exports.col.firstVisit': 'Première venue',
  'exports.col.lastVisit': 'Dernière venue',
  'exports.col.rate': 'Taux de présence (% des jours d’ouverture : {days})',
  'exports.type.check-in': 'Arrivée',
  'exports.type.check-out': 'Départ',
  'exports.type.void': 'Annulation',
  'exports.type.unknown-badge': 'Badge inconnu',
  'exports.reason.with-text': '{reason} : {text}',
  'exports.actor.learner': 'Jeune (son badge)',
  'exports.actor.kiosk': 'Poste (automatique)',
  'exports.yes': 'oui',
  'exports.no': 'non',
  'method.camera': 'caméra',
  'method.scanner': 'lecteur',
  'method.manual': 'à la main',
  'reason.forgot-badge': 'Badge oublié',
  'reason.badge-damaged': 'Badge abîmé',
  'reason.forgot-scan-out': 'Oubli de badger la sortie',
  'reason.left-early': 'Départ anticipé',
  'reason.other': 'Autre raison',
} as const;

export type ExportMessageKey = keyof typeof fr;

export const EXPORT_MESSAGES = {
  fr,
  nl: {
    'exports.kind.events': 'Logboek van registraties',
    'exports.kind.summary': 'Overzicht per jongere',
    'exports.kind.matrix': 'Aanwezigheid per dag',
    'exports.file.events': 'logboek',
    'exports.file.summary': 'overzicht',
    'exports.file.matrix': 'aanwezigheden',
    'exports.col.date': 'Datum',
    'exports.col.time': 'Tijd',
    'exports.col.type': 'Soort',
    'exports.col.learnerId': 'Id van de jongere',
    'exports.col.firstName': 'Voornaam',
    'exports.col.lastName': 'Achternaam',
    'exports.col.groups': 'Groepen',
    'exports.col.method': 'Methode',
    'exports.col.reason': 'Reden',
    'exports.col.actor': 'Door',
    'exports.col.kioskId': 'Kiosk',
    'exports.col.seq': 'Volgnummer',
    'exports.col.eventId': 'Id van de registratie',
    'exports.col.voided': 'Geannuleerd',
    'exports.col.voidId': 'Id van de annulering',
    'exports.col.daysPresent': 'Aanwezige dagen',
    'exports.col.firstVisit': 'Eerste bezoek',
    'exports.col.lastVisit': 'Laatste bezoek',
    'exports.col.rate': 'Aanwezigheidsgraad (% van de openingsdagen: {days})',
    'exports.type.check-in': 'Aankomst',
    'exports.type.check-out': 'Vertrek',
    'exports.type.void': 'Annulering',
    'exports.type.unknown-badge': 'Onbekende badge',
    'exports.reason.with-text': '{reason}: {text}',
    'exports.actor.learner': 'Jongere (eigen badge)',
    'exports.actor.kiosk': 'Kiosk (automatisch)',
    'exports.yes': 'ja',
    'exports.no': 'nee',
    'method.camera': 'camera',
    'method.scanner': 'lezer',
    'method.manual': 'manueel',
    'reason.forgot-badge': 'Badge vergeten',
    'reason.badge-damaged': 'Badge beschadigd',
    'reason.forgot-scan-out': 'Vergeten uit te scannen',
    'reason.left-early': 'Vroeger vertrokken',
    'reason.other': 'Andere reden',
  } satisfies Record<ExportMessageKey, string>,
  de: {
    'exports.kind.events': 'Protokoll der Erfassungen',
    'exports.kind.summary': 'Übersicht pro Jugendlichem',
    'exports.kind.matrix': 'Anwesenheit pro Tag',
    'exports.file.events': 'protokoll',
    'exports.file.summary': 'uebersicht',
    'exports.file.matrix': 'anwesenheiten',
    'exports.col.date': 'Datum',
    'exports.col.time': 'Uhrzeit',
    'exports.col.type': 'Art',
    'exports.col.learnerId': 'ID des Jugendlichen',
    'exports.col.firstName': 'Vorname',
    'exports.col.lastName': 'Nachname',
    'exports.col.groups': 'Gruppen',
    'exports.col.method': 'Methode',
    'exports.col.reason': 'Grund',
    'exports.col.actor': 'Durch',
    'exports.col.kioskId': 'Terminal',
    'exports.col.seq': 'Laufnummer',
    'exports.col.eventId': 'ID der Erfassung',
    'exports.col.voided': 'Storniert',
    'exports.col.voidId': 'ID der Stornierung',
    'exports.col.daysPresent': 'Anwesenheitstage',
    'exports.col.firstVisit': 'Erster Besuch',
    'exports.col.lastVisit': 'Letzter Besuch',
    'exports.col.rate': 'Anwesenheitsquote (% der Öffnungstage: {days})',
    'exports.type.check-in': 'Ankunft',
    'exports.type.check-out': 'Abgang',
    'exports.type.void': 'Stornierung',
    'exports.type.unknown-badge': 'Unbekannter Ausweis',
    'exports.reason.with-text': '{reason}: {text}',
    'exports.actor.learner': 'Jugendliche(r) (eigener Ausweis)',
    'exports.actor.kiosk': 'Terminal (automatisch)',
    'exports.yes': 'ja',
    'exports.no': 'nein',
    'method.camera': 'Kamera',
    'method.scanner': 'Leser',
    'method.manual': 'von Hand',
    'reason.forgot-badge': 'Ausweis vergessen',
    'reason.badge-damaged': 'Ausweis beschädigt',
    'reason.forgot-scan-out': 'Abmelden vergessen',
    'reason.left-early': 'Früher gegangen',
    'reason.other': 'Anderer Grund',
  } satisfies Record<ExportMessageKey, string>,
  en: {
    'exports.kind.events': 'Event log',
    'exports.kind.summary': 'Summary per learner',
    'exports.kind.matrix': 'Presence per day',
    'exports.file.events': 'log',
    'exports.file.summary': 'summary',
    'exports.file.matrix': 'presence',
    'exports.col.date': 'Date',
    'exports.col.time': 'Time',
    'exports.col.type': 'Type',
    'exports.col.learnerId': 'Learner ID',
    'exports.col.firstName': 'First name',
    'exports.col.lastName': 'Last name',
    'exports.col.groups': 'Groups',
    'exports.col.method': 'Method',
    'exports.col.reason': 'Reason',
    'exports.col.actor': 'By',
    'exports.col.kioskId': 'Kiosk',
    'exports.col.seq': 'Sequence',
    'exports.col.eventId': 'Event ID',
    'exports.col.voided': 'Voided',
    'exports.col.voidId': 'Void ID',
    'exports.col.daysPresent': 'Days present',
    'exports.col.firstVisit': 'First visit',
    'exports.col.lastVisit': 'Last visit',
    'exports.col.rate': 'Attendance rate (% of open days: {days})',
    'exports.type.check-in': 'Check-in',
    'exports.type.check-out': 'Check-out',
    'exports.type.void': 'Void',
    'exports.type.unknown-badge': 'Unknown badge',
    'exports.reason.with-text': '{reason}: {text}',
    'exports.actor.learner': 'Learner (own badge)',
    'exports.actor.kiosk': 'Kiosk (automatic)',
    'exports.yes': 'yes',
    'exports.no': 'no',
    'method.camera': 'camera',
    'method.scanner': 'scanner',
    'method.manual': 'by hand',
    'reason.forgot-badge': 'Forgot the badge',
    'reason.badge-damaged': 'Badge damaged',
    'reason.forgot-scan-out': 'Forgot to scan out',
    'reason.left-early': 'Left early',
    'reason.other': 'Other reason',
  } satisfies Record<ExportMessageKey, string>,
} satisfies Record<LanguageCode, Record<ExportMessageKey, string>>;

/** An export message in `language`, through the one translate function of every side. */
export const exportMessage = createTranslate<typeof fr>(EXPORT_MESSAGES);

/** Headers and coded values of an export, in the admin's language. */
export function exportLabels(language: LanguageCode): ExportLabels {
  const t = <K extends ExportMessageKey>(key: K, ...params: ParamArgs<(typeof fr)[K]>) =>
    exportMessage(language, key, ...params);
  const keys = new Set<ColumnKey>([...EVENT_COLUMNS, ...SUMMARY_COLUMNS, ...MATRIX_COLUMNS]);
  const column = Object.fromEntries(
    [...keys].map((key) => [key, t(`exports.col.${key}`)]),
  ) as Record<ColumnKey, string>;
  return {
    locale: LOCALES[language],
    column,
    rate: (openDays) => t('exports.col.rate', { days: openDays }),
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
      'forgot-scan-out': t('reason.forgot-scan-out'),
      'left-early': t('reason.left-early'),
      other: t('reason.other'),
    },
    reasonWithText: (reason, text) => t('exports.reason.with-text', { reason, text }),
    actorLearner: t('exports.actor.learner'),
    actorKiosk: t('exports.actor.kiosk'),
    yes: t('exports.yes'),
    no: t('exports.no'),
  };
}

/** The XLSX sheet's name: what the file is, in the admin's language. */
export function exportSheetName(kind: ExportKind, language: LanguageCode): string {
  return exportMessage(language, `exports.kind.${kind}`);
}

export type ExportFileFormat = 'csv-semicolon' | 'csv-comma' | 'xlsx';

/** 'jeux vidéo' → 'jeux-video': a group as a safe part of a file name. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** accueil-journal-2025-03-01_2025-03-31-jeux.xlsx: the kiosk's export file name. */
export function exportFileName(request: {
  kind: ExportKind;
  format: ExportFileFormat;
  range: DayRange;
  group: string | null;
  language: LanguageCode;
}): string {
  const word = exportMessage(request.language, `exports.file.${request.kind}`);
  const group = request.group ? slug(request.group) : '';
  const extension = request.format === 'xlsx' ? 'xlsx' : 'csv';
  const { from, to } = request.range;
  return `accueil-${word}-${from}_${to}${group ? `-${group}` : ''}.${extension}`;
}
