// Messages of the console's roster and badges screens. The import's preview, the learners' list
// and the badges board speak the kiosk's words (features/roster.ts, features/badges.ts); these
// are what the console adds. French is the source.
const fr = {
  'console.roster.nav': 'Jeunes inscrits',
  'console.badges.nav': 'Badges',
  'console.roster.import.server':
    'Le fichier a été lu dans ce navigateur ; le serveur a préparé cet aperçu avec la liste du centre.',
  'console.roster.importing': 'Import en cours sur le serveur…',
  'console.roster.import.failed': 'L’import n’a pas abouti. {reason}',
  'console.roster.done.kiosks':
    'Les bornes reçoivent ces changements à leur prochaine synchronisation.',
  'console.roster.load-failed': 'La liste n’a pas pu être chargée. {reason}',
  'console.roster.retry': 'Réessayer',
  'console.roster.empty': 'Aucun jeune sur le serveur. Importez un fichier pour commencer.',
  'console.roster.saved': 'Fiche de {name} enregistrée sur le serveur.',
} as const;

type Key = keyof typeof fr;

export const consoleRosterMessages = {
  fr,
  nl: {
    'console.roster.nav': 'Ingeschreven jongeren',
    'console.badges.nav': 'Badges',
    'console.roster.import.server':
      'Het bestand is in deze browser gelezen; de server heeft dit voorbeeld gemaakt met de lijst van het centrum.',
    'console.roster.importing': 'Import bezig op de server…',
    'console.roster.import.failed': 'De import is niet gelukt. {reason}',
    'console.roster.done.kiosks':
      'De kiosken krijgen deze wijzigingen bij hun volgende synchronisatie.',
    'console.roster.load-failed': 'De lijst kon niet worden geladen. {reason}',
    'console.roster.retry': 'Opnieuw proberen',
    'console.roster.empty': 'Geen jongeren op de server. Importeer een bestand om te beginnen.',
    'console.roster.saved': 'Fiche van {name} opgeslagen op de server.',
  } satisfies Record<Key, string>,
  de: {
    'console.roster.nav': 'Angemeldete Jugendliche',
    'console.badges.nav': 'Ausweise',
    'console.roster.import.server':
      'Die Datei wurde in diesem Browser gelesen; der Server hat diese Vorschau mit der Liste des Zentrums erstellt.',
    'console.roster.importing': 'Import läuft auf dem Server…',
    'console.roster.import.failed': 'Der Import ist nicht gelungen. {reason}',
    'console.roster.done.kiosks':
      'Die Terminals erhalten diese Änderungen bei ihrer nächsten Synchronisierung.',
    'console.roster.load-failed': 'Die Liste konnte nicht geladen werden. {reason}',
    'console.roster.retry': 'Erneut versuchen',
    'console.roster.empty':
      'Keine Jugendlichen auf dem Server. Importieren Sie eine Datei, um zu beginnen.',
    'console.roster.saved': 'Eintrag von {name} auf dem Server gespeichert.',
  } satisfies Record<Key, string>,
  en: {
    'console.roster.nav': 'Learners',
    'console.badges.nav': 'Badges',
    'console.roster.import.server':
      'The file was read in this browser; the server made this preview against the centre’s roster.',
    'console.roster.importing': 'Importing on the server…',
    'console.roster.import.failed': 'The import did not go through. {reason}',
    'console.roster.done.kiosks': 'The kiosks get these changes at their next sync.',
    'console.roster.load-failed': 'The list could not be loaded. {reason}',
    'console.roster.retry': 'Try again',
    'console.roster.empty': 'No learners on the server. Import a file to begin.',
    'console.roster.saved': '{name}’s record saved on the server.',
  } satisfies Record<Key, string>,
};
