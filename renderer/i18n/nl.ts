import type { MessageKey } from './fr';

export const nl = {
  'app.centre': 'TUMO Luik',
  'app.loading': 'Opstarten…',
  'language.label': 'Taal',
  'language.fr': 'Français',
  'language.nl': 'Nederlands',
  'language.de': 'Deutsch',
  'language.en': 'English',

  'idle.title': 'Welkom!',
  'idle.prompt': 'Toon je badge aan de camera',
  'idle.scanner': 'of houd hem voor de lezer',
  'camera.preview': 'Camerabeeld',

  'result.welcome.title': 'Hallo {name}!',
  'result.welcome.detail': 'Je aankomst is geregistreerd om {time}. Veel plezier!',
  'result.goodbye.title': 'Tot ziens {name}!',
  'result.goodbye.detail': 'Je vertrek is geregistreerd om {time}. Tot de volgende keer!',
  'result.already-in.title': 'Je bent er al, {name}!',
  'result.already-in.detail': 'Je aankomst werd geregistreerd om {time}.',
  'result.already-out.title': 'Vertrek al genoteerd, {name}',
  'result.already-out.detail': 'Je vertrek werd geregistreerd om {time}.',
  'result.unknown.title': 'Onbekende badge',
  'result.unknown.detail': 'Deze badge is hier nog niet bekend. Ga even naar het onthaal.',
  'result.revoked.title': 'Badge gedeactiveerd',
  'result.revoked.detail':
    'Deze badge is vervangen of gedeactiveerd. Vraag een nieuwe aan het onthaal.',
  'result.archived.title': 'Inschrijving niet actief',
  'result.archived.detail': 'Je inschrijving is niet meer actief. Ga even naar het onthaal.',
  'result.unreadable.title': 'Niet leesbaar',
  'result.unreadable.detail':
    'Deze code is geen TUMO-badge. Probeer opnieuw of ga naar het onthaal.',
  'result.error.title': 'Registratie mislukt',
  'result.error.detail':
    'Er is niets geregistreerd. Probeer opnieuw; lukt het niet, verwittig het onthaal.',

  'staff.camera.denied':
    'Camera geweigerd: de badgelezer werkt nog. Personeel: sta de camera toe voor deze toepassing.',
  'staff.camera.missing':
    'Geen camera gevonden: de badgelezer werkt nog. Personeel: sluit een webcam aan en herstart.',
  'staff.camera.error':
    'De camera reageert niet: de badgelezer werkt nog. Personeel: herstart de toepassing.',
  'staff.storage.quota':
    'De schijf van deze kiosk is vol: aanwezigheden kunnen niet meer worden opgeslagen. Personeel: maak ruimte vrij of verwittig de beheerder.',
  'staff.storage.backing-store':
    'De lokale database opent niet. Personeel: herstart de kiosk; blijft het probleem, verwittig de beheerder.',
  'staff.storage.unknown':
    'De lokale database heeft een probleem. Personeel: herstart de toepassing en verwittig de beheerder.',
  'staff.storage.not-persisted':
    'De browser heeft het bewaren van de gegevens van deze kiosk niet gegarandeerd.',

  'demo.title': 'Demobadges',
  'demo.hint': 'Toon een van deze badges aan de camera, of tik erop om de lezer na te bootsen.',
  'demo.scan': 'Badge van {name} scannen',
} as const satisfies Record<MessageKey, string>;
