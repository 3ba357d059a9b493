// Messages of the console's live presence and days (renderer/console/live). The printed roll
// call reuses the kiosk's own words (rollcall.*). French is the source; the others must match it.
const fr = {
  'console-live.nav': 'Présences',
  'console-live.days.nav': 'Journées',
  'console-live.heading':
    '{count, plural, =0 {Personne dans le bâtiment} one {# personne dans le bâtiment} other {# personnes dans le bâtiment}}',
  'console-live.summary':
    'Venus aujourd’hui : {present}. Toutes les bornes, mis à jour à {time} sans recharger la page.',
  'console-live.unlisted':
    '{count, plural, one {# personne présente n’est pas encore dans la liste des apprenants.} other {# personnes présentes ne sont pas encore dans la liste des apprenants.}}',
  'console-live.stale':
    'Le serveur ne répond plus depuis {time} : la liste n’est peut-être plus à jour. Nouvel essai automatique ; vérifiez la connexion si cela dure.',
  'console-live.loading': 'Chargement des présences…',
  'console-live.by-group': 'Dans le bâtiment, par groupe',
  'console-live.group-filter': 'Groupe affiché',
  'console-live.all-groups': 'Tous les groupes',
  'console-live.list': 'Personnes dans le bâtiment',
  'console-live.empty': 'Personne n’est enregistré dans le bâtiment pour l’instant.',
  'console-live.print': 'Imprimer l’appel d’évacuation',
  'console-live.where': 'Console du centre',
  'console-live.no-group': 'sans groupe',
  'console-live.days.heading': 'Présences du {date}',
  'console-live.days.pick': 'Jour',
  'console-live.days.show': 'Afficher',
  'console-live.days.totals':
    '{present, plural, =0 {Personne ce jour-là} one {# personne venue} other {# personnes venues}} · {arrivals, plural, one {# arrivée} other {# arrivées}} · {departures, plural, one {# départ} other {# départs}}',
  'console-live.days.list': 'Présences de la journée',
  'console-live.days.departure': 'Départ',
  'console-live.days.no-departure': 'sans départ enregistré',
  'console-live.days.empty': 'Aucune arrivée ni aucun départ ce jour-là.',
  'console-live.days.future':
    'Ce jour n’est pas encore passé : choisissez aujourd’hui ou un jour passé.',
} as const;

type Key = keyof typeof fr;

export const consoleLiveMessages = {
  fr,
  nl: {
    'console-live.nav': 'Aanwezigheden',
    'console-live.days.nav': 'Dagen',
    'console-live.heading':
      '{count, plural, =0 {Niemand in het gebouw} one {# persoon in het gebouw} other {# personen in het gebouw}}',
    'console-live.summary':
      'Vandaag gekomen: {present}. Alle kiosken, bijgewerkt om {time} zonder de pagina te herladen.',
    'console-live.unlisted':
      '{count, plural, one {# aanwezige persoon staat nog niet in de lijst van leerlingen.} other {# aanwezige personen staan nog niet in de lijst van leerlingen.}}',
    'console-live.stale':
      'De server antwoordt niet meer sinds {time}: de lijst is misschien niet meer actueel. Er wordt automatisch opnieuw geprobeerd; controleer de verbinding als dit blijft duren.',
    'console-live.loading': 'Aanwezigheden laden…',
    'console-live.by-group': 'In het gebouw, per groep',
    'console-live.group-filter': 'Getoonde groep',
    'console-live.all-groups': 'Alle groepen',
    'console-live.list': 'Personen in het gebouw',
    'console-live.empty': 'Er is op dit moment niemand in het gebouw geregistreerd.',
    'console-live.print': 'Evacuatie-appel afdrukken',
    'console-live.where': 'Console van het centrum',
    'console-live.no-group': 'zonder groep',
    'console-live.days.heading': 'Aanwezigheden van {date}',
    'console-live.days.pick': 'Dag',
    'console-live.days.show': 'Tonen',
    'console-live.days.totals':
      '{present, plural, =0 {Niemand die dag} one {# persoon gekomen} other {# personen gekomen}} · {arrivals, plural, one {# aankomst} other {# aankomsten}} · {departures, plural, one {# vertrek} other {# vertrekken}}',
    'console-live.days.list': 'Aanwezigheden van de dag',
    'console-live.days.departure': 'Vertrek',
    'console-live.days.no-departure': 'geen vertrek geregistreerd',
    'console-live.days.empty': 'Geen aankomsten of vertrekken die dag.',
    'console-live.days.future': 'Deze dag is nog niet voorbij: kies vandaag of een voorbije dag.',
  } satisfies Record<Key, string>,
  de: {
    'console-live.nav': 'Anwesenheit',
    'console-live.days.nav': 'Tage',
    'console-live.heading':
      '{count, plural, =0 {Niemand im Gebäude} one {# Person im Gebäude} other {# Personen im Gebäude}}',
    'console-live.summary':
      'Heute gekommen: {present}. Alle Kioske, aktualisiert um {time}, ohne die Seite neu zu laden.',
    'console-live.unlisted':
      '{count, plural, one {# anwesende Person steht noch nicht in der Liste der Lernenden.} other {# anwesende Personen stehen noch nicht in der Liste der Lernenden.}}',
    'console-live.stale':
      'Der Server antwortet seit {time} nicht mehr: Die Liste ist vielleicht nicht mehr aktuell. Es wird automatisch erneut versucht; prüfen Sie die Verbindung, wenn es andauert.',
    'console-live.loading': 'Anwesenheit wird geladen…',
    'console-live.by-group': 'Im Gebäude, nach Gruppe',
    'console-live.group-filter': 'Angezeigte Gruppe',
    'console-live.all-groups': 'Alle Gruppen',
    'console-live.list': 'Personen im Gebäude',
    'console-live.empty': 'Im Moment ist niemand im Gebäude erfasst.',
    'console-live.print': 'Evakuierungsliste drucken',
    'console-live.where': 'Konsole des Zentrums',
    'console-live.no-group': 'ohne Gruppe',
    'console-live.days.heading': 'Anwesenheit am {date}',
    'console-live.days.pick': 'Tag',
    'console-live.days.show': 'Anzeigen',
    'console-live.days.totals':
      '{present, plural, =0 {Niemand an diesem Tag} one {# Person gekommen} other {# Personen gekommen}} · {arrivals, plural, one {# Ankunft} other {# Ankünfte}} · {departures, plural, one {# Abgang} other {# Abgänge}}',
    'console-live.days.list': 'Anwesenheit des Tages',
    'console-live.days.departure': 'Abgang',
    'console-live.days.no-departure': 'kein Abgang erfasst',
    'console-live.days.empty': 'An diesem Tag keine Ankünfte und keine Abgänge.',
    'console-live.days.future':
      'Dieser Tag ist noch nicht vorbei: Wählen Sie heute oder einen vergangenen Tag.',
  } satisfies Record<Key, string>,
  en: {
    'console-live.nav': 'Attendance',
    'console-live.days.nav': 'Days',
    'console-live.heading':
      '{count, plural, =0 {Nobody in the building} one {# person in the building} other {# people in the building}}',
    'console-live.summary':
      'Came today: {present}. Every kiosk, updated at {time} without reloading the page.',
    'console-live.unlisted':
      '{count, plural, one {# person present is not on the learners’ list yet.} other {# people present are not on the learners’ list yet.}}',
    'console-live.stale':
      'The server has not answered since {time}: the list may be out of date. Retrying automatically; check the connection if this lasts.',
    'console-live.loading': 'Loading attendance…',
    'console-live.by-group': 'In the building, by group',
    'console-live.group-filter': 'Group shown',
    'console-live.all-groups': 'All groups',
    'console-live.list': 'People in the building',
    'console-live.empty': 'Nobody is recorded in the building at the moment.',
    'console-live.print': 'Print the evacuation roll call',
    'console-live.where': 'Centre console',
    'console-live.no-group': 'no group',
    'console-live.days.heading': 'Attendance on {date}',
    'console-live.days.pick': 'Day',
    'console-live.days.show': 'Show',
    'console-live.days.totals':
      '{present, plural, =0 {Nobody that day} one {# person came} other {# people came}} · {arrivals, plural, one {# arrival} other {# arrivals}} · {departures, plural, one {# departure} other {# departures}}',
    'console-live.days.list': 'The day’s attendance',
    'console-live.days.departure': 'Departure',
    'console-live.days.no-departure': 'no departure recorded',
    'console-live.days.empty': 'No arrivals or departures that day.',
    'console-live.days.future': 'This day has not happened yet: choose today or a past day.',
  } satisfies Record<Key, string>,
};
