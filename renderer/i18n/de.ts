import type { MessageKey } from './fr';

export const de = {
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
  'camera.preview': 'Kamerabild',

  'result.welcome.title': 'Hallo {name}!',
  'result.welcome.detail': 'Deine Ankunft wurde um {time} erfasst. Viel Spaß!',
  'result.goodbye.title': 'Tschüss {name}!',
  'result.goodbye.detail': 'Dein Aufbruch wurde um {time} erfasst. Bis bald!',
  'result.already-in.title': 'Du bist schon da, {name}!',
  'result.already-in.detail': 'Deine Ankunft wurde um {time} erfasst.',
  'result.already-out.title': 'Aufbruch schon erfasst, {name}',
  'result.already-out.detail': 'Dein Aufbruch wurde um {time} erfasst.',
  'result.unknown.title': 'Unbekannter Ausweis',
  'result.unknown.detail': 'Dieser Ausweis ist hier noch nicht bekannt. Geh bitte zum Empfang.',
  'result.revoked.title': 'Ausweis gesperrt',
  'result.revoked.detail':
    'Dieser Ausweis wurde ersetzt oder gesperrt. Hol dir am Empfang einen neuen.',
  'result.archived.title': 'Anmeldung nicht aktiv',
  'result.archived.detail': 'Deine Anmeldung ist nicht mehr aktiv. Geh bitte zum Empfang.',
  'result.unreadable.title': 'Nicht lesbar',
  'result.unreadable.detail':
    'Dieser Code ist kein TUMO-Ausweis. Versuch es noch einmal oder geh zum Empfang.',
  'result.error.title': 'Erfassung fehlgeschlagen',
  'result.error.detail':
    'Nichts wurde gespeichert. Versuch es noch einmal; sonst sag dem Empfang Bescheid.',

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
} as const satisfies Record<MessageKey, string>;
