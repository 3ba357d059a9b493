// Messages of the scan notice staff see when a badge is scanned while staff mode is open.
// French is the source; the other languages must match it.
const fr = {
  'scan.welcome': 'Badge scanné : arrivée de {name} à {time}.',
  'scan.goodbye': 'Badge scanné : départ de {name} à {time}.',
  'scan.already-in':
    'Badge scanné : {name} est déjà arrivé·e, à {time}. Rien de plus n’est enregistré.',
  'scan.already-out':
    'Badge scanné : le départ de {name} est déjà noté, à {time}. Rien de plus n’est enregistré.',
  'scan.unknown':
    'Badge inconnu scanné à {time} : il n’est pas dans la liste de ce poste. Demandez son nom au jeune et enregistrez son passage à la main.',
  'scan.revoked':
    'Badge désactivé de {name} scanné à {time} : rien n’est enregistré. Réimprimez son badge actuel.',
  'scan.archived':
    'Badge de {name} scanné à {time} : son inscription est archivée, rien n’est enregistré.',
  'scan.unreadable':
    'Code illisible scanné à {time} : ce n’est pas un badge TUMO, rien n’est enregistré.',
  'scan.nameless': '(nom inconnu)',
} as const;

type Key = keyof typeof fr;

export const scansMessages = {
  fr,
  nl: {
    'scan.welcome': 'Badge gescand: {name} aangekomen om {time}.',
    'scan.goodbye': 'Badge gescand: {name} vertrokken om {time}.',
    'scan.already-in':
      'Badge gescand: {name} is al aangekomen, om {time}. Er wordt niets meer geregistreerd.',
    'scan.already-out':
      'Badge gescand: het vertrek van {name} is al genoteerd, om {time}. Er wordt niets meer geregistreerd.',
    'scan.unknown':
      'Onbekende badge gescand om {time}: hij staat niet in de lijst van deze zuil. Vraag de jongere naar zijn naam en registreer de doorgang met de hand.',
    'scan.revoked':
      'Gedeactiveerde badge van {name} gescand om {time}: er is niets geregistreerd. Druk de huidige badge opnieuw af.',
    'scan.archived':
      'Badge van {name} gescand om {time}: de inschrijving is gearchiveerd, er is niets geregistreerd.',
    'scan.unreadable':
      'Onleesbare code gescand om {time}: dit is geen TUMO-badge, er is niets geregistreerd.',
    'scan.nameless': '(naam onbekend)',
  } satisfies Record<Key, string>,
  de: {
    'scan.welcome': 'Ausweis gescannt: {name} angekommen um {time}.',
    'scan.goodbye': 'Ausweis gescannt: {name} gegangen um {time}.',
    'scan.already-in':
      'Ausweis gescannt: {name} ist schon da, seit {time}. Es wird nichts weiter erfasst.',
    'scan.already-out':
      'Ausweis gescannt: Der Abgang von {name} ist schon erfasst, um {time}. Es wird nichts weiter erfasst.',
    'scan.unknown':
      'Unbekannter Ausweis um {time} gescannt: Er steht nicht in der Liste dieses Terminals. Fragen Sie den Jugendlichen nach seinem Namen und erfassen Sie den Besuch von Hand.',
    'scan.revoked':
      'Deaktivierter Ausweis von {name} um {time} gescannt: Es wurde nichts erfasst. Drucken Sie den aktuellen Ausweis neu.',
    'scan.archived':
      'Ausweis von {name} um {time} gescannt: Die Anmeldung ist archiviert, es wurde nichts erfasst.',
    'scan.unreadable':
      'Unlesbarer Code um {time} gescannt: Das ist kein TUMO-Ausweis, es wurde nichts erfasst.',
    'scan.nameless': '(Name unbekannt)',
  } satisfies Record<Key, string>,
  en: {
    'scan.welcome': 'Badge scanned: {name} arrived at {time}.',
    'scan.goodbye': 'Badge scanned: {name} left at {time}.',
    'scan.already-in':
      'Badge scanned: {name} already arrived, at {time}. Nothing more is recorded.',
    'scan.already-out': 'Badge scanned: {name} already left, at {time}. Nothing more is recorded.',
    'scan.unknown':
      'Unknown badge scanned at {time}: it is not in this kiosk’s list. Ask the learner their name and record their visit by hand.',
    'scan.revoked':
      'Deactivated badge of {name} scanned at {time}: nothing was recorded. Reprint their current badge.',
    'scan.archived':
      'Badge of {name} scanned at {time}: their enrolment is archived, nothing was recorded.',
    'scan.unreadable':
      'Unreadable code scanned at {time}: it is not a TUMO badge, nothing was recorded.',
    'scan.nameless': '(name unknown)',
  } satisfies Record<Key, string>,
};
