import { EXPORT_MESSAGES } from '../../../shared/export-labels';

// Messages of the admin exports screen. The words written into the files (headers, coded values,
// file and sheet names) are shared with the server (shared/export-labels.ts) and spread in here.
// French is the source; the other languages must match it.
const fr = {
  'exports.title': 'Exports des présences',
  'exports.intro':
    'Les fichiers contiennent uniquement les colonnes décrites ci-dessous. Les heures sont celles de Bruxelles.',
  'exports.range': 'Période',
  'exports.from': 'Du',
  'exports.to': 'Au',
  'exports.presets': 'Périodes courantes',
  'exports.preset.today': 'Aujourd’hui',
  'exports.preset.this-week': 'Cette semaine',
  'exports.preset.last-week': 'La semaine dernière',
  'exports.preset.this-month': 'Ce mois-ci',
  'exports.preset.last-month': 'Le mois dernier',
  'exports.preset.school-year': 'Année scolaire (septembre à juin)',
  'exports.group': 'Groupe',
  'exports.group.all': 'Tous les jeunes',
  'exports.kind': 'Fichier',
  'exports.kind.events.hint':
    'Une ligne par passage : arrivées, départs, annulations et badges inconnus, avec l’annulation éventuelle de chaque passage.',
  'exports.kind.summary.hint':
    'Jours de présence, première et dernière venue, taux de présence sur les jours d’ouverture (les jours où au moins un jeune du centre est venu).',
  'exports.kind.matrix.hint':
    'Un jeune par ligne, un jour d’ouverture par colonne : 1 présent·e, 0 absent·e.',
  'exports.format': 'Format',
  'exports.format.csv-semicolon': 'CSV séparé par « ; » (Excel en Belgique)',
  'exports.format.csv-comma': 'CSV séparé par « , »',
  'exports.format.xlsx': 'Classeur Excel (XLSX)',
  'exports.submit': 'Exporter',
  'exports.progress': 'Progression de l’export',
  'exports.progress.reading': 'Lecture des passages : {done} sur {total}',
  'exports.progress.writing': 'Écriture du fichier…',
  'exports.saved': 'Fichier enregistré : {name} ({rows} lignes).',
  'exports.cancelled': 'Enregistrement annulé : aucun fichier n’a été écrit.',
  'exports.error':
    'L’export a échoué. Réessayez ; si cela continue, redémarrez le poste et prévenez l’administrateur.',
  'exports.missing-date': 'Indiquez une date de début et une date de fin.',
  'exports.bad-range': 'La date de début doit être avant la date de fin.',
} as const;
type Key = keyof typeof fr;

export const exportsMessages = {
  fr: { ...fr, ...EXPORT_MESSAGES.fr },
  nl: {
    ...EXPORT_MESSAGES.nl,
    'exports.title': 'Aanwezigheden exporteren',
    'exports.intro':
      'De bestanden bevatten alleen de kolommen die hieronder beschreven staan. Tijden zijn Brusselse tijd.',
    'exports.range': 'Periode',
    'exports.from': 'Van',
    'exports.to': 'Tot en met',
    'exports.presets': 'Veelgebruikte periodes',
    'exports.preset.today': 'Vandaag',
    'exports.preset.this-week': 'Deze week',
    'exports.preset.last-week': 'Vorige week',
    'exports.preset.this-month': 'Deze maand',
    'exports.preset.last-month': 'Vorige maand',
    'exports.preset.school-year': 'Schooljaar (september tot juni)',
    'exports.group': 'Groep',
    'exports.group.all': 'Alle jongeren',
    'exports.kind': 'Bestand',
    'exports.kind.events.hint':
      'Eén regel per registratie: aankomsten, vertrekken, annuleringen en onbekende badges, met de eventuele annulering van elke registratie.',
    'exports.kind.summary.hint':
      'Aanwezige dagen, eerste en laatste bezoek, aanwezigheidsgraad over de openingsdagen (dagen waarop minstens één jongere van het centrum kwam).',
    'exports.kind.matrix.hint':
      'Eén jongere per regel, één openingsdag per kolom: 1 aanwezig, 0 afwezig.',
    'exports.format': 'Formaat',
    'exports.format.csv-semicolon': 'CSV gescheiden door “;” (Excel in België)',
    'exports.format.csv-comma': 'CSV gescheiden door “,”',
    'exports.format.xlsx': 'Excel-werkmap (XLSX)',
    'exports.submit': 'Exporteren',
    'exports.progress': 'Voortgang van de export',
    'exports.progress.reading': 'Registraties lezen: {done} van {total}',
    'exports.progress.writing': 'Bestand schrijven…',
    'exports.saved': 'Bestand opgeslagen: {name} ({rows} regels).',
    'exports.cancelled': 'Opslaan geannuleerd: er is geen bestand geschreven.',
    'exports.error':
      'De export is mislukt. Probeer opnieuw; blijft het probleem, herstart dan de computer en verwittig de beheerder.',
    'exports.missing-date': 'Geef een begindatum en een einddatum op.',
    'exports.bad-range': 'De begindatum moet vóór de einddatum liggen.',
  } satisfies Record<Key, string>,
  de: {
    ...EXPORT_MESSAGES.de,
    'exports.title': 'Anwesenheiten exportieren',
    'exports.intro':
      'Die Dateien enthalten nur die unten beschriebenen Spalten. Alle Uhrzeiten sind Brüsseler Zeit.',
    'exports.range': 'Zeitraum',
    'exports.from': 'Von',
    'exports.to': 'Bis',
    'exports.presets': 'Häufige Zeiträume',
    'exports.preset.today': 'Heute',
    'exports.preset.this-week': 'Diese Woche',
    'exports.preset.last-week': 'Letzte Woche',
    'exports.preset.this-month': 'Dieser Monat',
    'exports.preset.last-month': 'Letzter Monat',
    'exports.preset.school-year': 'Schuljahr (September bis Juni)',
    'exports.group': 'Gruppe',
    'exports.group.all': 'Alle Jugendlichen',
    'exports.kind': 'Datei',
    'exports.kind.events.hint':
      'Eine Zeile pro Erfassung: Ankünfte, Abgänge, Stornierungen und unbekannte Ausweise, mit der etwaigen Stornierung jeder Erfassung.',
    'exports.kind.summary.hint':
      'Anwesenheitstage, erster und letzter Besuch, Anwesenheitsquote über die Öffnungstage (Tage, an denen mindestens ein Jugendlicher des Zentrums da war).',
    'exports.kind.matrix.hint':
      'Ein Jugendlicher pro Zeile, ein Öffnungstag pro Spalte: 1 anwesend, 0 abwesend.',
    'exports.format': 'Format',
    'exports.format.csv-semicolon': 'CSV mit „;“ getrennt (Excel in Belgien)',
    'exports.format.csv-comma': 'CSV mit „,“ getrennt',
    'exports.format.xlsx': 'Excel-Arbeitsmappe (XLSX)',
    'exports.submit': 'Exportieren',
    'exports.progress': 'Fortschritt des Exports',
    'exports.progress.reading': 'Erfassungen lesen: {done} von {total}',
    'exports.progress.writing': 'Datei wird geschrieben…',
    'exports.saved': 'Datei gespeichert: {name} ({rows} Zeilen).',
    'exports.cancelled': 'Speichern abgebrochen: Es wurde keine Datei geschrieben.',
    'exports.error':
      'Der Export ist fehlgeschlagen. Versuchen Sie es erneut; falls es weiter passiert, starten Sie den Rechner neu und informieren Sie die Verwaltung.',
    'exports.missing-date': 'Geben Sie ein Anfangs- und ein Enddatum an.',
    'exports.bad-range': 'Das Anfangsdatum muss vor dem Enddatum liegen.',
  } satisfies Record<Key, string>,
  en: {
    ...EXPORT_MESSAGES.en,
    'exports.title': 'Attendance exports',
    'exports.intro': 'Files hold only the columns described below. All times are Brussels time.',
    'exports.range': 'Period',
    'exports.from': 'From',
    'exports.to': 'To',
    'exports.presets': 'Common periods',
    'exports.preset.today': 'Today',
    'exports.preset.this-week': 'This week',
    'exports.preset.last-week': 'Last week',
    'exports.preset.this-month': 'This month',
    'exports.preset.last-month': 'Last month',
    'exports.preset.school-year': 'School year (September to June)',
    'exports.group': 'Group',
    'exports.group.all': 'All learners',
    'exports.kind': 'File',
    'exports.kind.events.hint':
      'One row per event: check-ins, check-outs, voids and unknown badges, with whether each check-in or check-out was voided.',
    'exports.kind.summary.hint':
      'Days present, first and last visit, attendance rate over the open days (days on which at least one learner of the centre came).',
    'exports.kind.matrix.hint':
      'One learner per row, one open day per column: 1 present, 0 absent.',
    'exports.format': 'Format',
    'exports.format.csv-semicolon': 'CSV separated by “;” (Excel in Belgium)',
    'exports.format.csv-comma': 'CSV separated by “,”',
    'exports.format.xlsx': 'Excel workbook (XLSX)',
    'exports.submit': 'Export',
    'exports.progress': 'Export progress',
    'exports.progress.reading': 'Reading events: {done} of {total}',
    'exports.progress.writing': 'Writing the file…',
    'exports.saved': 'File saved: {name} ({rows} rows).',
    'exports.cancelled': 'Saving cancelled: no file was written.',
    'exports.error':
      'The export failed. Try again; if it keeps failing, restart the computer and tell the administrator.',
    'exports.missing-date': 'Give a start date and an end date.',
    'exports.bad-range': 'The start date must come before the end date.',
  } satisfies Record<Key, string>,
};
