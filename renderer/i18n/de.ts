import type { MessageKey } from './fr';
import { rosterMessages } from './features/roster';
import { badgesMessages } from './features/badges';
import { exportsMessages } from './features/exports';
import { reportsMessages } from './features/reports';
import { settingsMessages } from './features/settings';
import { syncMessages } from './features/sync';
import { shellMessages } from './features/shell';
import { scansMessages } from './features/scans';

const core = {
  'app.centre': 'TUMO Lüttich',
  'app.loading': 'Wird gestartet…',
  'language.label': 'Sprache',
  'language.fr': 'Français',
  'language.nl': 'Nederlands',
  'language.de': 'Deutsch',
  'language.en': 'English',

  'idle.title': 'Willkommen!',
  'idle.prompt': 'Zeig deinen Ausweis der Kamera',
  'idle.scanner': 'oder halte ihn vor den Leser',
  'idle.reader.prompt': 'Halte deinen Ausweis vor den Leser',
  'idle.reader.hint': 'Der Ausweisleser steht bei diesem Bildschirm.',
  'camera.preview': 'Kamerabild',

  'result.welcome.title': 'Hallo {name}!',
  'result.welcome.detail': 'Deine Ankunft wurde um {time} erfasst. Viel Spaß!',
  'result.goodbye.title': 'Tschüss {name}!',
  'result.goodbye.detail': 'Dein Aufbruch wurde um {time} erfasst. Bis bald!',
  'result.already-in.title': 'Du bist schon da, {name}!',
  'result.already-in.detail': 'Deine Ankunft wurde um {time} erfasst.',
  'result.already-out.title': 'Aufbruch schon erfasst, {name}',
  'result.already-out.detail': 'Dein Aufbruch wurde um {time} erfasst.',
  'result.repeat.session.title': 'Viel Spaß heute, {name}!',
  'result.repeat.evening.title': 'Schönen Abend, {name}!',
  'result.unknown.title': 'Unbekannter Ausweis',
  'result.unknown.detail': 'Dieser Ausweis ist hier noch nicht bekannt: der Empfang kümmert sich.',
  'result.revoked.title': 'Ausweis gesperrt',
  'result.revoked.detail':
    'Dieser Ausweis wurde ersetzt oder gesperrt: am Empfang bekommst du einen neuen.',
  'result.archived.title': 'Anmeldung nicht aktiv',
  'result.archived.detail': 'Deine Anmeldung ist nicht mehr aktiv: der Empfang hilft dir weiter.',
  'result.unreadable.title': 'Nicht lesbar',
  'result.unreadable.detail': 'Dieser Code ist kein TUMO-Ausweis, oder er wurde falsch gelesen.',
  'result.hint.title': 'Kipp deinen Ausweis ein wenig',
  'result.hint.detail':
    'Die Kamera sieht deinen Ausweis, kann ihn aber nicht lesen (Spiegelung oder Unschärfe). Halte ihn ruhig, ohne Spiegelung.',
  'result.error.title': 'Erfassung fehlgeschlagen',
  'result.error.detail':
    'Nichts wurde gespeichert. Klappt es wieder nicht, sag dem Empfang Bescheid.',
  'result.action.retry': 'Versuch es noch einmal',
  'result.action.reception': 'Geh bitte zum Empfang',

  'staff.camera.denied':
    'Kamera verweigert: der Ausweisleser funktioniert weiter. Personal: Kamera für diese Anwendung erlauben.',
  'staff.camera.missing':
    'Keine Kamera gefunden: der Ausweisleser funktioniert weiter. Personal: Webcam anschließen und neu starten.',
  'staff.camera.error':
    'Die Kamera antwortet nicht: der Ausweisleser funktioniert weiter. Personal: Anwendung neu starten.',
  'staff.storage.quota':
    'Der Datenträger dieses Terminals ist voll: Anwesenheiten können nicht mehr gespeichert werden. Personal: Platz schaffen oder den Administrator informieren.',
  'staff.storage.backing-store':
    'Die lokale Datenbank lässt sich nicht öffnen. Personal: Terminal neu starten; bleibt das Problem, den Administrator informieren.',
  'staff.storage.unknown':
    'Die lokale Datenbank hat ein Problem. Personal: Anwendung neu starten und den Administrator informieren.',
  'staff.storage.not-persisted':
    'Der Browser hat die dauerhafte Speicherung der Daten dieses Terminals nicht zugesichert.',

  'demo.title': 'Demo-Ausweise',
  'demo.hint':
    'Zeig einen dieser Ausweise der Kamera oder tippe darauf, um den Leser zu simulieren.',
  'demo.scan': 'Ausweis von {name} scannen',
  'staff.open': 'Personal',
  'staff.back': 'Zurück zum Empfangsbildschirm',
  'staff.lock': 'Sperren',
  'staff.kiosk': 'Terminal: {name}',
  'staff.who': 'Wer bist du?',
  'staff.pin.title': 'PIN von {name}',
  'staff.pin.label': 'PIN',
  'staff.pin.digit': 'Ziffer {digit}',
  'staff.pin.erase': 'Letzte Ziffer löschen',
  'staff.pin.submit': 'Bestätigen',
  'staff.pin.change-person': 'Andere Person',
  'staff.pin.checking': 'Wird geprüft…',
  'staff.pin.wrong':
    'Falsche PIN. Noch {left, plural, one {# Versuch} other {# Versuche}} bis zur vorübergehenden Sperre.',
  'staff.pin.locked':
    'Zu viele Fehlversuche: in {seconds} s erneut versuchen. Vergessen? Bitte eine Administratorin oder einen Administrator um einen neuen Code.',
  'staff.first.title': 'Erster Start: Administratorkonto anlegen',
  'staff.first.hint':
    'Dieses Terminal hat noch kein Personal. Es gibt keinen Standardcode: wähle einen mit mindestens 6 Ziffern.',
  'staff.first.name': 'Dein Name',
  'staff.first.pin': 'PIN (mindestens 6 Ziffern)',
  'staff.first.confirm': 'PIN bestätigen',
  'staff.first.create': 'Konto anlegen',
  'staff.first.creating': 'Wird angelegt… (Code wird gesichert)',
  'staff.first.name-missing': 'Bitte Namen angeben.',
  'staff.first.mismatch':
    'Die beiden Codes stimmen nicht überein: bitte denselben Code zweimal eingeben.',
  'staff.pin.too-short': 'Der Code braucht mindestens 6 Ziffern.',
  'staff.pin.too-long': 'Der Code darf höchstens 12 Ziffern haben.',
  'staff.pin.not-digits': 'Der Code darf nur Ziffern enthalten.',
  'staff.pin.too-simple': 'Dieser Code ist zu leicht zu erraten. Wähle einen anderen.',
  'staff.role.admin': 'Administrator',
  'staff.role.reception': 'Empfang',
  'staff.error':
    'Die Aktion konnte nicht gespeichert werden. Erneut versuchen; sonst das Terminal neu starten.',
  'reception.title': 'Empfang — heute',
  'reception.search': 'Jugendliche suchen (Vorname, Name oder Nummer)',
  'reception.no-results': 'Niemand passt zu „{query}“.',
  'reception.tab.in': 'Im Gebäude ({count})',
  'reception.tab.left': 'Gegangen ({count})',
  'reception.tab.unseen': 'Noch nicht gesehen ({count})',
  'reception.more': '{count} weitere: Suche verfeinern.',
  'reception.show-more': '{count} weitere anzeigen',
  'reception.status.in': 'Angekommen um {time} ({method})',
  'reception.status.left': 'Gegangen um {time} (angekommen um {arrival})',
  'reception.status.closed': 'Gegangen bei Schließung, {time} (angekommen um {arrival})',
  'reception.status.unseen': 'Heute noch nicht gesehen',
  'reception.status.archived': 'Anmeldung archiviert',
  'reception.check-in': 'Ankunft erfassen',
  'reception.check-out': 'Aufbruch erfassen',
  'reception.undo': 'Letzte Erfassung zurücknehmen',
  'reception.done.check-in': 'Ankunft von {name} erfasst.',
  'reception.done.check-out': 'Aufbruch von {name} erfasst.',
  'reception.done.void': 'Erfassung von {name} zurückgenommen.',
  'reason.title.check-in': 'Ankunft von {name}: warum von Hand?',
  'reason.title.check-out': 'Aufbruch von {name}: warum von Hand?',
  'reason.title.void': '„{what}“ von {name} zurücknehmen',
  'reason.text': 'Erläuterung',
  'reason.void-text': 'Grund der Rücknahme',
  'reason.required': 'Bitte einen Grund angeben.',
  'reason.confirm': 'Bestätigen',
  'reason.cancel': 'Abbrechen',
  'what.check-in': 'Ankunft um {time}',
  'what.check-out': 'Aufbruch um {time}',
  'rollcall.open': 'Evakuierungsliste',
  'rollcall.title': 'Im Gebäude: {count}',
  'rollcall.at': 'Liste erstellt am {date} um {time}',
  'rollcall.print': 'Drucken',
  'rollcall.close': 'Schließen',
  'rollcall.name': 'Name',
  'rollcall.arrived': 'Ankunft',
  'rollcall.present': 'Anwesend',
  'rollcall.empty': 'Niemand ist im Gebäude erfasst.',
  'nav.reception': 'Empfang heute',
  'nav.roster': 'Jugendliche',
  'nav.badges': 'Ausweise',
  'nav.exports': 'Exporte',
  'nav.reports': 'Berichte',
  'nav.settings': 'Einstellungen und Personal',
  'nav.label': 'Bereiche des Personalmodus',
  'admin.only':
    'Dieser Bereich ist Administratoren vorbehalten. Bitte eine Administratorin oder einen Administrator fragen.',
  'reception.reprint': 'Ausweis neu drucken',
  'reception.reprinted': 'Ausweis von {name} wird gedruckt.',
  'reception.no-badge':
    '{name} hat keinen aktiven Ausweis: eine Administratorin oder ein Administrator kann einen ausstellen (Bereich Ausweise).',
  'reception.print-failed': 'Der Druck ist fehlgeschlagen. Drucker prüfen und erneut versuchen.',
} as const;

export const de = {
  ...core,
  ...rosterMessages.de,
  ...badgesMessages.de,
  ...exportsMessages.de,
  ...reportsMessages.de,
  ...settingsMessages.de,
  ...syncMessages.de,
  ...shellMessages.de,
  ...scansMessages.de,
} satisfies Record<MessageKey, string>;
