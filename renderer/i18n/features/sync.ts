// Messages of the sync client: the admin section (enrolment, status, "sync now") and the
// learners' screen indicator. French is the source; the other languages must match it.
// Problems say what happened and what to do; the developer's reasons go to the console.
const fr = {
  'nav.sync': 'Synchronisation',
  'sync.title': 'Synchronisation avec le serveur',
  'sync.status.title': 'État',
  'sync.state.not-enrolled':
    'Ce poste n’est relié à aucun serveur : tout reste enregistré sur ce poste.',
  'sync.state.synced': 'Synchronisé : tout est envoyé.',
  'sync.state.pending':
    '{count, plural, one {# évènement en attente} other {# évènements en attente}} d’envoi au serveur.',
  'sync.state.syncing': 'Synchronisation en cours…',
  'sync.state.progress':
    'Mise à jour depuis le serveur : {count, plural, one {# évènement reçu} other {# évènements reçus}}.',
  'sync.last': 'Dernière synchronisation : {when}.',
  'sync.never': 'Pas encore synchronisé avec ce serveur.',
  'sync.offline-since':
    'Serveur injoignable depuis {when}. Le poste continue de fonctionner et réessaie tout seul.',
  'sync.skew':
    'L’horloge de ce poste a {minutes, plural, one {# minute} other {# minutes}} d’écart avec le serveur : corrigez la date et l’heure du poste dans les réglages du système.',
  'sync.problem.not-enrolled':
    'Ce poste n’a pas de jeton d’accès au serveur : reliez-le à nouveau avec un code du serveur.',
  'sync.problem.offline':
    'Le serveur ne répond pas. Vérifiez le réseau (câble, Wi-Fi) ; le poste réessaie tout seul et ne perd rien.',
  'sync.problem.timeout':
    'Le serveur met trop de temps à répondre. Le poste réessaie tout seul ; si cela dure, prévenez la personne qui gère le serveur.',
  'sync.problem.server':
    'Le serveur a un problème. Le poste réessaie tout seul ; si cela dure, prévenez la personne qui gère le serveur.',
  'sync.problem.unauthorized':
    'L’accès de ce poste au serveur a été retiré : demandez un nouveau code à un administrateur et reliez le poste à nouveau. Rien n’est perdu : les évènements attendent sur ce poste.',
  'sync.problem.protocol':
    'Le serveur a donné une réponse inattendue (versions différentes ?). Prévenez la personne qui gère le serveur.',
  'sync.problem.storage':
    'Ce poste n’a pas pu enregistrer les données du serveur (stockage plein ?). Prévenez un administrateur.',
  'sync.now': 'Synchroniser maintenant',
  'sync.requested': 'Synchronisation demandée.',
  'sync.server.current': 'Serveur : {url}',
  'sync.server.name': 'Nom de ce poste sur le serveur : {name}',
  'sync.enrol.title': 'Relier ce poste à un serveur',
  'sync.enrol.hint':
    'Sur le serveur, un administrateur crée ce poste et reçoit un code à usage unique : saisissez-le ici avec l’adresse du serveur, ou touchez « Scanner le code » et montrez à la caméra le code QR de la console.',
  'sync.enrol.url': 'Adresse du serveur',
  'sync.enrol.code': 'Code à usage unique',
  'sync.enrol.submit': 'Relier ce poste',
  'sync.enrol.busy': 'Connexion au serveur…',
  'sync.enrol.done': 'Ce poste est relié au serveur sous le nom « {name} ».',
  'sync.enrol.error.url':
    'Indiquez l’adresse complète du serveur, qui commence par https:// (ou http:// sur le réseau local).',
  'sync.enrol.error.code': 'Indiquez le code donné par le serveur.',
  'sync.enrol.error.invalid-code':
    'Ce code est inconnu, déjà utilisé ou expiré : demandez-en un nouveau sur le serveur.',
  'sync.enrol.error.taken':
    'Le serveur connaît déjà ce poste sous un autre code : demandez à l’administrateur du serveur de le retirer, puis un nouveau code.',
  'sync.enrol.error.offline':
    'Aucun serveur ne répond à cette adresse. Vérifiez l’adresse et le réseau, puis réessayez.',
  'sync.enrol.error.refused':
    'Le serveur a refusé la demande. Vérifiez l’adresse et le code, puis réessayez.',
  'sync.enrol.error.token':
    'Le jeton d’accès n’a pas pu être gardé sur ce poste (chiffrement du système indisponible). Prévenez la personne qui installe les postes.',
  'sync.change': 'Changer de serveur',
  'sync.unenrol': 'Délier ce poste du serveur',
  'sync.unenrol.title': 'Délier ce poste du serveur ?',
  'sync.unenrol.text':
    'Le poste n’enverra plus rien au serveur et n’en recevra plus rien. Tout ce qui est enregistré ici reste ici.',
  'sync.unenrol.done':
    'Ce poste n’est plus relié à un serveur. Ses évènements restent enregistrés ici.',
  'sync.cancel': 'Annuler',
  'sync.scan.open': 'Scanner le code',
  'sync.scan.title': 'Scanner le code de la console',
  'sync.scan.hint':
    'Montrez à la caméra le code QR que la console du serveur affiche pour ce poste.',
  'sync.scan.starting': 'Démarrage de la caméra…',
  'sync.scan.foreign':
    'Ce code n’est pas un code de liaison : montrez celui que la console affiche à l’ajout d’un poste.',
  'sync.scan.denied': 'La caméra est refusée : saisissez l’adresse et le code à la main.',
  'sync.scan.missing': 'Aucune caméra détectée : saisissez l’adresse et le code à la main.',
  'sync.scan.error': 'La caméra ne répond pas : saisissez l’adresse et le code à la main.',
  'sync.dot.synced': 'Synchronisation : à jour',
  'sync.dot.pending': 'Synchronisation : envoi en attente',
  'sync.dot.offline': 'Synchronisation : en pause',
} as const;

type Key = keyof typeof fr;

export const syncMessages = {
  fr,
  nl: {
    'nav.sync': 'Synchronisatie',
    'sync.title': 'Synchronisatie met de server',
    'sync.status.title': 'Status',
    'sync.state.not-enrolled':
      'Deze kiosk is met geen enkele server verbonden: alles blijft op deze kiosk bewaard.',
    'sync.state.synced': 'Gesynchroniseerd: alles is verzonden.',
    'sync.state.pending':
      '{count, plural, one {# gebeurtenis wacht} other {# gebeurtenissen wachten}} om naar de server te gaan.',
    'sync.state.syncing': 'Bezig met synchroniseren…',
    'sync.state.progress':
      'Bijwerken vanaf de server: {count, plural, one {# gebeurtenis} other {# gebeurtenissen}} ontvangen.',
    'sync.last': 'Laatste synchronisatie: {when}.',
    'sync.never': 'Nog niet met deze server gesynchroniseerd.',
    'sync.offline-since':
      'Server onbereikbaar sinds {when}. De kiosk blijft werken en probeert het zelf opnieuw.',
    'sync.skew':
      'De klok van deze kiosk wijkt {minutes, plural, one {# minuut} other {# minuten}} af van de server: zet datum en tijd juist in de systeeminstellingen.',
    'sync.problem.not-enrolled':
      'Deze kiosk heeft geen toegangssleutel voor de server: verbind hem opnieuw met een code van de server.',
    'sync.problem.offline':
      'De server antwoordt niet. Controleer het netwerk (kabel, wifi); de kiosk probeert het zelf opnieuw en verliest niets.',
    'sync.problem.timeout':
      'De server antwoordt te traag. De kiosk probeert het zelf opnieuw; duurt het lang, verwittig dan wie de server beheert.',
    'sync.problem.server':
      'De server heeft een probleem. De kiosk probeert het zelf opnieuw; duurt het lang, verwittig dan wie de server beheert.',
    'sync.problem.unauthorized':
      'De toegang van deze kiosk tot de server is ingetrokken: vraag een beheerder om een nieuwe code en verbind de kiosk opnieuw. Er gaat niets verloren: de gebeurtenissen wachten op deze kiosk.',
    'sync.problem.protocol':
      'De server gaf een onverwacht antwoord (andere versies?). Verwittig wie de server beheert.',
    'sync.problem.storage':
      'Deze kiosk kon de gegevens van de server niet opslaan (opslag vol?). Verwittig een beheerder.',
    'sync.now': 'Nu synchroniseren',
    'sync.requested': 'Synchronisatie gevraagd.',
    'sync.server.current': 'Server: {url}',
    'sync.server.name': 'Naam van deze kiosk op de server: {name}',
    'sync.enrol.title': 'Deze kiosk met een server verbinden',
    'sync.enrol.hint':
      'Op de server maakt een beheerder deze kiosk aan en krijgt een eenmalige code: vul die hier in met het adres van de server, of tik op “Code scannen” en toon de QR-code van de console aan de camera.',
    'sync.enrol.url': 'Adres van de server',
    'sync.enrol.code': 'Eenmalige code',
    'sync.enrol.submit': 'Kiosk verbinden',
    'sync.enrol.busy': 'Verbinden met de server…',
    'sync.enrol.done': 'Deze kiosk is met de server verbonden onder de naam “{name}”.',
    'sync.enrol.error.url':
      'Geef het volledige adres van de server, beginnend met https:// (of http:// op het lokale netwerk).',
    'sync.enrol.error.code': 'Geef de code van de server.',
    'sync.enrol.error.invalid-code':
      'Deze code is onbekend, al gebruikt of verlopen: vraag een nieuwe op de server.',
    'sync.enrol.error.taken':
      'De server kent deze kiosk al onder een andere code: vraag de beheerder van de server hem te verwijderen, en dan een nieuwe code.',
    'sync.enrol.error.offline':
      'Op dit adres antwoordt geen server. Controleer het adres en het netwerk en probeer opnieuw.',
    'sync.enrol.error.refused':
      'De server weigerde het verzoek. Controleer het adres en de code en probeer opnieuw.',
    'sync.enrol.error.token':
      'De toegangssleutel kon niet op deze kiosk bewaard worden (systeemversleuteling niet beschikbaar). Verwittig wie de kiosken installeert.',
    'sync.change': 'Andere server kiezen',
    'sync.unenrol': 'Kiosk loskoppelen van de server',
    'sync.unenrol.title': 'Kiosk loskoppelen van de server?',
    'sync.unenrol.text':
      'De kiosk stuurt niets meer naar de server en ontvangt er niets meer van. Alles wat hier bewaard is, blijft hier.',
    'sync.unenrol.done':
      'Deze kiosk is met geen server meer verbonden. Zijn gebeurtenissen blijven hier bewaard.',
    'sync.cancel': 'Annuleren',
    'sync.scan.open': 'Code scannen',
    'sync.scan.title': 'De code van de console scannen',
    'sync.scan.hint':
      'Toon de camera de QR-code die de console van de server voor deze kiosk toont.',
    'sync.scan.starting': 'Camera start…',
    'sync.scan.foreign':
      'Dit is geen koppelcode: toon de code die de console toont bij het toevoegen van een kiosk.',
    'sync.scan.denied': 'De camera is geweigerd: vul het adres en de code met de hand in.',
    'sync.scan.missing': 'Geen camera gevonden: vul het adres en de code met de hand in.',
    'sync.scan.error': 'De camera antwoordt niet: vul het adres en de code met de hand in.',
    'sync.dot.synced': 'Synchronisatie: bijgewerkt',
    'sync.dot.pending': 'Synchronisatie: verzending wacht',
    'sync.dot.offline': 'Synchronisatie: gepauzeerd',
  } satisfies Record<Key, string>,
  de: {
    'nav.sync': 'Synchronisation',
    'sync.title': 'Synchronisation mit dem Server',
    'sync.status.title': 'Status',
    'sync.state.not-enrolled':
      'Dieses Terminal ist mit keinem Server verbunden: alles bleibt auf diesem Terminal gespeichert.',
    'sync.state.synced': 'Synchronisiert: alles ist gesendet.',
    'sync.state.pending':
      '{count, plural, one {# Ereignis wartet} other {# Ereignisse warten}} auf das Senden an den Server.',
    'sync.state.syncing': 'Synchronisierung läuft…',
    'sync.state.progress':
      'Aktualisierung vom Server: {count, plural, one {# Ereignis} other {# Ereignisse}} empfangen.',
    'sync.last': 'Letzte Synchronisierung: {when}.',
    'sync.never': 'Noch nicht mit diesem Server synchronisiert.',
    'sync.offline-since':
      'Server seit {when} nicht erreichbar. Das Terminal arbeitet weiter und versucht es selbst erneut.',
    'sync.skew':
      'Die Uhr dieses Terminals weicht {minutes, plural, one {# Minute} other {# Minuten}} vom Server ab: stellen Sie Datum und Uhrzeit in den Systemeinstellungen richtig.',
    'sync.problem.not-enrolled':
      'Dieses Terminal hat keinen Zugangsschlüssel für den Server: verbinden Sie es erneut mit einem Code des Servers.',
    'sync.problem.offline':
      'Der Server antwortet nicht. Prüfen Sie das Netzwerk (Kabel, WLAN); das Terminal versucht es selbst erneut und verliert nichts.',
    'sync.problem.timeout':
      'Der Server antwortet zu langsam. Das Terminal versucht es selbst erneut; dauert es an, benachrichtigen Sie die Person, die den Server betreut.',
    'sync.problem.server':
      'Der Server hat ein Problem. Das Terminal versucht es selbst erneut; dauert es an, benachrichtigen Sie die Person, die den Server betreut.',
    'sync.problem.unauthorized':
      'Der Zugang dieses Terminals zum Server wurde entzogen: bitten Sie eine Administratorin oder einen Administrator um einen neuen Code und verbinden Sie das Terminal neu. Nichts geht verloren: die Ereignisse warten auf diesem Terminal.',
    'sync.problem.protocol':
      'Der Server gab eine unerwartete Antwort (andere Versionen?). Benachrichtigen Sie die Person, die den Server betreut.',
    'sync.problem.storage':
      'Dieses Terminal konnte die Daten des Servers nicht speichern (Speicher voll?). Benachrichtigen Sie eine Administratorin oder einen Administrator.',
    'sync.now': 'Jetzt synchronisieren',
    'sync.requested': 'Synchronisierung angefordert.',
    'sync.server.current': 'Server: {url}',
    'sync.server.name': 'Name dieses Terminals auf dem Server: {name}',
    'sync.enrol.title': 'Dieses Terminal mit einem Server verbinden',
    'sync.enrol.hint':
      'Auf dem Server legt eine Administratorin oder ein Administrator dieses Terminal an und erhält einen Einmalcode: geben Sie ihn hier mit der Adresse des Servers ein, oder tippen Sie auf „Code scannen“ und zeigen Sie der Kamera den QR-Code der Konsole.',
    'sync.enrol.url': 'Adresse des Servers',
    'sync.enrol.code': 'Einmalcode',
    'sync.enrol.submit': 'Terminal verbinden',
    'sync.enrol.busy': 'Verbindung zum Server…',
    'sync.enrol.done': 'Dieses Terminal ist unter dem Namen „{name}“ mit dem Server verbunden.',
    'sync.enrol.error.url':
      'Geben Sie die vollständige Adresse des Servers an, beginnend mit https:// (oder http:// im lokalen Netz).',
    'sync.enrol.error.code': 'Geben Sie den Code des Servers an.',
    'sync.enrol.error.invalid-code':
      'Dieser Code ist unbekannt, schon benutzt oder abgelaufen: fordern Sie auf dem Server einen neuen an.',
    'sync.enrol.error.taken':
      'Der Server kennt dieses Terminal schon unter einem anderen Code: bitten Sie die Serververwaltung, es zu entfernen, und dann um einen neuen Code.',
    'sync.enrol.error.offline':
      'Unter dieser Adresse antwortet kein Server. Prüfen Sie Adresse und Netzwerk und versuchen Sie es erneut.',
    'sync.enrol.error.refused':
      'Der Server hat die Anfrage abgelehnt. Prüfen Sie Adresse und Code und versuchen Sie es erneut.',
    'sync.enrol.error.token':
      'Der Zugangsschlüssel konnte auf diesem Terminal nicht gespeichert werden (Systemverschlüsselung nicht verfügbar). Benachrichtigen Sie die Person, die die Terminals einrichtet.',
    'sync.change': 'Server wechseln',
    'sync.unenrol': 'Terminal vom Server trennen',
    'sync.unenrol.title': 'Terminal vom Server trennen?',
    'sync.unenrol.text':
      'Das Terminal sendet nichts mehr an den Server und empfängt nichts mehr von ihm. Alles hier Gespeicherte bleibt hier.',
    'sync.unenrol.done':
      'Dieses Terminal ist mit keinem Server mehr verbunden. Seine Ereignisse bleiben hier gespeichert.',
    'sync.cancel': 'Abbrechen',
    'sync.scan.open': 'Code scannen',
    'sync.scan.title': 'Den Code der Konsole scannen',
    'sync.scan.hint':
      'Halten Sie den QR-Code, den die Konsole des Servers für dieses Terminal zeigt, vor die Kamera.',
    'sync.scan.starting': 'Kamera startet…',
    'sync.scan.foreign':
      'Das ist kein Verbindungscode: Zeigen Sie den Code, den die Konsole beim Hinzufügen eines Terminals anzeigt.',
    'sync.scan.denied': 'Die Kamera ist nicht erlaubt: Geben Sie Adresse und Code von Hand ein.',
    'sync.scan.missing': 'Keine Kamera gefunden: Geben Sie Adresse und Code von Hand ein.',
    'sync.scan.error': 'Die Kamera antwortet nicht: Geben Sie Adresse und Code von Hand ein.',
    'sync.dot.synced': 'Synchronisierung: aktuell',
    'sync.dot.pending': 'Synchronisierung: Senden ausstehend',
    'sync.dot.offline': 'Synchronisierung: pausiert',
  } satisfies Record<Key, string>,
  en: {
    'nav.sync': 'Sync',
    'sync.title': 'Sync with the server',
    'sync.status.title': 'Status',
    'sync.state.not-enrolled':
      'This kiosk is not linked to any server: everything stays recorded on this kiosk.',
    'sync.state.synced': 'Synced: everything has been sent.',
    'sync.state.pending':
      '{count, plural, one {# event waiting} other {# events waiting}} to be sent to the server.',
    'sync.state.syncing': 'Syncing…',
    'sync.state.progress':
      'Updating from the server: {count, plural, one {# event} other {# events}} received.',
    'sync.last': 'Last sync: {when}.',
    'sync.never': 'Not synced with this server yet.',
    'sync.offline-since':
      'Server unreachable since {when}. The kiosk keeps working and retries by itself.',
    'sync.skew':
      'This kiosk’s clock is {minutes, plural, one {# minute} other {# minutes}} off the server’s: set the date and time right in the system settings.',
    'sync.problem.not-enrolled':
      'This kiosk has no access token for the server: link it again with a code from the server.',
    'sync.problem.offline':
      'The server does not answer. Check the network (cable, Wi-Fi); the kiosk retries by itself and loses nothing.',
    'sync.problem.timeout':
      'The server is too slow to answer. The kiosk retries by itself; if it lasts, tell whoever runs the server.',
    'sync.problem.server':
      'The server has a problem. The kiosk retries by itself; if it lasts, tell whoever runs the server.',
    'sync.problem.unauthorized':
      'This kiosk’s access to the server was withdrawn: ask an admin for a new code and link the kiosk again. Nothing is lost: the events wait on this kiosk.',
    'sync.problem.protocol':
      'The server gave an unexpected answer (different versions?). Tell whoever runs the server.',
    'sync.problem.storage':
      'This kiosk could not store the server’s data (storage full?). Tell an admin.',
    'sync.now': 'Sync now',
    'sync.requested': 'Sync requested.',
    'sync.server.current': 'Server: {url}',
    'sync.server.name': 'This kiosk’s name on the server: {name}',
    'sync.enrol.title': 'Link this kiosk to a server',
    'sync.enrol.hint':
      'On the server, an admin creates this kiosk and gets a one-time code: type it here with the server’s address, or tap “Scan the code” and show the console’s QR code to the camera.',
    'sync.enrol.url': 'Server address',
    'sync.enrol.code': 'One-time code',
    'sync.enrol.submit': 'Link this kiosk',
    'sync.enrol.busy': 'Connecting to the server…',
    'sync.enrol.done': 'This kiosk is linked to the server as “{name}”.',
    'sync.enrol.error.url':
      'Give the server’s full address, starting with https:// (or http:// on the local network).',
    'sync.enrol.error.code': 'Give the code from the server.',
    'sync.enrol.error.invalid-code':
      'This code is unknown, already used or expired: ask the server for a new one.',
    'sync.enrol.error.taken':
      'The server already knows this kiosk under another code: ask the server’s admin to remove it, then for a new code.',
    'sync.enrol.error.offline':
      'No server answers at this address. Check the address and the network, then try again.',
    'sync.enrol.error.refused':
      'The server refused the request. Check the address and the code, then try again.',
    'sync.enrol.error.token':
      'The access token could not be kept on this kiosk (system encryption unavailable). Tell whoever installs the kiosks.',
    'sync.change': 'Change server',
    'sync.unenrol': 'Unlink this kiosk from the server',
    'sync.unenrol.title': 'Unlink this kiosk from the server?',
    'sync.unenrol.text':
      'The kiosk will send nothing more to the server and receive nothing from it. Everything recorded here stays here.',
    'sync.unenrol.done':
      'This kiosk is no longer linked to a server. Its events stay recorded here.',
    'sync.cancel': 'Cancel',
    'sync.scan.open': 'Scan the code',
    'sync.scan.title': 'Scan the console’s code',
    'sync.scan.hint': 'Show the camera the QR code that the server’s console shows for this kiosk.',
    'sync.scan.starting': 'Starting the camera…',
    'sync.scan.foreign':
      'This is not a linking code: show the one the console shows when a kiosk is added.',
    'sync.scan.denied': 'The camera is not allowed: type the address and the code by hand.',
    'sync.scan.missing': 'No camera found: type the address and the code by hand.',
    'sync.scan.error': 'The camera does not answer: type the address and the code by hand.',
    'sync.dot.synced': 'Sync: up to date',
    'sync.dot.pending': 'Sync: sending pending',
    'sync.dot.offline': 'Sync: paused',
  } satisfies Record<Key, string>,
};
