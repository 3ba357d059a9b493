// Messages of the admin badges screen. French is the source; the other languages must match it.
// Errors say what happened (nothing changed, or what did) and what to do next.
const fr = {
  'badges.title': 'Badges',
  'badges.search': 'Rechercher un jeune (prénom, nom, numéro ou code du badge)',
  'badges.group': 'Groupe',
  'badges.group.all': 'Tous les groupes',
  'badges.list.label': 'Jeunes et leurs badges',
  'badges.no-results': 'Aucun jeune ne correspond à cette recherche.',
  'badges.more': '{count} de plus : affinez la recherche ou choisissez un groupe.',
  'badges.status.active': 'Badge actif :',
  'badges.status.none': 'Aucun badge actif',
  'badges.status.revoked':
    '{count, plural, one {# ancien badge désactivé} other {# anciens badges désactivés}}',
  'badges.status.duplicates':
    '{count, plural, one {Encore # autre badge actif, émis} other {Encore # autres badges actifs, émis}} sur un autre poste. « Remplacer le badge » les désactive tous.',
  'badges.status.archived': 'inscription archivée',
  'badges.select': 'Choisir pour l’impression :',
  'badges.issue': 'Émettre un badge',
  'badges.reissue': 'Remplacer le badge',
  'badges.revoke': 'Désactiver le badge',
  'badges.print-one': 'Imprimer la carte',
  'badges.print.title': 'Impression',
  'badges.print.format': 'Format',
  'badges.print.a4': 'Feuilles A4 : 10 cartes par page, avec traits de coupe',
  'badges.print.card': 'Imprimante à cartes : une carte par page',
  'badges.selection.count': 'Cartes choisies : {count}',
  'badges.selection.all': 'Choisir toute la liste affichée',
  'badges.selection.clear': 'Vider le choix',
  'badges.print.selection': 'Imprimer les cartes choisies ({count})',
  'badges.print.group': 'Imprimer tout le groupe « {group} » ({count})',
  'badges.printing': 'Impression en cours…',
  'badges.done.issue':
    'Badge émis pour {name} : {token}. Il fonctionne dès maintenant ; imprimez la carte.',
  'badges.done.reissue':
    'Badge de {name} remplacé : l’ancienne carte est refusée dès maintenant, le nouveau badge est {token}. Imprimez la nouvelle carte.',
  'badges.done.revoke': 'Badge de {name} désactivé : sa carte est refusée dès maintenant.',
  'badges.done.print': 'Cartes envoyées à l’impression : {count}.',
  'badges.done.print-skipped':
    'Cartes envoyées à l’impression : {count}. Sans badge actif, donc pas imprimés : {skipped, plural, one {# jeune} other {# jeunes}} ; émettez-leur un badge puis imprimez leur carte.',
  'badges.confirm.reissue.title': 'Remplacer le badge de {name} ?',
  'badges.confirm.reissue.text':
    'La carte actuelle ({token}) sera refusée à l’entrée dès maintenant, sans retour possible. Un nouveau badge sera émis : il faudra l’imprimer.',
  'badges.confirm.reissue.confirm': 'Remplacer',
  'badges.confirm.revoke.title': 'Désactiver le badge de {name} ?',
  'badges.confirm.revoke.text':
    'La carte ({token}) sera refusée à l’entrée dès maintenant, sans retour possible. Pour une nouvelle carte, il faudra émettre un nouveau badge.',
  'badges.confirm.revoke.confirm': 'Désactiver',
  'badges.error.already-active':
    '{name} a déjà un badge actif : rien n’a été émis. Pour une nouvelle carte, utilisez « Remplacer le badge ».',
  'badges.error.no-active':
    '{name} n’a plus de badge actif (changé entre-temps, peut-être sur un autre poste) : rien n’a été modifié. Vérifiez la liste, puis émettez un badge si besoin.',
  'badges.error.archived':
    'L’inscription de {name} est archivée : aucun badge n’a été émis. Réactivez d’abord l’inscription dans la section Jeunes.',
  'badges.error.unknown-learner':
    'Ce jeune n’est pas (ou plus) dans la liste de ce poste : rien n’a été modifié. Importez ou synchronisez la liste des jeunes, puis réessayez.',
  'badges.error.failed':
    'Le badge n’a pas pu être enregistré : rien n’a été modifié. Réessayez ; si cela continue, redémarrez le poste.',
  'badges.error.print':
    'L’impression n’a pas pu se faire. Vérifiez que l’imprimante est allumée, reliée et a du papier, puis réessayez.',
  'badges.error.print-empty':
    'Aucune carte à imprimer : ces jeunes n’ont pas de badge actif. Émettez-leur d’abord un badge.',
  'badges.preparing': 'Préparation des cartes : {done} sur {total}…',
  'badges.bulk.title': 'Badges manquants',
  'badges.bulk.count':
    '{count, plural, one {# jeune de la liste n’a pas de badge actif.} other {# jeunes de la liste n’ont pas de badge actif.}}',
  'badges.bulk.none': 'Chaque jeune actif de la liste a un badge.',
  'badges.bulk.issue': 'Émettre et imprimer leurs badges ({count})',
  'badges.bulk.confirm.title': 'Émettre {count, plural, one {# badge} other {# badges}} ?',
  'badges.bulk.confirm.text':
    'Chaque jeune actif de la liste qui n’a pas de badge en reçoit un, valable dès maintenant. Les cartes partent ensuite à l’impression, au format choisi.',
  'badges.bulk.confirm.confirm': 'Émettre et imprimer',
  'badges.bulk.progress': 'Émission des badges : {done} sur {total}…',
  'badges.bulk.done':
    '{count, plural, one {# badge émis} other {# badges émis}}, valables dès maintenant. Cartes envoyées à l’impression : {printed}.',
  'badges.bulk.issued':
    '{count, plural, one {# badge émis} other {# badges émis}}, valables dès maintenant. Imprimez les cartes depuis la section Badges.',
  'badges.bulk.failed':
    'L’émission s’est arrêtée : {count, plural, one {# badge émis} other {# badges émis}} avant l’erreur, les autres non. Réessayez : seuls les jeunes encore sans badge en recevront un.',
  'badges.import.count':
    '{count, plural, one {# jeune de ce fichier n’a pas de badge actif.} other {# jeunes de ce fichier n’ont pas de badge actif.}}',
  'badges.import.issue': 'Leur émettre un badge ({count})',
} as const;
type Key = keyof typeof fr;

export const badgesMessages = {
  fr,
  nl: {
    'badges.title': 'Badges',
    'badges.search': 'Een jongere zoeken (voornaam, naam, nummer of badgecode)',
    'badges.group': 'Groep',
    'badges.group.all': 'Alle groepen',
    'badges.list.label': 'Jongeren en hun badges',
    'badges.no-results': 'Geen enkele jongere komt overeen met deze zoekopdracht.',
    'badges.more': 'Nog {count}: verfijn de zoekopdracht of kies een groep.',
    'badges.status.active': 'Actieve badge:',
    'badges.status.none': 'Geen actieve badge',
    'badges.status.revoked':
      '{count, plural, one {# oude badge gedeactiveerd} other {# oude badges gedeactiveerd}}',
    'badges.status.duplicates':
      'Nog {count, plural, one {# andere actieve badge} other {# andere actieve badges}}, uitgegeven op een andere kiosk. "Badge vervangen" deactiveert ze allemaal.',
    'badges.status.archived': 'inschrijving gearchiveerd',
    'badges.select': 'Kiezen om af te drukken:',
    'badges.issue': 'Badge uitgeven',
    'badges.reissue': 'Badge vervangen',
    'badges.revoke': 'Badge deactiveren',
    'badges.print-one': 'Kaart afdrukken',
    'badges.print.title': 'Afdrukken',
    'badges.print.format': 'Formaat',
    'badges.print.a4': 'A4-vellen: 10 kaarten per pagina, met snijtekens',
    'badges.print.card': 'Kaartprinter: één kaart per pagina',
    'badges.selection.count': 'Gekozen kaarten: {count}',
    'badges.selection.all': 'De hele getoonde lijst kiezen',
    'badges.selection.clear': 'Keuze wissen',
    'badges.print.selection': 'Gekozen kaarten afdrukken ({count})',
    'badges.print.group': 'De hele groep "{group}" afdrukken ({count})',
    'badges.printing': 'Bezig met afdrukken…',
    'badges.done.issue':
      'Badge uitgegeven voor {name}: {token}. Hij werkt meteen; druk de kaart af.',
    'badges.done.reissue':
      'Badge van {name} vervangen: de oude kaart wordt vanaf nu geweigerd, de nieuwe badge is {token}. Druk de nieuwe kaart af.',
    'badges.done.revoke': 'Badge van {name} gedeactiveerd: de kaart wordt vanaf nu geweigerd.',
    'badges.done.print': 'Kaarten naar de printer gestuurd: {count}.',
    'badges.done.print-skipped':
      'Kaarten naar de printer gestuurd: {count}. Zonder actieve badge, dus niet afgedrukt: {skipped, plural, one {# jongere} other {# jongeren}}; geef hun een badge uit en druk dan hun kaart af.',
    'badges.confirm.reissue.title': 'De badge van {name} vervangen?',
    'badges.confirm.reissue.text':
      'De huidige kaart ({token}) wordt vanaf nu geweigerd aan de ingang, definitief. Er wordt een nieuwe badge uitgegeven die u moet afdrukken.',
    'badges.confirm.reissue.confirm': 'Vervangen',
    'badges.confirm.revoke.title': 'De badge van {name} deactiveren?',
    'badges.confirm.revoke.text':
      'De kaart ({token}) wordt vanaf nu geweigerd aan de ingang, definitief. Voor een nieuwe kaart moet u een nieuwe badge uitgeven.',
    'badges.confirm.revoke.confirm': 'Deactiveren',
    'badges.error.already-active':
      '{name} heeft al een actieve badge: er is niets uitgegeven. Gebruik "Badge vervangen" voor een nieuwe kaart.',
    'badges.error.no-active':
      '{name} heeft geen actieve badge meer (intussen gewijzigd, misschien op een andere kiosk): er is niets veranderd. Controleer de lijst en geef zo nodig een badge uit.',
    'badges.error.archived':
      'De inschrijving van {name} is gearchiveerd: er is geen badge uitgegeven. Activeer eerst de inschrijving in het onderdeel Jongeren.',
    'badges.error.unknown-learner':
      'Deze jongere staat niet (meer) in de lijst van deze kiosk: er is niets veranderd. Importeer of synchroniseer de lijst van jongeren en probeer opnieuw.',
    'badges.error.failed':
      'De badge kon niet worden opgeslagen: er is niets veranderd. Probeer opnieuw; blijft het probleem, herstart dan de kiosk.',
    'badges.error.print':
      'Het afdrukken is mislukt. Controleer of de printer aan staat, aangesloten is en papier heeft, en probeer opnieuw.',
    'badges.error.print-empty':
      'Geen kaarten om af te drukken: deze jongeren hebben geen actieve badge. Geef hun eerst een badge uit.',
    'badges.preparing': 'Kaarten voorbereiden: {done} van {total}…',
    'badges.bulk.title': 'Ontbrekende badges',
    'badges.bulk.count':
      '{count, plural, one {# jongere in de lijst heeft geen actieve badge.} other {# jongeren in de lijst hebben geen actieve badge.}}',
    'badges.bulk.none': 'Elke actieve jongere in de lijst heeft een badge.',
    'badges.bulk.issue': 'Hun badges uitgeven en afdrukken ({count})',
    'badges.bulk.confirm.title': '{count, plural, one {# badge} other {# badges}} uitgeven?',
    'badges.bulk.confirm.text':
      'Elke actieve jongere in de lijst zonder badge krijgt er een, meteen geldig. Daarna worden de kaarten afgedrukt in het gekozen formaat.',
    'badges.bulk.confirm.confirm': 'Uitgeven en afdrukken',
    'badges.bulk.progress': 'Badges uitgeven: {done} van {total}…',
    'badges.bulk.done':
      '{count, plural, one {# badge uitgegeven} other {# badges uitgegeven}}, meteen geldig. Kaarten naar de printer gestuurd: {printed}.',
    'badges.bulk.issued':
      '{count, plural, one {# badge uitgegeven} other {# badges uitgegeven}}, meteen geldig. Druk de kaarten af in de sectie Badges.',
    'badges.bulk.failed':
      'Het uitgeven is gestopt: {count, plural, one {# badge uitgegeven} other {# badges uitgegeven}} vóór de fout, de rest niet. Probeer opnieuw: alleen jongeren die nog geen badge hebben, krijgen er een.',
    'badges.import.count':
      '{count, plural, one {# jongere uit dit bestand heeft geen actieve badge.} other {# jongeren uit dit bestand hebben geen actieve badge.}}',
    'badges.import.issue': 'Hun een badge uitgeven ({count})',
  } satisfies Record<Key, string>,
  de: {
    'badges.title': 'Ausweise',
    'badges.search': 'Jugendliche suchen (Vorname, Name, Nummer oder Ausweiscode)',
    'badges.group': 'Gruppe',
    'badges.group.all': 'Alle Gruppen',
    'badges.list.label': 'Jugendliche und ihre Ausweise',
    'badges.no-results': 'Keine Jugendlichen entsprechen dieser Suche.',
    'badges.more': 'Noch {count}: Suche verfeinern oder eine Gruppe wählen.',
    'badges.status.active': 'Aktiver Ausweis:',
    'badges.status.none': 'Kein aktiver Ausweis',
    'badges.status.revoked':
      '{count, plural, one {# alter Ausweis deaktiviert} other {# alte Ausweise deaktiviert}}',
    'badges.status.duplicates':
      'Noch {count, plural, one {# weiterer aktiver Ausweis} other {# weitere aktive Ausweise}}, an einem anderen Terminal ausgestellt. „Ausweis ersetzen“ deaktiviert alle.',
    'badges.status.archived': 'Anmeldung archiviert',
    'badges.select': 'Zum Drucken wählen:',
    'badges.issue': 'Ausweis ausstellen',
    'badges.reissue': 'Ausweis ersetzen',
    'badges.revoke': 'Ausweis deaktivieren',
    'badges.print-one': 'Karte drucken',
    'badges.print.title': 'Drucken',
    'badges.print.format': 'Format',
    'badges.print.a4': 'A4-Bögen: 10 Karten pro Seite, mit Schnittmarken',
    'badges.print.card': 'Kartendrucker: eine Karte pro Seite',
    'badges.selection.count': 'Gewählte Karten: {count}',
    'badges.selection.all': 'Die ganze angezeigte Liste wählen',
    'badges.selection.clear': 'Auswahl leeren',
    'badges.print.selection': 'Gewählte Karten drucken ({count})',
    'badges.print.group': 'Die ganze Gruppe „{group}“ drucken ({count})',
    'badges.printing': 'Wird gedruckt…',
    'badges.done.issue':
      'Ausweis für {name} ausgestellt: {token}. Er gilt ab sofort; drucken Sie die Karte.',
    'badges.done.reissue':
      'Ausweis von {name} ersetzt: Die alte Karte wird ab sofort abgewiesen, der neue Ausweis ist {token}. Drucken Sie die neue Karte.',
    'badges.done.revoke': 'Ausweis von {name} deaktiviert: Die Karte wird ab sofort abgewiesen.',
    'badges.done.print': 'Karten an den Drucker gesendet: {count}.',
    'badges.done.print-skipped':
      'Karten an den Drucker gesendet: {count}. Ohne aktiven Ausweis, daher nicht gedruckt: {skipped, plural, one {# Jugendliche(r)} other {# Jugendliche}}; stellen Sie ihnen einen Ausweis aus und drucken Sie dann ihre Karte.',
    'badges.confirm.reissue.title': 'Ausweis von {name} ersetzen?',
    'badges.confirm.reissue.text':
      'Die aktuelle Karte ({token}) wird ab sofort am Eingang abgewiesen, endgültig. Ein neuer Ausweis wird ausgestellt und muss gedruckt werden.',
    'badges.confirm.reissue.confirm': 'Ersetzen',
    'badges.confirm.revoke.title': 'Ausweis von {name} deaktivieren?',
    'badges.confirm.revoke.text':
      'Die Karte ({token}) wird ab sofort am Eingang abgewiesen, endgültig. Für eine neue Karte muss ein neuer Ausweis ausgestellt werden.',
    'badges.confirm.revoke.confirm': 'Deaktivieren',
    'badges.error.already-active':
      '{name} hat bereits einen aktiven Ausweis: Es wurde nichts ausgestellt. Für eine neue Karte „Ausweis ersetzen“ verwenden.',
    'badges.error.no-active':
      '{name} hat keinen aktiven Ausweis mehr (inzwischen geändert, vielleicht an einem anderen Terminal): Es wurde nichts geändert. Prüfen Sie die Liste und stellen Sie bei Bedarf einen Ausweis aus.',
    'badges.error.archived':
      'Die Anmeldung von {name} ist archiviert: Es wurde kein Ausweis ausgestellt. Aktivieren Sie zuerst die Anmeldung im Bereich Jugendliche.',
    'badges.error.unknown-learner':
      'Diese Person ist nicht (mehr) in der Liste dieses Terminals: Es wurde nichts geändert. Importieren oder synchronisieren Sie die Liste und versuchen Sie es erneut.',
    'badges.error.failed':
      'Der Ausweis konnte nicht gespeichert werden: Es wurde nichts geändert. Versuchen Sie es erneut; wenn es weiter auftritt, starten Sie das Terminal neu.',
    'badges.error.print':
      'Der Druck ist fehlgeschlagen. Prüfen Sie, ob der Drucker eingeschaltet, angeschlossen und mit Papier bestückt ist, und versuchen Sie es erneut.',
    'badges.error.print-empty':
      'Keine Karten zu drucken: Diese Jugendlichen haben keinen aktiven Ausweis. Stellen Sie ihnen zuerst einen aus.',
    'badges.preparing': 'Karten werden vorbereitet: {done} von {total}…',
    'badges.bulk.title': 'Fehlende Ausweise',
    'badges.bulk.count':
      '{count, plural, one {Bei # Person der Liste fehlt ein aktiver Ausweis.} other {Bei # Personen der Liste fehlt ein aktiver Ausweis.}}',
    'badges.bulk.none': 'Alle aktiven Jugendlichen der Liste haben einen Ausweis.',
    'badges.bulk.issue': 'Ihre Ausweise ausstellen und drucken ({count})',
    'badges.bulk.confirm.title': '{count, plural, one {# Ausweis} other {# Ausweise}} ausstellen?',
    'badges.bulk.confirm.text':
      'Alle aktiven Jugendlichen der Liste ohne Ausweis erhalten einen, ab sofort gültig. Danach werden die Karten im gewählten Format gedruckt.',
    'badges.bulk.confirm.confirm': 'Ausstellen und drucken',
    'badges.bulk.progress': 'Ausweise werden ausgestellt: {done} von {total}…',
    'badges.bulk.done':
      '{count, plural, one {# Ausweis ausgestellt} other {# Ausweise ausgestellt}}, ab sofort gültig. An den Drucker gesendete Karten: {printed}.',
    'badges.bulk.issued':
      '{count, plural, one {# Ausweis ausgestellt} other {# Ausweise ausgestellt}}, ab sofort gültig. Drucken Sie die Karten im Bereich Ausweise.',
    'badges.bulk.failed':
      'Das Ausstellen wurde abgebrochen: {count, plural, one {# Ausweis} other {# Ausweise}} vor dem Fehler ausgestellt, die übrigen nicht. Versuchen Sie es erneut: nur Jugendliche ohne Ausweis erhalten einen.',
    'badges.import.count':
      '{count, plural, one {Bei # Person dieser Datei fehlt ein aktiver Ausweis.} other {Bei # Personen dieser Datei fehlt ein aktiver Ausweis.}}',
    'badges.import.issue': 'Ihnen einen Ausweis ausstellen ({count})',
  } satisfies Record<Key, string>,
  en: {
    'badges.title': 'Badges',
    'badges.search': 'Find a learner (first name, last name, number or badge code)',
    'badges.group': 'Group',
    'badges.group.all': 'All groups',
    'badges.list.label': 'Learners and their badges',
    'badges.no-results': 'No learner matches this search.',
    'badges.more': '{count} more: refine the search or pick a group.',
    'badges.status.active': 'Active badge:',
    'badges.status.none': 'No active badge',
    'badges.status.revoked':
      '{count, plural, one {# old badge revoked} other {# old badges revoked}}',
    'badges.status.duplicates':
      '{count, plural, one {# other active badge} other {# other active badges}} still, issued on another kiosk. "Replace badge" revokes them all.',
    'badges.status.archived': 'enrolment archived',
    'badges.select': 'Choose for printing:',
    'badges.issue': 'Issue a badge',
    'badges.reissue': 'Replace badge',
    'badges.revoke': 'Revoke badge',
    'badges.print-one': 'Print card',
    'badges.print.title': 'Printing',
    'badges.print.format': 'Format',
    'badges.print.a4': 'A4 sheets: 10 cards a page, with crop marks',
    'badges.print.card': 'Card printer: one card a page',
    'badges.selection.count': 'Cards chosen: {count}',
    'badges.selection.all': 'Choose the whole list shown',
    'badges.selection.clear': 'Clear the choice',
    'badges.print.selection': 'Print the chosen cards ({count})',
    'badges.print.group': 'Print the whole group "{group}" ({count})',
    'badges.printing': 'Printing…',
    'badges.done.issue': 'Badge issued for {name}: {token}. It works now; print the card.',
    'badges.done.reissue':
      'Badge of {name} replaced: the old card is refused from now on, the new badge is {token}. Print the new card.',
    'badges.done.revoke': 'Badge of {name} revoked: the card is refused from now on.',
    'badges.done.print': 'Cards sent to the printer: {count}.',
    'badges.done.print-skipped':
      'Cards sent to the printer: {count}. Without an active badge, so not printed: {skipped, plural, one {# learner} other {# learners}}; issue them a badge, then print their card.',
    'badges.confirm.reissue.title': 'Replace the badge of {name}?',
    'badges.confirm.reissue.text':
      'The current card ({token}) will be refused at the entrance from now on, for good. A new badge will be issued, to be printed.',
    'badges.confirm.reissue.confirm': 'Replace',
    'badges.confirm.revoke.title': 'Revoke the badge of {name}?',
    'badges.confirm.revoke.text':
      'The card ({token}) will be refused at the entrance from now on, for good. A new card needs a new badge to be issued.',
    'badges.confirm.revoke.confirm': 'Revoke',
    'badges.error.already-active':
      '{name} already has an active badge: nothing was issued. For a new card, use "Replace badge".',
    'badges.error.no-active':
      '{name} no longer has an active badge (changed meanwhile, perhaps on another kiosk): nothing was changed. Check the list, then issue a badge if needed.',
    'badges.error.archived':
      'The enrolment of {name} is archived: no badge was issued. Reactivate the enrolment in the Learners section first.',
    'badges.error.unknown-learner':
      'This learner is not (or no longer) in this kiosk’s list: nothing was changed. Import or sync the learner list, then try again.',
    'badges.error.failed':
      'The badge could not be saved: nothing was changed. Try again; if it keeps happening, restart the kiosk.',
    'badges.error.print':
      'Printing failed. Check that the printer is on, connected and has paper, then try again.',
    'badges.error.print-empty':
      'No cards to print: these learners have no active badge. Issue them a badge first.',
    'badges.preparing': 'Preparing the cards: {done} of {total}…',
    'badges.bulk.title': 'Missing badges',
    'badges.bulk.count':
      '{count, plural, one {# learner in the list has no active badge.} other {# learners in the list have no active badge.}}',
    'badges.bulk.none': 'Every active learner in the list has a badge.',
    'badges.bulk.issue': 'Issue and print their badges ({count})',
    'badges.bulk.confirm.title': 'Issue {count, plural, one {# badge} other {# badges}}?',
    'badges.bulk.confirm.text':
      'Every active learner in the list without a badge gets one, valid at once. The cards then go to the printer, in the chosen format.',
    'badges.bulk.confirm.confirm': 'Issue and print',
    'badges.bulk.progress': 'Issuing badges: {done} of {total}…',
    'badges.bulk.done':
      '{count, plural, one {# badge issued} other {# badges issued}}, valid at once. Cards sent to the printer: {printed}.',
    'badges.bulk.issued':
      '{count, plural, one {# badge issued} other {# badges issued}}, valid at once. Print the cards in the Badges section.',
    'badges.bulk.failed':
      'Issuing stopped: {count, plural, one {# badge} other {# badges}} issued before the error, the others not. Try again: only learners still without a badge will get one.',
    'badges.import.count':
      '{count, plural, one {# learner in this file has no active badge.} other {# learners in this file have no active badge.}}',
    'badges.import.issue': 'Issue them a badge ({count})',
  } satisfies Record<Key, string>,
};
