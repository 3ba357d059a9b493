// Messages of the admin roster screen. French is the source; the other languages must match it.
// Problems say what happened and what to do, in the admin's words, not the parser's.
const fr = {
  'roster.title': 'Jeunes inscrits',
  'roster.add': 'Ajouter un jeune',
  'roster.search': 'Rechercher dans la liste (prénom, nom ou numéro)',
  'roster.filter': 'Afficher',
  'roster.filter.active': 'Actifs ({count})',
  'roster.filter.archived': 'Archivés ({count})',
  'roster.filter.all': 'Tous ({count})',
  'roster.col.name': 'Nom',
  'roster.col.id': 'Numéro',
  'roster.col.groups': 'Groupes',
  'roster.col.language': 'Langue',
  'roster.col.status': 'Statut',
  'roster.col.actions': 'Actions',
  'roster.status.active': 'Actif',
  'roster.status.archived': 'Archivé',
  'roster.language.none': 'Non précisée',
  'roster.empty': 'Aucun jeune à afficher. Importez un fichier ou ajoutez un jeune.',
  'roster.no-results': 'Aucun jeune ne correspond à « {query} ».',
  'roster.more': '{count} de plus : affinez la recherche.',
  'roster.edit': 'Modifier',
  'roster.edit.label': 'Modifier {name}',
  'roster.archive': 'Archiver',
  'roster.archive.label': 'Archiver {name}',
  'roster.reactivate': 'Réactiver',
  'roster.reactivate.label': 'Réactiver {name}',
  'roster.saved': 'Fiche de {name} enregistrée.',
  'roster.archived': '{name} est archivé : son badge n’est plus accepté à l’accueil.',
  'roster.reactivated': '{name} est de nouveau actif : son badge est accepté.',
  'roster.confirm.archive': 'Archiver {name} ?',
  'roster.confirm.archive.detail':
    'Son badge ne sera plus accepté à l’accueil. Son historique est gardé ; vous pourrez le réactiver.',
  'roster.confirm.reactivate': 'Réactiver {name} ?',
  'roster.confirm.reactivate.detail': 'Son badge sera de nouveau accepté à l’accueil.',
  'roster.cancel': 'Annuler',

  'roster.form.add': 'Ajouter un jeune',
  'roster.form.edit': 'Modifier la fiche de {name}',
  'roster.form.id': 'Numéro (unique, ne change plus ensuite)',
  'roster.form.first-name': 'Prénom',
  'roster.form.last-name': 'Nom',
  'roster.form.groups': 'Groupes (séparés par des virgules)',
  'roster.form.language': 'Langue préférée',
  'roster.form.save': 'Enregistrer',
  'roster.form.invalid': 'La fiche n’est pas enregistrée : corrigez les champs signalés.',
  'roster.form.empty': 'Ce champ est obligatoire.',
  'roster.form.taken': 'Ce numéro est déjà celui de {name}. Choisissez-en un autre.',
  'roster.form.too-long': 'Trop long : raccourcissez ce champ (200 caractères, 64 pour le numéro).',
  'roster.form.too-many': 'Trop de groupes : 50 au plus.',
  'roster.form.control':
    'Contient un caractère invisible (tabulation, saut de ligne) : retapez-le.',

  'roster.import.label': 'Importer un fichier (CSV ou Excel .xlsx)',
  'roster.import.hint':
    'Colonnes reconnues : numéro, prénom, nom, groupes, langue. Rien n’est enregistré avant votre confirmation.',
  'roster.import.reading': 'Lecture de « {file} »…',
  'roster.read.empty':
    '« {file} » est vide. Choisissez le fichier qui contient la liste des jeunes.',
  'roster.read.too-large':
    '« {file} » est trop gros pour une liste de jeunes (20 Mo au plus). Vérifiez que c’est le bon fichier.',
  'roster.read.xls':
    '« {file} » est au format Excel ancien (.xls). Dans Excel, enregistrez-le en « Classeur Excel (.xlsx) » ou en CSV, puis importez-le.',
  'roster.read.bad-xlsx':
    '« {file} » n’est pas un classeur Excel lisible. Ouvrez-le dans Excel, enregistrez-le en .xlsx ou en CSV, puis réessayez.',
  'roster.read.failed': '« {file} » n’a pas pu être lu. Copiez-le sur ce poste, puis réessayez.',
  'roster.preview.title': 'Aperçu de l’import : {file}',
  'roster.preview.csv': 'Fichier CSV, encodage {encoding}, séparateur « {delimiter} ».',
  'roster.preview.xlsx': 'Classeur Excel : première feuille.',
  'roster.count.added': 'Nouveaux',
  'roster.count.updated': 'Mis à jour',
  'roster.count.unchanged': 'Inchangés',
  'roster.count.reactivated': 'Réactivés',
  'roster.count.not-in-file': 'Absents du fichier',
  'roster.preview.not-in-file':
    'Les jeunes absents du fichier ne sont pas modifiés : archivez-les à la main si besoin.',
  'roster.preview.blocked':
    'Le fichier contient {count, plural, one {# erreur} other {# erreurs}} : rien ne sera importé. Corrigez les lignes indiquées dans le fichier, enregistrez-le, puis choisissez-le à nouveau.',
  'roster.preview.nothing': 'Rien à importer : la liste est déjà à jour.',
  'roster.preview.changed':
    'La liste des jeunes a changé depuis l’aperçu (synchronisation ou autre action) : rien n’a été importé. Voici l’aperçu à jour : vérifiez-le, puis importez à nouveau.',
  'roster.import.confirm': 'Importer ({count, plural, one {# fiche} other {# fiches}})',
  'roster.import.progress': 'Import en cours',
  'roster.import.progress.text': '{done} sur {total, plural, one {# fiche} other {# fiches}}',
  'roster.import.failed.quota':
    'Le disque de ce poste est plein : rien n’a été importé. Libérez de l’espace, puis relancez l’import.',
  'roster.import.failed':
    'L’import a échoué : rien n’a été importé. Réessayez ; si cela continue, redémarrez le poste.',
  'roster.done.title': 'Import terminé',
  'roster.done.detail':
    '{added, plural, one {# ajouté} other {# ajoutés}}, {updated} mis à jour, {reactivated, plural, one {# réactivé} other {# réactivés}}, {unchanged, plural, one {# inchangé} other {# inchangés}}.',
  'roster.done.back': 'Retour à la liste',

  'roster.report.title':
    'Problèmes trouvés : {errors, plural, one {# erreur} other {# erreurs}}, {warnings, plural, one {# avertissement} other {# avertissements}}',
  'roster.report.line': 'Ligne',
  'roster.report.column': 'Colonne',
  'roster.report.problem': 'Problème',
  'roster.report.value': 'Valeur',
  'roster.report.kind': 'Type',
  'roster.report.error': 'Erreur',
  'roster.report.warning': 'Avertissement',
  'roster.report.whole-row': 'toute la ligne',
  'roster.report.more':
    '{count, plural, one {Et # autre problème} other {Et # autres problèmes}} : corrigez d’abord ceux-ci.',
  'roster.field.id': 'numéro',
  'roster.field.firstName': 'prénom',
  'roster.field.lastName': 'nom',
  'roster.field.groups': 'groupes',
  'roster.field.language': 'langue',
  'roster.problem.missing-column':
    'Colonne obligatoire introuvable : ajoutez-la à la première ligne (ou renommez la colonne).',
  'roster.problem.duplicate-column': 'Cette colonne est en double : gardez-en une seule.',
  'roster.problem.unknown-column': 'Colonne non reconnue : elle sera ignorée.',
  'roster.problem.empty-id': 'Numéro manquant : chaque jeune doit en avoir un.',
  'roster.problem.duplicate-id':
    'Ce numéro est sur plusieurs lignes : un jeune ne doit figurer qu’une fois.',
  'roster.problem.empty-first-name': 'Prénom manquant.',
  'roster.problem.empty-last-name': 'Nom manquant.',
  'roster.problem.too-long': 'Trop long : 64 caractères pour un numéro, 200 pour un nom ou groupe.',
  'roster.problem.too-many-groups': 'Trop de groupes : 50 au plus.',
  'roster.problem.bad-language': 'Langue inconnue : écrivez fr, nl, de ou en, ou laissez vide.',
  'roster.problem.too-many-columns':
    'Plus de valeurs que de colonnes : un séparateur en trop, ou une valeur à mettre entre guillemets ?',
  'roster.problem.too-few-columns': 'Moins de valeurs que de colonnes : un séparateur manque ?',
  'roster.problem.unterminated-quote':
    'Guillemet jamais refermé : la suite du fichier est illisible. Ajoutez le guillemet fermant.',
  'roster.problem.stray-quote':
    'Guillemet mal placé : mettez toute la valeur entre guillemets et doublez ceux du milieu ("").',
  'roster.problem.control-character':
    'Caractère invisible (tabulation, saut de ligne) dans la valeur : retapez-la.',
  'roster.problem.reactivated': 'Ce jeune était archivé : l’import le réactive.',
} as const;
type Key = keyof typeof fr;

const nl = {
  'roster.title': 'Ingeschreven jongeren',
  'roster.add': 'Jongere toevoegen',
  'roster.search': 'Zoeken in de lijst (voornaam, naam of nummer)',
  'roster.filter': 'Tonen',
  'roster.filter.active': 'Actief ({count})',
  'roster.filter.archived': 'Gearchiveerd ({count})',
  'roster.filter.all': 'Allemaal ({count})',
  'roster.col.name': 'Naam',
  'roster.col.id': 'Nummer',
  'roster.col.groups': 'Groepen',
  'roster.col.language': 'Taal',
  'roster.col.status': 'Status',
  'roster.col.actions': 'Acties',
  'roster.status.active': 'Actief',
  'roster.status.archived': 'Gearchiveerd',
  'roster.language.none': 'Niet opgegeven',
  'roster.empty': 'Geen jongeren te tonen. Importeer een bestand of voeg een jongere toe.',
  'roster.no-results': 'Geen jongere gevonden voor “{query}”.',
  'roster.more': 'Nog {count}: verfijn de zoekopdracht.',
  'roster.edit': 'Wijzigen',
  'roster.edit.label': 'Wijzigen {name}',
  'roster.archive': 'Archiveren',
  'roster.archive.label': 'Archiveren {name}',
  'roster.reactivate': 'Heractiveren',
  'roster.reactivate.label': 'Heractiveren {name}',
  'roster.saved': 'Fiche van {name} opgeslagen.',
  'roster.archived': '{name} is gearchiveerd: de badge wordt niet meer aanvaard.',
  'roster.reactivated': '{name} is weer actief: de badge wordt aanvaard.',
  'roster.confirm.archive': '{name} archiveren?',
  'roster.confirm.archive.detail':
    'De badge wordt niet meer aanvaard aan het onthaal. De geschiedenis blijft bewaard; heractiveren kan later.',
  'roster.confirm.reactivate': '{name} heractiveren?',
  'roster.confirm.reactivate.detail': 'De badge wordt weer aanvaard aan het onthaal.',
  'roster.cancel': 'Annuleren',

  'roster.form.add': 'Jongere toevoegen',
  'roster.form.edit': 'Fiche van {name} wijzigen',
  'roster.form.id': 'Nummer (uniek, verandert daarna niet meer)',
  'roster.form.first-name': 'Voornaam',
  'roster.form.last-name': 'Naam',
  'roster.form.groups': 'Groepen (gescheiden door komma’s)',
  'roster.form.language': 'Voorkeurtaal',
  'roster.form.save': 'Opslaan',
  'roster.form.invalid': 'De fiche is niet opgeslagen: verbeter de aangeduide velden.',
  'roster.form.empty': 'Dit veld is verplicht.',
  'roster.form.taken': 'Dit nummer is al van {name}. Kies een ander nummer.',
  'roster.form.too-long': 'Te lang: maak dit veld korter (200 tekens, 64 voor het nummer).',
  'roster.form.too-many': 'Te veel groepen: hoogstens 50.',
  'roster.form.control': 'Bevat een onzichtbaar teken (tab, regeleinde): typ het opnieuw.',

  'roster.import.label': 'Een bestand importeren (CSV of Excel .xlsx)',
  'roster.import.hint':
    'Herkende kolommen: nummer, voornaam, naam, groepen, taal. Niets wordt opgeslagen vóór uw bevestiging.',
  'roster.import.reading': '“{file}” wordt gelezen…',
  'roster.read.empty': '“{file}” is leeg. Kies het bestand met de lijst van jongeren.',
  'roster.read.too-large':
    '“{file}” is te groot voor een lijst van jongeren (hoogstens 20 MB). Controleer of het het juiste bestand is.',
  'roster.read.xls':
    '“{file}” is in het oude Excel-formaat (.xls). Sla het in Excel op als “Excel-werkmap (.xlsx)” of CSV en importeer het dan.',
  'roster.read.bad-xlsx':
    '“{file}” is geen leesbare Excel-werkmap. Open het in Excel, sla het op als .xlsx of CSV en probeer opnieuw.',
  'roster.read.failed':
    '“{file}” kon niet worden gelezen. Kopieer het naar deze pc en probeer opnieuw.',
  'roster.preview.title': 'Voorbeeld van de import: {file}',
  'roster.preview.csv': 'CSV-bestand, codering {encoding}, scheidingsteken “{delimiter}”.',
  'roster.preview.xlsx': 'Excel-werkmap: eerste blad.',
  'roster.count.added': 'Nieuw',
  'roster.count.updated': 'Bijgewerkt',
  'roster.count.unchanged': 'Ongewijzigd',
  'roster.count.reactivated': 'Heractiveerd',
  'roster.count.not-in-file': 'Niet in het bestand',
  'roster.preview.not-in-file':
    'Jongeren die niet in het bestand staan, blijven ongewijzigd: archiveer ze zo nodig met de hand.',
  'roster.preview.blocked':
    'Het bestand bevat {count, plural, one {# fout} other {# fouten}}: er wordt niets geïmporteerd. Verbeter de aangeduide regels in het bestand, sla het op en kies het opnieuw.',
  'roster.preview.nothing': 'Niets te importeren: de lijst is al bijgewerkt.',
  'roster.preview.changed':
    'De lijst van jongeren is gewijzigd sinds het voorbeeld (synchronisatie of andere actie): er is niets geïmporteerd. Hier is het bijgewerkte voorbeeld: controleer het en importeer opnieuw.',
  'roster.import.confirm': 'Importeren ({count, plural, one {# fiche} other {# fiches}})',
  'roster.import.progress': 'Import bezig',
  'roster.import.progress.text': '{done} van {total, plural, one {# fiche} other {# fiches}}',
  'roster.import.failed.quota':
    'De schijf van deze pc is vol: er is niets geïmporteerd. Maak ruimte vrij en start de import opnieuw.',
  'roster.import.failed':
    'De import is mislukt: er is niets geïmporteerd. Probeer opnieuw; lukt het niet, herstart dan de pc.',
  'roster.done.title': 'Import voltooid',
  'roster.done.detail':
    '{added} toegevoegd, {updated} bijgewerkt, {reactivated} heractiveerd, {unchanged} ongewijzigd.',
  'roster.done.back': 'Terug naar de lijst',

  'roster.report.title':
    'Gevonden problemen: {errors, plural, one {# fout} other {# fouten}}, {warnings, plural, one {# waarschuwing} other {# waarschuwingen}}',
  'roster.report.line': 'Regel',
  'roster.report.column': 'Kolom',
  'roster.report.problem': 'Probleem',
  'roster.report.value': 'Waarde',
  'roster.report.kind': 'Soort',
  'roster.report.error': 'Fout',
  'roster.report.warning': 'Waarschuwing',
  'roster.report.whole-row': 'hele regel',
  'roster.report.more':
    '{count, plural, one {En nog # probleem} other {En nog # problemen}}: verbeter eerst deze.',
  'roster.field.id': 'nummer',
  'roster.field.firstName': 'voornaam',
  'roster.field.lastName': 'naam',
  'roster.field.groups': 'groepen',
  'roster.field.language': 'taal',
  'roster.problem.missing-column':
    'Verplichte kolom niet gevonden: voeg ze toe aan de eerste regel (of hernoem de kolom).',
  'roster.problem.duplicate-column': 'Deze kolom staat er twee keer: houd er één.',
  'roster.problem.unknown-column': 'Onbekende kolom: ze wordt genegeerd.',
  'roster.problem.empty-id': 'Nummer ontbreekt: elke jongere moet er een hebben.',
  'roster.problem.duplicate-id':
    'Dit nummer staat op meerdere regels: een jongere mag maar één keer voorkomen.',
  'roster.problem.empty-first-name': 'Voornaam ontbreekt.',
  'roster.problem.empty-last-name': 'Naam ontbreekt.',
  'roster.problem.too-long': 'Te lang: 64 tekens voor een nummer, 200 voor een naam of groep.',
  'roster.problem.too-many-groups': 'Te veel groepen: hoogstens 50.',
  'roster.problem.bad-language': 'Onbekende taal: schrijf fr, nl, de of en, of laat leeg.',
  'roster.problem.too-many-columns':
    'Meer waarden dan kolommen: een scheidingsteken te veel, of een waarde die tussen aanhalingstekens moet?',
  'roster.problem.too-few-columns':
    'Minder waarden dan kolommen: ontbreekt er een scheidingsteken?',
  'roster.problem.unterminated-quote':
    'Aanhalingsteken nooit gesloten: de rest van het bestand is onleesbaar. Voeg het sluitende teken toe.',
  'roster.problem.stray-quote':
    'Aanhalingsteken op de verkeerde plaats: zet de hele waarde tussen aanhalingstekens en verdubbel die in het midden ("").',
  'roster.problem.control-character':
    'Onzichtbaar teken (tab, regeleinde) in de waarde: typ ze opnieuw.',
  'roster.problem.reactivated':
    'Deze jongere was gearchiveerd: de import heractiveert hem of haar.',
} satisfies Record<Key, string>;

const de = {
  'roster.title': 'Angemeldete Jugendliche',
  'roster.add': 'Neue Anmeldung',
  'roster.search': 'In der Liste suchen (Vorname, Name oder Nummer)',
  'roster.filter': 'Anzeigen',
  'roster.filter.active': 'Aktiv ({count})',
  'roster.filter.archived': 'Archiviert ({count})',
  'roster.filter.all': 'Alle ({count})',
  'roster.col.name': 'Name',
  'roster.col.id': 'Nummer',
  'roster.col.groups': 'Gruppen',
  'roster.col.language': 'Sprache',
  'roster.col.status': 'Status',
  'roster.col.actions': 'Aktionen',
  'roster.status.active': 'Aktiv',
  'roster.status.archived': 'Archiviert',
  'roster.language.none': 'Nicht angegeben',
  'roster.empty':
    'Keine Jugendlichen anzuzeigen. Importieren Sie eine Datei oder fügen Sie jemanden hinzu.',
  'roster.no-results': 'Niemand passt zu „{query}“.',
  'roster.more': '{count} weitere: Suche verfeinern.',
  'roster.edit': 'Bearbeiten',
  'roster.edit.label': 'Bearbeiten {name}',
  'roster.archive': 'Archivieren',
  'roster.archive.label': 'Archivieren {name}',
  'roster.reactivate': 'Reaktivieren',
  'roster.reactivate.label': 'Reaktivieren {name}',
  'roster.saved': 'Eintrag von {name} gespeichert.',
  'roster.archived': '{name} ist archiviert: der Ausweis wird nicht mehr angenommen.',
  'roster.reactivated': '{name} ist wieder aktiv: der Ausweis wird angenommen.',
  'roster.confirm.archive': '{name} archivieren?',
  'roster.confirm.archive.detail':
    'Der Ausweis wird am Empfang nicht mehr angenommen. Der Verlauf bleibt erhalten; Reaktivieren ist später möglich.',
  'roster.confirm.reactivate': '{name} reaktivieren?',
  'roster.confirm.reactivate.detail': 'Der Ausweis wird am Empfang wieder angenommen.',
  'roster.cancel': 'Abbrechen',

  'roster.form.add': 'Neue Anmeldung',
  'roster.form.edit': 'Eintrag von {name} bearbeiten',
  'roster.form.id': 'Nummer (eindeutig, danach nicht mehr änderbar)',
  'roster.form.first-name': 'Vorname',
  'roster.form.last-name': 'Name',
  'roster.form.groups': 'Gruppen (durch Kommas getrennt)',
  'roster.form.language': 'Bevorzugte Sprache',
  'roster.form.save': 'Speichern',
  'roster.form.invalid':
    'Der Eintrag ist nicht gespeichert: korrigieren Sie die markierten Felder.',
  'roster.form.empty': 'Dieses Feld ist Pflicht.',
  'roster.form.taken': 'Diese Nummer gehört schon {name}. Wählen Sie eine andere.',
  'roster.form.too-long': 'Zu lang: kürzen Sie das Feld (200 Zeichen, 64 für die Nummer).',
  'roster.form.too-many': 'Zu viele Gruppen: höchstens 50.',
  'roster.form.control': 'Enthält ein unsichtbares Zeichen (Tab, Zeilenumbruch): neu eingeben.',

  'roster.import.label': 'Datei importieren (CSV oder Excel .xlsx)',
  'roster.import.hint':
    'Erkannte Spalten: Nummer, Vorname, Name, Gruppen, Sprache. Nichts wird vor Ihrer Bestätigung gespeichert.',
  'roster.import.reading': '„{file}“ wird gelesen…',
  'roster.read.empty': '„{file}“ ist leer. Wählen Sie die Datei mit der Liste der Jugendlichen.',
  'roster.read.too-large':
    '„{file}“ ist zu groß für eine Liste von Jugendlichen (höchstens 20 MB). Prüfen Sie, ob es die richtige Datei ist.',
  'roster.read.xls':
    '„{file}“ hat das alte Excel-Format (.xls). Speichern Sie es in Excel als „Excel-Arbeitsmappe (.xlsx)“ oder CSV und importieren Sie es dann.',
  'roster.read.bad-xlsx':
    '„{file}“ ist keine lesbare Excel-Arbeitsmappe. Öffnen Sie sie in Excel, speichern Sie als .xlsx oder CSV und versuchen Sie es erneut.',
  'roster.read.failed':
    '„{file}“ konnte nicht gelesen werden. Kopieren Sie die Datei auf diesen PC und versuchen Sie es erneut.',
  'roster.preview.title': 'Vorschau des Imports: {file}',
  'roster.preview.csv': 'CSV-Datei, Kodierung {encoding}, Trennzeichen „{delimiter}“.',
  'roster.preview.xlsx': 'Excel-Arbeitsmappe: erstes Blatt.',
  'roster.count.added': 'Neu',
  'roster.count.updated': 'Aktualisiert',
  'roster.count.unchanged': 'Unverändert',
  'roster.count.reactivated': 'Reaktiviert',
  'roster.count.not-in-file': 'Nicht in der Datei',
  'roster.preview.not-in-file':
    'Jugendliche, die nicht in der Datei stehen, bleiben unverändert: archivieren Sie sie bei Bedarf von Hand.',
  'roster.preview.blocked':
    'Die Datei enthält {count, plural, one {# Fehler} other {# Fehler}}: nichts wird importiert. Korrigieren Sie die genannten Zeilen in der Datei, speichern Sie sie und wählen Sie sie erneut.',
  'roster.preview.nothing': 'Nichts zu importieren: die Liste ist schon aktuell.',
  'roster.preview.changed':
    'Die Liste hat sich seit der Vorschau geändert (Synchronisierung oder andere Aktion): nichts wurde importiert. Hier ist die aktuelle Vorschau: prüfen Sie sie und importieren Sie erneut.',
  'roster.import.confirm': 'Importieren ({count, plural, one {# Eintrag} other {# Einträge}})',
  'roster.import.progress': 'Import läuft',
  'roster.import.progress.text': '{done} von {total, plural, one {# Eintrag} other {# Einträgen}}',
  'roster.import.failed.quota':
    'Der Datenträger dieses PCs ist voll: nichts wurde importiert. Schaffen Sie Platz und starten Sie den Import erneut.',
  'roster.import.failed':
    'Der Import ist fehlgeschlagen: nichts wurde importiert. Versuchen Sie es erneut; sonst den PC neu starten.',
  'roster.done.title': 'Import abgeschlossen',
  'roster.done.detail':
    '{added} hinzugefügt, {updated} aktualisiert, {reactivated} reaktiviert, {unchanged} unverändert.',
  'roster.done.back': 'Zurück zur Liste',

  'roster.report.title':
    'Gefundene Probleme: {errors, plural, one {# Fehler} other {# Fehler}}, {warnings, plural, one {# Warnung} other {# Warnungen}}',
  'roster.report.line': 'Zeile',
  'roster.report.column': 'Spalte',
  'roster.report.problem': 'Problem',
  'roster.report.value': 'Wert',
  'roster.report.kind': 'Art',
  'roster.report.error': 'Fehler',
  'roster.report.warning': 'Warnung',
  'roster.report.whole-row': 'ganze Zeile',
  'roster.report.more':
    '{count, plural, one {Und # weiteres Problem} other {Und # weitere Probleme}}: zuerst diese korrigieren.',
  'roster.field.id': 'Nummer',
  'roster.field.firstName': 'Vorname',
  'roster.field.lastName': 'Name',
  'roster.field.groups': 'Gruppen',
  'roster.field.language': 'Sprache',
  'roster.problem.missing-column':
    'Pflichtspalte nicht gefunden: fügen Sie sie in der ersten Zeile hinzu (oder benennen Sie die Spalte um).',
  'roster.problem.duplicate-column': 'Diese Spalte gibt es doppelt: behalten Sie nur eine.',
  'roster.problem.unknown-column': 'Unbekannte Spalte: sie wird ignoriert.',
  'roster.problem.empty-id': 'Nummer fehlt: jede(r) Jugendliche braucht eine.',
  'roster.problem.duplicate-id':
    'Diese Nummer steht in mehreren Zeilen: jede(r) Jugendliche darf nur einmal vorkommen.',
  'roster.problem.empty-first-name': 'Vorname fehlt.',
  'roster.problem.empty-last-name': 'Name fehlt.',
  'roster.problem.too-long':
    'Zu lang: 64 Zeichen für eine Nummer, 200 für einen Namen oder eine Gruppe.',
  'roster.problem.too-many-groups': 'Zu viele Gruppen: höchstens 50.',
  'roster.problem.bad-language':
    'Unbekannte Sprache: schreiben Sie fr, nl, de oder en, oder leer lassen.',
  'roster.problem.too-many-columns':
    'Mehr Werte als Spalten: ein Trennzeichen zu viel, oder ein Wert, der in Anführungszeichen gehört?',
  'roster.problem.too-few-columns': 'Weniger Werte als Spalten: fehlt ein Trennzeichen?',
  'roster.problem.unterminated-quote':
    'Anführungszeichen nie geschlossen: der Rest der Datei ist unlesbar. Fügen Sie das schließende hinzu.',
  'roster.problem.stray-quote':
    'Anführungszeichen an falscher Stelle: setzen Sie den ganzen Wert in Anführungszeichen und verdoppeln Sie innere ("").',
  'roster.problem.control-character':
    'Unsichtbares Zeichen (Tab, Zeilenumbruch) im Wert: neu eingeben.',
  'roster.problem.reactivated': 'War archiviert: der Import reaktiviert den Eintrag.',
} satisfies Record<Key, string>;

const en = {
  'roster.title': 'Registered learners',
  'roster.add': 'Add a learner',
  'roster.search': 'Search the list (first name, last name or number)',
  'roster.filter': 'Show',
  'roster.filter.active': 'Active ({count})',
  'roster.filter.archived': 'Archived ({count})',
  'roster.filter.all': 'All ({count})',
  'roster.col.name': 'Name',
  'roster.col.id': 'Number',
  'roster.col.groups': 'Groups',
  'roster.col.language': 'Language',
  'roster.col.status': 'Status',
  'roster.col.actions': 'Actions',
  'roster.status.active': 'Active',
  'roster.status.archived': 'Archived',
  'roster.language.none': 'Not set',
  'roster.empty': 'No learners to show. Import a file or add a learner.',
  'roster.no-results': 'No learner matches “{query}”.',
  'roster.more': '{count} more: refine the search.',
  'roster.edit': 'Edit',
  'roster.edit.label': 'Edit {name}',
  'roster.archive': 'Archive',
  'roster.archive.label': 'Archive {name}',
  'roster.reactivate': 'Reactivate',
  'roster.reactivate.label': 'Reactivate {name}',
  'roster.saved': '{name}’s record saved.',
  'roster.archived': '{name} is archived: their badge is no longer accepted.',
  'roster.reactivated': '{name} is active again: their badge is accepted.',
  'roster.confirm.archive': 'Archive {name}?',
  'roster.confirm.archive.detail':
    'Their badge will no longer be accepted at the front desk. Their history is kept; you can reactivate them later.',
  'roster.confirm.reactivate': 'Reactivate {name}?',
  'roster.confirm.reactivate.detail': 'Their badge will be accepted at the front desk again.',
  'roster.cancel': 'Cancel',

  'roster.form.add': 'Add a learner',
  'roster.form.edit': 'Edit {name}’s record',
  'roster.form.id': 'Number (unique, cannot change later)',
  'roster.form.first-name': 'First name',
  'roster.form.last-name': 'Last name',
  'roster.form.groups': 'Groups (separated by commas)',
  'roster.form.language': 'Preferred language',
  'roster.form.save': 'Save',
  'roster.form.invalid': 'The record was not saved: correct the marked fields.',
  'roster.form.empty': 'This field is required.',
  'roster.form.taken': 'This number already belongs to {name}. Choose another one.',
  'roster.form.too-long': 'Too long: shorten this field (200 characters, 64 for the number).',
  'roster.form.too-many': 'Too many groups: 50 at most.',
  'roster.form.control': 'Contains an invisible character (tab, line break): type it again.',

  'roster.import.label': 'Import a file (CSV or Excel .xlsx)',
  'roster.import.hint':
    'Recognised columns: number, first name, last name, groups, language. Nothing is saved until you confirm.',
  'roster.import.reading': 'Reading “{file}”…',
  'roster.read.empty': '“{file}” is empty. Choose the file that holds the list of learners.',
  'roster.read.too-large':
    '“{file}” is too big for a list of learners (20 MB at most). Check that it is the right file.',
  'roster.read.xls':
    '“{file}” is in the old Excel format (.xls). In Excel, save it as “Excel Workbook (.xlsx)” or CSV, then import it.',
  'roster.read.bad-xlsx':
    '“{file}” is not a readable Excel workbook. Open it in Excel, save it as .xlsx or CSV, then try again.',
  'roster.read.failed': '“{file}” could not be read. Copy it to this computer, then try again.',
  'roster.preview.title': 'Import preview: {file}',
  'roster.preview.csv': 'CSV file, {encoding} encoding, “{delimiter}” separator.',
  'roster.preview.xlsx': 'Excel workbook: first sheet.',
  'roster.count.added': 'New',
  'roster.count.updated': 'Updated',
  'roster.count.unchanged': 'Unchanged',
  'roster.count.reactivated': 'Reactivated',
  'roster.count.not-in-file': 'Not in the file',
  'roster.preview.not-in-file':
    'Learners missing from the file are left as they are: archive them by hand if needed.',
  'roster.preview.blocked':
    'The file has {count, plural, one {# error} other {# errors}}: nothing will be imported. Correct the lines shown in the file, save it, then choose it again.',
  'roster.preview.nothing': 'Nothing to import: the list is already up to date.',
  'roster.preview.changed':
    'The list of learners changed since the preview (a sync or another action): nothing was imported. Here is the updated preview: check it, then import again.',
  'roster.import.confirm': 'Import ({count, plural, one {# record} other {# records}})',
  'roster.import.progress': 'Import in progress',
  'roster.import.progress.text': '{done} of {total, plural, one {# record} other {# records}}',
  'roster.import.failed.quota':
    'This computer’s disk is full: nothing was imported. Free some space, then start the import again.',
  'roster.import.failed':
    'The import failed: nothing was imported. Try again; if it keeps failing, restart the computer.',
  'roster.done.title': 'Import complete',
  'roster.done.detail':
    '{added} added, {updated} updated, {reactivated} reactivated, {unchanged} unchanged.',
  'roster.done.back': 'Back to the list',

  'roster.report.title':
    'Problems found: {errors, plural, one {# error} other {# errors}}, {warnings, plural, one {# warning} other {# warnings}}',
  'roster.report.line': 'Line',
  'roster.report.column': 'Column',
  'roster.report.problem': 'Problem',
  'roster.report.value': 'Value',
  'roster.report.kind': 'Kind',
  'roster.report.error': 'Error',
  'roster.report.warning': 'Warning',
  'roster.report.whole-row': 'whole line',
  'roster.report.more':
    '{count, plural, one {And # more problem} other {And # more problems}}: correct these first.',
  'roster.field.id': 'number',
  'roster.field.firstName': 'first name',
  'roster.field.lastName': 'last name',
  'roster.field.groups': 'groups',
  'roster.field.language': 'language',
  'roster.problem.missing-column':
    'Required column not found: add it to the first line (or rename the column).',
  'roster.problem.duplicate-column': 'This column appears twice: keep only one.',
  'roster.problem.unknown-column': 'Unknown column: it will be ignored.',
  'roster.problem.empty-id': 'Number missing: every learner needs one.',
  'roster.problem.duplicate-id': 'This number is on several lines: a learner may appear only once.',
  'roster.problem.empty-first-name': 'First name missing.',
  'roster.problem.empty-last-name': 'Last name missing.',
  'roster.problem.too-long': 'Too long: 64 characters for a number, 200 for a name or group.',
  'roster.problem.too-many-groups': 'Too many groups: 50 at most.',
  'roster.problem.bad-language': 'Unknown language: write fr, nl, de or en, or leave it empty.',
  'roster.problem.too-many-columns':
    'More values than columns: one separator too many, or a value that needs quotes?',
  'roster.problem.too-few-columns': 'Fewer values than columns: is a separator missing?',
  'roster.problem.unterminated-quote':
    'Quote never closed: the rest of the file cannot be read. Add the closing quote.',
  'roster.problem.stray-quote':
    'Misplaced quote: put the whole value in quotes and double the ones inside ("").',
  'roster.problem.control-character':
    'Invisible character (tab, line break) in the value: type it again.',
  'roster.problem.reactivated': 'This learner was archived: the import reactivates them.',
} satisfies Record<Key, string>;

export const rosterMessages = { fr, nl, de, en };
