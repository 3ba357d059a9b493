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
  'idle.reader.prompt': 'Houd je badge voor de lezer',
  'idle.reader.hint': 'De badgelezer staat bij dit scherm.',
  'camera.preview': 'Camerabeeld',

  'result.welcome.title': 'Hallo {name}!',
  'result.welcome.detail': 'Je aankomst is geregistreerd om {time}. Veel plezier!',
  'result.goodbye.title': 'Tot ziens {name}!',
  'result.goodbye.detail': 'Je vertrek is geregistreerd om {time}. Tot de volgende keer!',
  'result.already-in.title': 'Je bent er al, {name}!',
  'result.already-in.detail': 'Je aankomst werd geregistreerd om {time}.',
  'result.already-out.title': 'Vertrek al genoteerd, {name}',
  'result.already-out.detail': 'Je vertrek werd geregistreerd om {time}.',
  'result.repeat.session.title': 'Fijne sessie, {name}!',
  'result.repeat.evening.title': 'Fijne avond, {name}!',
  'result.unknown.title': 'Onbekende badge',
  'result.unknown.detail': 'Deze badge is hier nog niet bekend: het onthaal regelt het.',
  'result.revoked.title': 'Badge gedeactiveerd',
  'result.revoked.detail':
    'Deze badge is vervangen of gedeactiveerd: aan het onthaal krijg je een nieuwe.',
  'result.archived.title': 'Inschrijving niet actief',
  'result.archived.detail': 'Je inschrijving is niet meer actief: het onthaal helpt je verder.',
  'result.unreadable.title': 'Niet leesbaar',
  'result.unreadable.detail': 'Deze code is geen TUMO-badge, of hij werd slecht gelezen.',
  'result.hint.title': 'Kantel je badge een beetje',
  'result.hint.detail':
    'De camera ziet je badge maar kan hem niet lezen (weerspiegeling of onscherp). Houd hem stil, zonder weerspiegeling.',
  'result.error.title': 'Registratie mislukt',
  'result.error.detail':
    'Er is niets geregistreerd. Lukt het weer niet, verwittig dan het onthaal.',
  'result.action.retry': 'Probeer opnieuw',
  'result.action.reception': 'Ga naar het onthaal',

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
  'staff.open': 'Personeel',
  'staff.back': 'Terug naar het onthaalscherm',
  'staff.lock': 'Vergrendelen',
  'staff.kiosk': 'Zuil: {name}',
  'staff.who': 'Wie ben je?',
  'staff.pin.title': 'Pincode van {name}',
  'staff.pin.label': 'Pincode',
  'staff.pin.digit': 'Cijfer {digit}',
  'staff.pin.erase': 'Laatste cijfer wissen',
  'staff.pin.submit': 'Bevestigen',
  'staff.pin.change-person': 'Iemand anders',
  'staff.pin.checking': 'Controleren…',
  'staff.pin.wrong':
    'Verkeerde pincode. Nog {left, plural, one {# poging} other {# pogingen}} voor een tijdelijke blokkering.',
  'staff.pin.locked':
    'Te veel foute pogingen: probeer opnieuw over {seconds} s. Vergeten? Vraag een beheerder om je code te herstellen.',
  'staff.first.title': 'Eerste start: maak de beheerdersaccount aan',
  'staff.first.hint':
    'Deze kiosk heeft nog geen personeel. Er is geen standaardcode: kies er een van 6 cijfers of meer.',
  'staff.first.name': 'Je naam',
  'staff.first.pin': 'Pincode (6 cijfers of meer)',
  'staff.first.confirm': 'Bevestig de pincode',
  'staff.first.create': 'Account aanmaken',
  'staff.first.creating': 'Aanmaken… (code beveiligen)',
  'staff.first.name-missing': 'Vul je naam in.',
  'staff.first.mismatch': 'De twee codes zijn niet gelijk: typ twee keer dezelfde code.',
  'staff.pin.too-short': 'De code moet minstens 6 cijfers hebben.',
  'staff.pin.too-long': 'De code mag hoogstens 12 cijfers hebben.',
  'staff.pin.not-digits': 'De code mag alleen cijfers bevatten.',
  'staff.pin.too-simple': 'Deze code is te makkelijk te raden. Kies een andere.',
  'staff.role.admin': 'Beheerder',
  'staff.role.reception': 'Onthaal',
  'staff.error':
    'De actie kon niet worden opgeslagen. Probeer opnieuw; blijft het mislukken, herstart de kiosk.',
  'reception.title': 'Onthaal — vandaag',
  'reception.search': 'Zoek een jongere (voornaam, naam of nummer)',
  'reception.no-results': 'Geen jongere gevonden voor ‘{query}’.',
  'reception.tab.in': 'In het gebouw ({count})',
  'reception.tab.left': 'Vertrokken ({count})',
  'reception.tab.unseen': 'Nog niet gezien ({count})',
  'reception.more': 'Nog {count}: verfijn de zoekopdracht.',
  'reception.show-more': 'Nog {count} tonen',
  'reception.status.in': 'Aangekomen om {time} ({method})',
  'reception.status.left': 'Vertrokken om {time} (aangekomen om {arrival})',
  'reception.status.closed': 'Vertrokken bij sluiting, {time} (aangekomen om {arrival})',
  'reception.status.unseen': 'Vandaag nog niet gezien',
  'reception.status.archived': 'Inschrijving gearchiveerd',
  'reception.check-in': 'Aankomst registreren',
  'reception.check-out': 'Vertrek registreren',
  'reception.undo': 'Laatste registratie ongedaan maken',
  'reception.done.check-in': 'Aankomst van {name} geregistreerd.',
  'reception.done.check-out': 'Vertrek van {name} geregistreerd.',
  'reception.done.void': 'Registratie van {name} ongedaan gemaakt.',
  'reason.title.check-in': 'Aankomst van {name}: waarom manueel?',
  'reason.title.check-out': 'Vertrek van {name}: waarom manueel?',
  'reason.title.void': '‘{what}’ van {name} ongedaan maken',
  'reason.text': 'Toelichting',
  'reason.void-text': 'Reden van de annulering',
  'reason.required': 'Geef een reden op.',
  'reason.confirm': 'Bevestigen',
  'reason.cancel': 'Annuleren',
  'what.check-in': 'aankomst om {time}',
  'what.check-out': 'vertrek om {time}',
  'rollcall.open': 'Evacuatie-appel',
  'rollcall.title': 'In het gebouw: {count}',
  'rollcall.at': 'Lijst opgemaakt op {date} om {time}',
  'rollcall.print': 'Afdrukken',
  'rollcall.close': 'Sluiten',
  'rollcall.name': 'Naam',
  'rollcall.arrived': 'Aankomst',
  'rollcall.present': 'Aanwezig',
  'rollcall.empty': 'Niemand is in het gebouw geregistreerd.',
  'nav.reception': 'Onthaal vandaag',
  'nav.roster': 'Jongeren',
  'nav.badges': 'Badges',
  'nav.exports': 'Exports',
  'nav.reports': 'Rapporten',
  'nav.settings': 'Instellingen en personeel',
  'nav.label': 'Onderdelen van de personeelsmodus',
  'admin.only': 'Dit onderdeel is voorbehouden aan beheerders. Vraag het aan een beheerder.',
  'reception.reprint': 'Badge opnieuw afdrukken',
  'reception.reprinted': 'Badge van {name} naar de printer gestuurd.',
  'reception.no-badge':
    '{name} heeft geen actieve badge: een beheerder kan er een uitgeven (onderdeel Badges).',
  'reception.print-failed': 'Afdrukken is mislukt. Controleer de printer en probeer opnieuw.',
} as const;

export const nl = {
  ...core,
  ...rosterMessages.nl,
  ...badgesMessages.nl,
  ...exportsMessages.nl,
  ...reportsMessages.nl,
  ...settingsMessages.nl,
  ...syncMessages.nl,
  ...shellMessages.nl,
  ...scansMessages.nl,
} satisfies Record<MessageKey, string>;
