// Messages of reception by touch: reasons, undo, the idle warning. French is the source; the
// other languages must match it.
const fr = {
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
