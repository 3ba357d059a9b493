// Messages of reception by touch: reasons, undo, the idle warning, scans needing help. French is the source; the
// other languages must match it.
const fr = {
  'help.title': 'Passages à régler : {count}',
  'help.unknown': '{time} — badge inconnu de ce poste',
  'help.revoked': '{time} — badge désactivé de {name}',
  'help.archived': '{time} — badge de {name}, inscription archivée',
  'help.link': 'Lier à un jeune',
  'help.dismiss': 'Ignorer',
  'help.linking': 'Choisissez le jeune à qui donner ce badge.',
  'help.link-here': 'Lui donner ce badge',
  'help.linked': 'Le badge scanné est maintenant celui de {name}.',
  'help.link-refused':
    'Ce badge n’a pas été lié : il est déjà connu, ou cette inscription n’est pas active.',
  'reason.back': 'Retour',
  'reason.undo.check-in': 'Annuler cette arrivée',
  'reason.undo.check-out': 'Annuler ce départ',
  'reason.void.wrong-person': 'Erreur de personne',
  'reason.void.scanned-twice': 'Scanné deux fois',
  'reason.void.test': 'Test',
  'reason.void.other': 'Autre',
  'reason.void.text': 'Précisez (facultatif)',
  'reason.void.immediate': 'Annulé aussitôt, depuis la confirmation',
  'reason.with-text': '{reason} : {text}',
  'reason.choose': 'Choisissez une raison.',
  'idle.warning':
    'Sans activité, le mode personnel se verrouille dans {seconds, plural, one {# seconde} other {# secondes}}.',
  'idle.stay': 'Rester connecté',
} as const;

type Key = keyof typeof fr;

const nl = {
  'help.title': 'Te regelen scans: {count}',
  'help.unknown': '{time} — badge onbekend op deze kiosk',
  'help.revoked': '{time} — gedeactiveerde badge van {name}',
  'help.archived': '{time} — badge van {name}, inschrijving gearchiveerd',
  'help.link': 'Aan een jongere koppelen',
  'help.dismiss': 'Negeren',
  'help.linking': 'Kies de jongere die deze badge krijgt.',
  'help.link-here': 'Deze badge geven',
  'help.linked': 'De gescande badge is nu die van {name}.',
  'help.link-refused':
    'Deze badge is niet gekoppeld: hij is al bekend, of deze inschrijving is niet actief.',
  'reason.back': 'Terug',
  'reason.undo.check-in': 'Deze aankomst annuleren',
  'reason.undo.check-out': 'Dit vertrek annuleren',
  'reason.void.wrong-person': 'Verkeerde persoon',
  'reason.void.scanned-twice': 'Twee keer gescand',
  'reason.void.test': 'Test',
  'reason.void.other': 'Andere',
  'reason.void.text': 'Toelichting (niet verplicht)',
  'reason.void.immediate': 'Meteen geannuleerd, vanuit de bevestiging',
  'reason.with-text': '{reason}: {text}',
  'reason.choose': 'Kies een reden.',
  'idle.warning':
    'Zonder activiteit vergrendelt de personeelsmodus over {seconds, plural, one {# seconde} other {# seconden}}.',
  'idle.stay': 'Aangemeld blijven',
} satisfies Record<Key, string>;

const de = {
  'help.title': 'Zu klärende Scans: {count}',
  'help.unknown': '{time} — Ausweis auf diesem Gerät unbekannt',
  'help.revoked': '{time} — gesperrter Ausweis von {name}',
  'help.archived': '{time} — Ausweis von {name}, Anmeldung archiviert',
  'help.link': 'Einer Person zuordnen',
  'help.dismiss': 'Ignorieren',
  'help.linking': 'Wählen Sie die Person, die diesen Ausweis bekommt.',
  'help.link-here': 'Diesen Ausweis geben',
  'help.linked': 'Der gescannte Ausweis gehört jetzt {name}.',
  'help.link-refused':
    'Dieser Ausweis wurde nicht zugeordnet: Er ist schon bekannt, oder die Anmeldung ist nicht aktiv.',
  'reason.back': 'Zurück',
  'reason.undo.check-in': 'Diese Ankunft zurücknehmen',
  'reason.undo.check-out': 'Diesen Abgang zurücknehmen',
  'reason.void.wrong-person': 'Falsche Person',
  'reason.void.scanned-twice': 'Doppelt gescannt',
  'reason.void.test': 'Test',
  'reason.void.other': 'Anderes',
  'reason.void.text': 'Genauer (freiwillig)',
  'reason.void.immediate': 'Sofort zurückgenommen, aus der Bestätigung',
  'reason.with-text': '{reason}: {text}',
  'reason.choose': 'Bitte einen Grund wählen.',
  'idle.warning':
    'Ohne Aktivität sperrt sich der Personalmodus in {seconds, plural, one {# Sekunde} other {# Sekunden}}.',
  'idle.stay': 'Angemeldet bleiben',
} satisfies Record<Key, string>;

const en = {
  'help.title': 'Scans to sort out: {count}',
  'help.unknown': '{time} — badge unknown to this kiosk',
  'help.revoked': '{time} — {name}’s deactivated badge',
  'help.archived': '{time} — {name}’s badge, enrolment archived',
  'help.link': 'Link to a learner',
  'help.dismiss': 'Dismiss',
  'help.linking': 'Choose the learner who gets this badge.',
  'help.link-here': 'Give them this badge',
  'help.linked': 'The scanned badge is now {name}’s.',
  'help.link-refused':
    'This badge was not linked: it is already known, or this enrolment is not active.',
  'reason.back': 'Back',
  'reason.undo.check-in': 'Cancel this check-in',
  'reason.undo.check-out': 'Cancel this check-out',
  'reason.void.wrong-person': 'Wrong person',
  'reason.void.scanned-twice': 'Scanned twice',
  'reason.void.test': 'Test',
  'reason.void.other': 'Other',
  'reason.void.text': 'Details (optional)',
  'reason.void.immediate': 'Cancelled at once, from the confirmation',
  'reason.with-text': '{reason}: {text}',
  'reason.choose': 'Choose a reason.',
  'idle.warning':
    'With no activity, staff mode locks in {seconds, plural, one {# second} other {# seconds}}.',
  'idle.stay': 'Stay signed in',
} satisfies Record<Key, string>;

export const receptionMessages = { fr, nl, de, en };
