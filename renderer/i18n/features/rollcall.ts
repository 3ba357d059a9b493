// Messages of the evacuation roll call's ticks and of its printed sheet (the screen's first
// messages, title and columns, are in staff.ts). French is the source; the others must match it.
const fr = {
  'rollcall.missing':
    '{missing, plural, one {# personne à retrouver} other {# personnes à retrouver}} sur {count}',
  'rollcall.all-found': 'Tout le monde est retrouvé ({count}).',
  'rollcall.hint':
    'Touchez un nom dès que la personne est retrouvée. Les coches restent jusqu’à la fermeture de l’appel.',
  'rollcall.list': 'Personnes dans le bâtiment',
  'rollcall.arrived-at': 'arrivée à {time}',
  'rollcall.groups': 'Groupes',
  'rollcall.by-group': 'Par groupe : {list}',
  'rollcall.end': 'Fermer l’appel',
  'rollcall.end.title': 'Fermer l’appel ?',
  'rollcall.end.text':
    '{count, plural, one {# coche sera effacée} other {# coches seront effacées}}. Imprimez la liste avant si vous en avez besoin.',
  'rollcall.page': 'Page',
} as const;

type Key = keyof typeof fr;

export const rollcallMessages = {
  fr,
  nl: {
    'rollcall.missing':
      '{missing, plural, one {# persoon te vinden} other {# personen te vinden}} van {count}',
    'rollcall.all-found': 'Iedereen is gevonden ({count}).',
    'rollcall.hint':
      'Tik op een naam zodra de persoon gevonden is. De vinkjes blijven tot het appel wordt gesloten.',
    'rollcall.list': 'Personen in het gebouw',
    'rollcall.arrived-at': 'aangekomen om {time}',
    'rollcall.groups': 'Groepen',
    'rollcall.by-group': 'Per groep: {list}',
    'rollcall.end': 'Appel sluiten',
    'rollcall.end.title': 'Appel sluiten?',
    'rollcall.end.text':
      '{count, plural, one {# vinkje wordt gewist} other {# vinkjes worden gewist}}. Druk de lijst eerst af als je die nodig hebt.',
    'rollcall.page': 'Pagina',
  } satisfies Record<Key, string>,
  de: {
    'rollcall.missing':
      '{missing, plural, one {# Person zu finden} other {# Personen zu finden}} von {count}',
    'rollcall.all-found': 'Alle sind gefunden ({count}).',
    'rollcall.hint':
      'Tippen Sie auf einen Namen, sobald die Person gefunden ist. Die Haken bleiben, bis die Liste geschlossen wird.',
    'rollcall.list': 'Personen im Gebäude',
    'rollcall.arrived-at': 'angekommen um {time}',
    'rollcall.groups': 'Gruppen',
    'rollcall.by-group': 'Nach Gruppe: {list}',
    'rollcall.end': 'Liste schließen',
    'rollcall.end.title': 'Liste schließen?',
    'rollcall.end.text':
      '{count, plural, one {# Haken wird gelöscht} other {# Haken werden gelöscht}}. Drucken Sie die Liste vorher, wenn Sie sie brauchen.',
    'rollcall.page': 'Seite',
  } satisfies Record<Key, string>,
  en: {
    'rollcall.missing':
      '{missing, plural, one {# person to find} other {# people to find}} of {count}',
    'rollcall.all-found': 'Everyone is found ({count}).',
    'rollcall.hint':
      'Tap a name as soon as the person is found. The ticks stay until the roll call is closed.',
    'rollcall.list': 'People in the building',
    'rollcall.arrived-at': 'arrived at {time}',
    'rollcall.groups': 'Groups',
    'rollcall.by-group': 'By group: {list}',
    'rollcall.end': 'Close the roll call',
    'rollcall.end.title': 'Close the roll call?',
    'rollcall.end.text':
      '{count, plural, one {# tick will be cleared} other {# ticks will be cleared}}. Print the list first if you need it.',
    'rollcall.page': 'Page',
  } satisfies Record<Key, string>,
};
